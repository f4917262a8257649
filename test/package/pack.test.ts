// Slow (about a minute): the package as a user gets it. `npm pack` (which runs `prepare`,
// the build) → `npm install ./newsgraph-*.tgz` in an empty folder → the installed CLI
// extracts an article, a plain .mjs imports the library by its name, and a strict .ts
// using the library type-checks against the shipped declarations. Skipped, with a message,
// only when npm itself cannot be run.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npmWorks = spawnSync(npm, ["--version"], { encoding: "utf8" }).status === 0;
if (!npmWorks) console.warn("package test: skipped: `npm --version` failed, so `npm pack` is unavailable on this machine");

const SLOW = 300_000;
const ARTICLE = "date 2024-03-04\nTony Blair met Jacques Chirac&nbsp;in Paris on Monday.\n";

const CONSUMER_MJS = `
import { readFileSync } from "node:fs";
import {
  buildGraph, readInputs, processArticle, createGraph, addArticle, mergeEntities, filterByConfidence,
  layoutGraph, summarise, serializeGraph, deserializeGraph, toGraphML, toGEXF, toCsvFiles, renderViewerPage,
  persistGraph, writeGraph, readGraph, openDriver, neo4jTargetFromEnv, NODE_LABELS, RELATION_TYPES,
} from "newsgraph";
const report = buildGraph(readInputs(["article.txt"], () => new Uint8Array()));
const graph = createGraph();
addArticle(graph, processArticle({ id: "a", text: readFileSync("article.txt", "utf8").split("\\n").slice(1).join("\\n"), date: "2024-03-04" }));
mergeEntities(graph);
filterByConfidence(graph, 0);
layoutGraph(graph);
const json = serializeGraph(graph);
console.log(JSON.stringify({
  articles: report.articles,
  names: report.graph.mapNodes((key, attributes) => attributes.name).sort(),
  order: deserializeGraph(json).order,
  graphml: toGraphML(json).startsWith("<?xml"),
  gexf: toGEXF(json).includes("<viz:color"),
  csv: toCsvFiles(json).find((file) => file.name === "nodes-Person.csv").content.includes("Tony Blair"),
  viewer: renderViewerPage(json).includes("<html"),
  summary: summarise(graph).includes("Tony Blair"),
  neo4j: [persistGraph, writeGraph, readGraph, openDriver, neo4jTargetFromEnv].every((f) => typeof f === "function"),
  schema: "Person" in NODE_LABELS && "PARTICIPANT" in RELATION_TYPES,
}));
`;

const CONSUMER_TS = `
import { buildGraph, createGraph, addArticle, processArticle, mergeEntities, serializeGraph, toGraphML, renderViewerPage,
  type Article, type ArticleDoc, type NewsGraph, type SerializedNewsGraph, type MergeReport, type NodeAttributes } from "newsgraph";
const article: Article = { id: "a", text: "Tony Blair met Jacques Chirac in Paris.", date: null };
const doc: ArticleDoc = processArticle(article);
const graph: NewsGraph = createGraph();
const added: boolean = addArticle(graph, doc).added;
const merged: MergeReport = mergeEntities(graph);
const json: SerializedNewsGraph = serializeGraph(graph);
const xml: string = toGraphML(json);
const page: string = renderViewerPage(json);
const name: string = (graph.getNodeAttributes(graph.nodes()[0]!) satisfies NodeAttributes).name;
const articles: number = buildGraph([{ article }]).articles;
// The declarations are real types, not any: a wrong argument is an error.
// @ts-expect-error an Article needs id, text and date
processArticle({ text: "no id" });
export { added, merged, xml, page, name, articles };
`;

describe.skipIf(!npmWorks)("the npm package (slow: npm pack, npm install, run and type-check)", () => {
  let folder: string;
  let packed: { filename: string; files: { path: string }[] };
  const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: folder, encoding: "utf8", maxBuffer: 1 << 26 });

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "newsgraph-package-"));
    // `npm pack` runs `prepare` (the build), so the tarball holds what the sources build to now.
    const output = execFileSync(npm, ["pack", "--json", "--pack-destination", folder], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26, stdio: ["ignore", "pipe", "pipe"] });
    // stdout holds the build's own lines first, then the JSON array.
    packed = (JSON.parse(output.slice(output.search(/^\[/m))) as (typeof packed)[])[0]!;
    writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    // --prefer-offline: dependencies come from npm's cache, which `npm ci` filled, when they are there.
    execFileSync(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline", `./${packed.filename}`], { cwd: folder, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    writeFileSync(join(folder, "article.txt"), ARTICLE);
  }, SLOW);

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("ships the build, declarations, models and data, and not the tests, benchmarks or scripts", () => {
    const files = packed.files.map((file) => file.path);
    for (const needed of [
      "bin/newsgraph.js",
      "dist/src/index.js",
      "dist/src/index.d.ts",
      "dist/src/cli/main.js",
      "dist/viz/viewer.js",
      "dist/viz/viewer.css",
      "src/nlp/models/pos.bin.gz",
      "src/nlp/models/parser.bin.gz",
      "src/extract/models/relations.json.gz",
      "src/resolve/data/places.json.gz",
      "scripts/neo4j/pom.xml",
      "README.md",
    ]) {
      expect(files).toContain(needed);
    }
    expect(files.filter((file) => /^(test|bench|seeds|viz)\//.test(file) || file === "scripts/test.sh" || /^src\/.*\.ts$/.test(file))).toEqual([]);
  });

  it("installs a CLI that extracts an article and knows its version", () => {
    const extract = run(npm, ["exec", "--no", "--", "newsgraph", "extract", "article.txt"]);
    expect(extract.stderr).toBe("");
    expect(extract.status).toBe(0);
    const graph = JSON.parse(extract.stdout) as { nodes: { attributes: { name: string } }[] };
    expect(graph.nodes.map((node) => node.attributes.name)).toEqual(expect.arrayContaining(["Tony Blair", "Jacques Chirac", "Paris"]));
    const version = run(npm, ["exec", "--no", "--", "newsgraph", "--version"]);
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version);
  }, SLOW);

  it("is imported by name from a plain .mjs", () => {
    writeFileSync(join(folder, "consumer.mjs"), CONSUMER_MJS);
    const result = run(process.execPath, ["consumer.mjs"]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      articles: 1,
      names: expect.arrayContaining(["Tony Blair", "Jacques Chirac", "Paris"]),
      order: expect.any(Number),
      graphml: true,
      gexf: true,
      csv: true,
      viewer: true,
      summary: true,
      neo4j: true,
      schema: true,
    });
  }, SLOW);

  it("type-checks a strict .ts against the shipped declarations", () => {
    writeFileSync(join(folder, "consumer.ts"), CONSUMER_TS);
    // The repository's own TypeScript and @types/node; the consumer has only the package.
    writeFileSync(
      join(folder, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", skipLibCheck: false, types: ["node"], typeRoots: [join(ROOT, "node_modules/@types")] },
        files: ["consumer.ts"],
      }),
    );
    const tsc = createRequire(join(ROOT, "package.json")).resolve("typescript/bin/tsc");
    const result = run(process.execPath, [tsc, "-p", "tsconfig.json"]);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, SLOW);
});
