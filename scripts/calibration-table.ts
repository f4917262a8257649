// How far each edge's confidence can be trusted: of the relations the graphs of the dev gold articles
// give a confidence in a band, how many are right. Every relation type counts, the classifier's and
// the event rules' alike. Nodes are aligned to gold entities as the shared scorer (score-graph.mjs)
// aligns them, so an edge is right exactly when that scorer counts it found.
//
//   npm run build && npx tsx scripts/calibration-table.ts --gold ../shared/eval/gold --folds DIR
//   npx tsx scripts/calibration-table.ts --gold ../shared/eval/gold --pred DIR
//
// --folds DIR (written by `npm run train:relations -- --folds-out DIR`) extracts each fold's articles
// with the relation model trained without them, so the classifier's edges are held out; --pred DIR
// reads graphs already extracted (DIR/<gold id>.json, graphology JSON).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ENTITY_LABELS, RELATION_TYPE_NAMES } from "../graph-schema/index.js";

const { values: options } = parseArgs({ options: { gold: { type: "string" }, folds: { type: "string" }, pred: { type: "string" } } });
if (!options.gold || (!options.folds && !options.pred)) {
  console.error("usage: calibration-table.ts --gold DIR (--folds DIR | --pred DIR)");
  process.exit(2);
}

/** The relations between facts that the gold graphs hold: every type of the schema but an article's MENTIONS. */
const RELATION_TYPES: readonly string[] = RELATION_TYPE_NAMES.filter((type) => type !== "MENTIONS");
const ENTITY_TYPES = new Set<string>(ENTITY_LABELS);
/** Confidence bands, from the lowest confidence an edge is kept with. */
const BANDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

interface GoldEntity {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
  eventType?: string;
  date?: string;
}
interface GoldGraph {
  id: string;
  date: string | null;
  text: string;
  entities: GoldEntity[];
  relations: Array<{ type: string; source: string; target: string }>;
}
interface Graph {
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: Array<{ source: string; target: string; attributes: Record<string, unknown> }>;
}

/** The scorer's normal form of a name: no accents, case, possessive or punctuation, no leading "the". */
const norm = (text: unknown) =>
  String(text ?? "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/['’]s\b/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim().replace(/^the /, "");
const surfaces = (name: unknown, aliases: unknown) => new Set([name, ...(Array.isArray(aliases) ? aliases : [])].map(norm).filter(Boolean));

/** Predicted node key → gold entity id, one to one: names by shared surface forms, then events by their aligned arguments, words, type and date. */
function align(gold: GoldGraph, graph: Graph): Map<string, string> {
  const predicted = graph.nodes.map(({ key, attributes }) => ({ key, type: String(attributes.kind), name: attributes.name, surface: surfaces(attributes.name, attributes.aliases), eventType: attributes.eventType, date: attributes.date }));
  const golds = gold.entities.map((entity) => ({ ...entity, surface: surfaces(entity.name, entity.aliases) }));
  const map = new Map<string, string>();
  const used = new Set<string>();
  const greedy = (candidates: Array<{ key: string; id: string; score: number }>) => {
    for (const { key, id } of candidates.sort((a, b) => b.score - a.score)) {
      if (map.has(key) || used.has(id)) continue;
      map.set(key, id);
      used.add(id);
    }
  };
  const shared = (a: Set<string>, b: Set<string>) => [...a].filter((form) => b.has(form)).length;
  greedy(predicted.filter((p) => ENTITY_TYPES.has(p.type)).flatMap((p) => golds.filter((g) => g.type === p.type).flatMap((g) => {
    const words = shared(p.surface, g.surface);
    return words ? [{ key: p.key, id: g.id, score: words + (norm(p.name) === norm(g.name) ? 10 : 0) + (g.surface.has(norm(p.name)) ? 5 : 0) }] : [];
  })));
  const argumentsOf = (pairs: Array<[string, string]>, aligned: (key: string) => string | undefined) => {
    const found = new Map<string, Set<string>>();
    for (const [source, target] of pairs) {
      for (const [event, other] of [[source, target], [target, source]]) {
        const id = aligned(other);
        if (id) found.set(event, (found.get(event) ?? new Set()).add(id));
      }
    }
    return found;
  };
  const predictedArguments = argumentsOf(graph.edges.map((edge) => [edge.source, edge.target]), (key) => map.get(key));
  const goldNames = new Set(gold.entities.filter((entity) => entity.type !== "Event").map((entity) => entity.id));
  const goldArguments = argumentsOf(gold.relations.map((relation) => [relation.source, relation.target]), (id) => (goldNames.has(id) ? id : undefined));
  greedy(predicted.filter((p) => p.type === "Event").flatMap((p) => golds.filter((g) => g.type === "Event").flatMap((g) => {
    const common = shared(predictedArguments.get(p.key) ?? new Set(), goldArguments.get(g.id) ?? new Set());
    const words = shared(p.surface, g.surface);
    const sameType = Boolean(p.eventType && g.eventType && norm(p.eventType) === norm(g.eventType));
    const sameDate = Boolean(p.date && g.date && String(p.date).slice(0, 10) === g.date);
    return common >= 1 || (words >= 1 && sameType) ? [{ key: p.key, id: g.id, score: common * 2 + words + (sameType ? 1 : 0) + (sameDate ? 1 : 0) }] : [];
  })));
  return map;
}

/** The graph of each gold article, extracted with the fold's model where folds are given. */
function graphs(golds: Map<string, GoldGraph>): Map<string, Graph> {
  const found = new Map<string, Graph>();
  if (options.pred) {
    for (const id of golds.keys()) found.set(id, JSON.parse(readFileSync(join(options.pred, `${id}.json`), "utf8")) as Graph);
    return found;
  }
  const cli = resolve("bin/newsgraph.js");
  const goldIdOfFile = new Map(readdirSync(options.gold!).map((file) => [file, (JSON.parse(readFileSync(join(options.gold!, file), "utf8")) as GoldGraph).id]));
  const directory = mkdtempSync(join(tmpdir(), "calibration-"));
  for (const list of readdirSync(options.folds!).filter((file) => /^fold-\d+\.txt$/.test(file)).sort()) {
    const model = resolve(options.folds!, list.replace(/\.txt$/, ".json.gz"));
    for (const file of readFileSync(join(options.folds!, list), "utf8").split("\n").filter(Boolean)) {
      const gold = golds.get(goldIdOfFile.get(file)!)!;
      const input = join(directory, `${gold.id}.txt`);
      writeFileSync(input, (gold.date ? `date ${gold.date} ` : "") + gold.text);
      const output = execFileSync("node", [cli, "extract", input, "--format", "graphology"], { env: { ...process.env, NEWSGRAPH_RELATION_MODEL: model }, encoding: "utf8", maxBuffer: 1 << 26 });
      found.set(gold.id, JSON.parse(output) as Graph);
    }
  }
  rmSync(directory, { recursive: true, force: true });
  return found;
}

const golds = new Map(readdirSync(options.gold).filter((file) => file.endsWith(".json")).map((file) => JSON.parse(readFileSync(join(options.gold!, file), "utf8")) as GoldGraph).map((gold) => [gold.id, gold]));
/** Per relation type ("all" too) and band: edges kept and edges right. */
const counts = new Map<string, Array<{ kept: number; right: number }>>();
const count = (type: string, band: number, right: boolean) => {
  const row = counts.get(type) ?? BANDS.map(() => ({ kept: 0, right: 0 }));
  counts.set(type, row);
  row[band].kept++;
  if (right) row[band].right++;
};
for (const [id, graph] of graphs(golds)) {
  const gold = golds.get(id)!;
  const aligned = align(gold, graph);
  const goldEdges = new Set(gold.relations.map((relation) => `${relation.type}|${relation.source}|${relation.target}`));
  const seen = new Set<string>();
  for (const { source, target, attributes } of graph.edges) {
    const type = String(attributes.kind);
    const key = `${type}|${source}|${target}`;
    if (!RELATION_TYPES.includes(type) || seen.has(key)) continue;
    seen.add(key);
    const confidence = Number(attributes.confidence ?? 0);
    const band = BANDS.findLastIndex((low) => confidence >= low - 1e-9);
    if (band < 0) continue;
    const right = goldEdges.has(`${type}|${aligned.get(source)}|${aligned.get(target)}`);
    count(type, band, right);
    count("all", band, right);
  }
}

const header = ["relation", ...BANDS.map((low, index) => `${low.toFixed(1)}–${(BANDS[index + 1] ?? 1).toFixed(1)}`)];
console.log(`| ${header.join(" | ")} |`);
console.log(`|${header.map(() => "---").join("|")}|`);
for (const type of ["all", ...RELATION_TYPES]) {
  const row = counts.get(type);
  if (!row) continue;
  console.log(`| ${type} | ${row.map(({ kept, right }) => (kept ? `${(right / kept).toFixed(2)} (${right}/${kept})` : "–")).join(" | ")} |`);
}
