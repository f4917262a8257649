// Scores the gold graphs by cross-validation: each fold's articles are extracted with the
// relation model trained without them (written by `npm run train:relations -- --folds-out DIR`)
// and scored by the shared scorer; the counts of all folds are summed.
//
//   npm run build && npx tsx scripts/score-gold-cv.ts --folds DIR --gold ../shared/eval/gold --scorer ../shared/eval/score-graph.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values: options } = parseArgs({ options: { folds: { type: "string" }, gold: { type: "string" }, scorer: { type: "string" } } });
if (!options.folds || !options.gold || !options.scorer) {
  console.error("usage: score-gold-cv.ts --folds DIR --gold DIR --scorer score-graph.mjs");
  process.exit(2);
}

interface Counts {
  tp: number;
  pred: number;
  gold: number;
}
const totals = new Map<string, Counts>();
const addCounts = (name: string, counts: Counts) => {
  const total = totals.get(name) ?? { tp: 0, pred: 0, gold: 0 };
  totals.set(name, { tp: total.tp + counts.tp, pred: total.pred + counts.pred, gold: total.gold + counts.gold });
};
const cli = resolve("bin/newsgraph.js");
const folds = readdirSync(options.folds).filter((file) => /^fold-\d+\.txt$/.test(file)).sort();
for (const list of folds) {
  const directory = mkdtempSync(join(tmpdir(), "gold-fold-"));
  for (const file of readFileSync(join(options.folds, list), "utf8").split("\n").filter(Boolean)) symlinkSync(resolve(options.gold, file), join(directory, file));
  const model = resolve(options.folds, list.replace(/\.txt$/, ".json.gz"));
  const output = execFileSync("node", [options.scorer, "--gold", directory, "--cmd", `node ${cli} extract {in} --format graphology`], {
    env: { ...process.env, NEWSGRAPH_RELATION_MODEL: model },
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  rmSync(directory, { recursive: true, force: true });
  const result = JSON.parse(output.trim().split("\n").pop()!);
  for (const [name, counts] of Object.entries<Counts>(result.entities)) addCounts(name, counts);
  for (const [name, counts] of Object.entries<Counts>(result.relations)) addCounts(name, counts);
  addCounts("ENTITIES (4 types)", result.entityF1);
  addCounts("RELATIONS", result.relationF1);
  console.error(`${list}: relation F1 ${result.relationF1.f1}`);
}
for (const [name, { tp, pred, gold }] of totals) {
  const [precision, recall] = [pred ? tp / pred : 0, gold ? tp / gold : 0];
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(`${name.padEnd(20)} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}   (${tp} of ${gold} gold, ${pred} predicted)`);
}
