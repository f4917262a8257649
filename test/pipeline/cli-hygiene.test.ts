// The command line's manners (issue #13): nothing on stdout when a job failed, a graph JSON
// given as an article refused with a hint, --quiet and --verbose, one line for many notes of
// one kind, each phase of a build said on stderr, and export from a graph.json to GEXF and CSV.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraph, readInputs } from "../../src/index.js";

const workDir = mkdtempSync(join(tmpdir(), "cli-hygiene-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const CLI = ["--import", "tsx", "src/cli/main.ts"];
const newsgraph = (args: string[]) => spawnSync(process.execPath, [...CLI, ...args], { encoding: "utf8", timeout: 120_000 });

const STORY = "date 2024-03-04\nTony Blair met Jacques Chirac in Paris on Monday.\n";

describe("extract", () => {
  it("prints nothing on stdout when no article could be processed", () => {
    const empty = join(workDir, "empty.txt");
    writeFileSync(empty, "");
    const result = newsgraph(["extract", empty]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`newsgraph: ${empty}: empty file\nnewsgraph: no article could be processed; nothing written\n`);
  });
});

describe("build", () => {
  let folder: string;
  beforeAll(() => {
    // One story and three copies of it: three notes of one kind.
    folder = join(workDir, "articles");
    mkdirSync(folder);
    for (const name of ["a", "b", "c", "d"]) writeFileSync(join(folder, `${name}.txt`), STORY);
  });

  it("says each phase on stderr and sums up the duplicate articles in one line", () => {
    const out = join(workDir, "out");
    const result = newsgraph(["build", folder, "--out", out, "--no-neo4j", "--jobs", "1"]);
    expect(result.status).toBe(0);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toEqual([
      "newsgraph: extracting the articles…",
      "newsgraph: merging entities across articles…",
      `newsgraph: note: 3 inputs: same text as an earlier article; not counted twice (the first: ${join(folder, "b.txt")}; --verbose lists them all)`,
      expect.stringMatching(/^newsgraph: laying out \d+ nodes…$/),
      "newsgraph: writing graph.json…",
      "newsgraph: writing graph.graphml…",
      "newsgraph: writing graph.gexf…",
      "newsgraph: writing csv/…",
      "newsgraph: writing summary.txt…",
      "newsgraph: writing index.html…",
      `newsgraph: 1 articles, ${/(\d+) words/.exec(result.stderr)![1]} words → ${out}/graph.json, graph.graphml, graph.gexf, csv/, summary.txt, index.html`,
    ]);
    expect(readdirSync(join(out, "csv"))).toContain("nodes-Person.csv");
    expect(readFileSync(join(out, "graph.gexf"), "utf8")).toContain('label="Jacques Chirac"');
  });

  it("lists every note with --verbose and says nothing on stderr with --quiet", () => {
    const verbose = newsgraph(["build", folder, "--out", join(workDir, "verbose"), "--no-neo4j", "--jobs", "1", "--verbose"]);
    expect(verbose.stderr.match(/^newsgraph: note: .*: same text as .*; not counted twice$/gm)).toHaveLength(3);
    expect(verbose.stderr).toMatch(/^newsgraph: laying out \d+ nodes: \d+\.\d s$/m);
    const quiet = newsgraph(["--quiet", "build", folder, "--out", join(workDir, "quiet"), "--no-neo4j", "--jobs", "1"]);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe("");
    expect(quiet.stdout).toMatch(/Jacques Chirac/);
  });

  it("refuses a graph JSON given as an article, with a hint, and writes nothing", () => {
    const graph = join(workDir, "out", "graph.json");
    const out = join(workDir, "from-graph");
    const result = newsgraph(["build", graph, "--out", out, "--no-neo4j", "--jobs", "1", "--quiet"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `newsgraph: ${graph}: a graph newsgraph built (graphology JSON), not an article: write it to Neo4j with \`newsgraph push ${graph}\`, or convert it with \`newsgraph export --from ${graph} --format gexf --out graph.gexf\`\n` +
        "newsgraph: no article could be processed; nothing written\n",
    );
    expect(existsSync(join(out, "graph.json"))).toBe(false);
  });

  it("exports a graph.json as GEXF and as CSV files", () => {
    const graph = join(workDir, "out", "graph.json");
    const nodes = (JSON.parse(readFileSync(graph, "utf8")) as { nodes: unknown[] }).nodes.length;
    const gexf = newsgraph(["export", "--from", graph, "--format", "gexf", "--out", join(workDir, "export.gexf")]);
    expect(gexf.status).toBe(0);
    expect(readFileSync(join(workDir, "export.gexf"), "utf8").match(/<node /g)).toHaveLength(nodes);
    const csv = newsgraph(["export", "--from", graph, "--format", "csv", "--out", join(workDir, "csv")]);
    expect(csv.status).toBe(0);
    expect(csv.stderr).toMatch(/neo4j-admin database import full neo4j --multiline-fields=true --nodes=nodes-Person.csv/);
    expect(readFileSync(join(workDir, "csv", "nodes-Person.csv"), "utf8")).toMatch(/^key:ID,:LABEL,/);
  });
});

describe("HTML entities in an article", () => {
  it("are decoded before the text is stored, so names are found and evidence offsets point at them", () => {
    const file = join(workDir, "entities.txt");
    writeFileSync(file, "date 2024-03-04\nTony Blair&nbsp;met Jacques Chirac&nbsp;in Paris, the AT&amp;T of diplomacy.\n");
    const report = buildGraph(readInputs([file], () => new Uint8Array()));
    const text = readFileSync(file, "utf8").split("\n")[1]!.replaceAll("&nbsp;", "\u00a0").replace("&amp;", "&");
    const chirac = report.graph.findNode((_key, attributes) => attributes.name === "Jacques Chirac");
    expect(chirac).toBeDefined();
    for (const evidence of report.graph.getNodeAttribute(chirac!, "evidence")!) expect(text.slice(evidence.start, evidence.end)).toBe("Jacques Chirac");
  });
});
