// Shared by the commands that read articles: inputs → graph, with a progress bar on
// stderr for long runs and one line per bad input.
import { readFileSync } from "node:fs";
import { SingleBar, Presets } from "cli-progress";
import { availableParallelism } from "node:os";
import { buildGraphInParallel, readInputs, type BuildReport } from "../index.js";
import { filterByConfidence } from "../graph/confidence.js";
import { mergeEntities } from "../graph/merge-entities.js";
import { InvalidArgumentError } from "commander";

/** Above this many articles a progress bar is shown. */
const PROGRESS_THRESHOLD = 5;

export function readStdin(): Uint8Array {
  return readFileSync(0);
}

export function parseConfidence(value: string): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number < 0 || number > 1) throw new InvalidArgumentError("It must be a number from 0 to 1.");
  return number;
}

export function parseJobs(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError("It must be a whole number of at least 1.");
  return number;
}

/** The default number of worker threads: one per core. */
export const DEFAULT_JOBS = availableParallelism();

export async function buildFromPaths(paths: string[], minConfidence: number, jobs = DEFAULT_JOBS): Promise<BuildReport> {
  const items = [...readInputs(paths, readStdin)];
  const bar = items.length > PROGRESS_THRESHOLD ? new SingleBar({ stream: process.stderr, format: "articles [{bar}] {value}/{total} {eta_formatted} left", etaBuffer: 50 }, Presets.shades_classic) : undefined;
  bar?.start(items.length, 0);
  const report = await buildGraphInParallel(items, jobs, (done) => bar?.update(done));
  bar?.stop();
  // Corpus-level resolution: what the articles name alike ("Blair", "Tony Blair") becomes one node.
  mergeEntities(report.graph);
  filterByConfidence(report.graph, minConfidence);
  for (const { source, problem } of report.failures) process.stderr.write(`newsgraph: ${source}: ${problem}\n`);
  for (const { source, problem } of report.notes) process.stderr.write(`newsgraph: note: ${source}: ${problem}\n`);
  return report;
}

/** Exit code 1 when any input failed, so scripts notice; the good articles were still written. */
export function exitCodeFor(report: BuildReport): number {
  return report.failures.length > 0 ? 1 : 0;
}
