// Shared by the commands that read articles: inputs → graph, with progress on stderr for long
// runs, one line per bad input, and notes summarised by kind.
import { readFileSync } from "node:fs";
import { SingleBar, Presets } from "cli-progress";
import { availableParallelism } from "node:os";
import { buildGraphInParallel, readInputs, type BuildReport, type IngestProblem } from "../index.js";
import { inShard, type Shard } from "../build.js";
import { filterByConfidence } from "../graph/confidence.js";
import { DEFAULT_MERGE_SETTINGS, mergeEntities } from "../graph/merge-entities.js";
import { InvalidArgumentError } from "commander";
import { failure, info, isQuiet, isVerbose, phase } from "./log.js";
import { collectLargeHeap } from "../collect-garbage.js";

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

/** `--shard i/N`: the i-th of N parts of the inputs (from 1). */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) throw new InvalidArgumentError("It must be i/N, a part i from 1 to N (1/4, 2/4, 3/4, 4/4).");
  return { index, count };
}

export interface BuildOptions {
  minConfidence: number;
  jobs?: number;
  /** Only this part of the inputs (build on several machines). */
  shard?: Shard;
  /** Say each phase on stderr, and show a progress bar over many articles (build, not extract). */
  progress?: boolean;
}

/** A running count of the inputs done, once there are more than a handful; the total is not known, as inputs are read as they are processed. */
function progressCounter(show: boolean): { update: (done: number) => void; stop: () => void } {
  const bar = new SingleBar({ stream: process.stderr, format: "{value} inputs done in {duration_formatted}" }, Presets.shades_classic);
  let started = false;
  return {
    update: (done) => {
      if (!show || done <= PROGRESS_THRESHOLD) return;
      if (!started) bar.start(Infinity, done);
      started = true;
      bar.update(done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

export async function buildFromPaths(paths: string[], options: BuildOptions): Promise<BuildReport> {
  // Read lazily: the build takes each input as a worker is free, so the corpus is never all in memory.
  const inputs = readInputs(paths, readStdin);
  const items = options.shard ? inShard(inputs, options.shard) : inputs;
  const progress = progressCounter(options.progress === true && !isQuiet());
  const step = <T>(what: string, run: () => T) => (options.progress ? phase(what, run) : run());
  const part = options.shard ? ` of shard ${options.shard.index}/${options.shard.count}` : "";
  const report = await step(`extracting the articles${part}`, async () => {
    const built = await buildGraphInParallel(items, options.jobs ?? DEFAULT_JOBS, progress.update);
    progress.stop();
    return built;
  });
  // Corpus-level resolution: what the articles name alike ("Blair", "Tony Blair") becomes one node.
  // Its indexes come on top of the graph, so the extraction's garbage is collected first (in a large heap).
  collectLargeHeap();
  const merged = await step("merging entities across articles", () => mergeEntities(report.graph, DEFAULT_MERGE_SETTINGS, report.outsideNames, report.judgedNames));
  filterByConfidence(report.graph, options.minConfidence);
  for (const { source, problem } of report.failures) failure(`${source}: ${problem}`);
  reportNotes(report.notes);
  const leftOutside = leftOutsideNote(merged.leftOutside, isVerbose());
  if (leftOutside) info(leftOutside);
  return report;
}

/** Names shown on the note about names the corpus left outside the schema, unless --verbose. */
const LEFT_OUTSIDE_SHOWN = 10;

/** Which names the corpus judged products, works or events and took out of the entities: a user sees why a node is gone. */
export function leftOutsideNote(names: readonly string[], verbose: boolean): string | undefined {
  if (names.length === 0) return undefined;
  const shown = verbose ? names : names.slice(0, LEFT_OUTSIDE_SHOWN);
  const more = shown.length < names.length ? ", … (--verbose lists them all)" : "";
  return `note: ${names.length} name(s) the articles together show to be products, works or events were left out of the entities: ${shown.join(", ")}${more}`;
}

// build.ts words a duplicate's note "same text as <the other article>; not counted twice".
const DUPLICATE = /^same text as .*; not counted twice$/;
const noteKind = (problem: string) => (DUPLICATE.test(problem) ? "same text as an earlier article; not counted twice" : problem);

/**
 * Notes, one line each with --verbose; otherwise a kind of note that many inputs share (duplicate
 * articles, articles without entities) is one summary line instead of a flood.
 */
function reportNotes(notes: IngestProblem[]): void {
  const byKind = new Map<string, IngestProblem[]>();
  for (const note of notes) {
    const kind = noteKind(note.problem);
    const group = byKind.get(kind);
    if (group) group.push(note);
    else byKind.set(kind, [note]);
  }
  for (const [kind, group] of byKind) {
    if (group.length === 1 || isVerbose()) for (const { source, problem } of group) info(`note: ${source}: ${problem}`);
    else info(`note: ${group.length} inputs: ${kind} (the first: ${group[0]!.source}; --verbose lists them all)`);
  }
}

/** Exit code 1 when any input failed, so scripts notice; the good articles were still written. */
export function exitCodeFor(report: BuildReport): number {
  return report.failures.length > 0 ? 1 : 0;
}
