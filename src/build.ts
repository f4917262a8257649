// Articles in, one graph out: the pipeline over every article, merged into one graph in input
// order, on one thread or on several worker threads (the same graph either way).
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Article, ArticleDoc } from "./doc.js";
import { addArticle, createGraph, type NewsGraph } from "./graph/index.js";
import type { IngestItem, IngestProblem } from "./ingest/index.js";
import { processArticle } from "./pipeline.js";
import type { WorkerRequest } from "./pipeline-worker.js";

export interface BuildReport {
  graph: NewsGraph;
  articles: number;
  words: number;
  /** Inputs that could not be read or processed: the job is incomplete. */
  failures: IngestProblem[];
  /** Inputs that were processed or skipped but deserve a note (no entities, a duplicate of another article, a named pipe). */
  notes: IngestProblem[];
}

/** What became of one input: a document, or why there is none. */
type Outcome = { doc: ArticleDoc } | { error: string };

function emptyReport(): BuildReport {
  return { graph: createGraph(), articles: 0, words: 0, failures: [], notes: [] };
}

/** Adds one input's outcome to the report and the graph. */
function record(report: BuildReport, item: IngestItem, outcome: Outcome | undefined): void {
  if ("note" in item) {
    report.notes.push({ source: item.source, problem: item.note });
    return;
  }
  if ("problem" in item) {
    report.failures.push(item);
    return;
  }
  const source = describe(item.article);
  if (!outcome || "error" in outcome) {
    report.failures.push({ source, problem: `extraction failed: ${outcome?.error ?? "no result"}` });
    return;
  }
  const { doc } = outcome;
  const result = addArticle(report.graph, doc);
  if (!result.added) report.notes.push({ source, problem: `same text as ${result.duplicateOf}; not counted twice` });
  else {
    report.articles++;
    report.words += doc.sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0);
    if (doc.entities.length === 0) report.notes.push({ source, problem: "no people, organisations or places found" });
  }
}

const done = (report: BuildReport) => report.articles + report.failures.length + report.notes.length;

function processSafely(article: Article): Outcome {
  try {
    return { doc: processArticle(article) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs the pipeline over every article and merges the results into one graph; never throws for one bad article. */
export function buildGraph(items: Iterable<IngestItem>, onArticle: (done: number) => void = () => {}): BuildReport {
  const report = emptyReport();
  for (const item of items) {
    record(report, item, "article" in item ? processSafely(item.article) : undefined);
    onArticle(done(report));
  }
  return report;
}

/**
 * The worker module: compiled beside this one, or, when this runs from the TypeScript sources
 * (tests, benchmarks), the source itself run through tsx (a development dependency).
 */
const COMPILED_WORKER = new URL("./pipeline-worker.js", import.meta.url);
const SOURCE_WORKER = new URL("./pipeline-worker.ts", import.meta.url);

function startWorker(): Worker {
  if (existsSync(COMPILED_WORKER)) return new Worker(COMPILED_WORKER);
  // Worker threads refuse a .ts entry point; a one-line entry registers tsx first.
  return new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(SOURCE_WORKER.href)}); });`, { eval: true });
}

/** Below this many articles per worker, starting workers (each loads the models) costs more than it saves. */
const MIN_ARTICLES_PER_WORKER = 10;

/** How many worker threads a build of `articles` articles uses when asked for `jobs`: 1 means the calling thread. */
export function workersFor(articles: number, jobs = availableParallelism()): number {
  if (!existsSync(COMPILED_WORKER) && !existsSync(SOURCE_WORKER)) return 1;
  return Math.max(1, Math.min(jobs, Math.floor(articles / MIN_ARTICLES_PER_WORKER)));
}

/**
 * The same as buildGraph, with the pipeline on `jobs` worker threads. Documents are merged into
 * the graph in input order as they come back, so the graph does not depend on which worker was
 * quicker. A worker that dies fails the article it held, and another takes its place.
 */
export async function buildGraphInParallel(items: IngestItem[], jobs: number, onArticle: (done: number) => void = () => {}): Promise<BuildReport> {
  const workers = workersFor(items.length, jobs);
  if (workers <= 1) return buildGraph(items, onArticle);
  const report = emptyReport();
  const outcomes = new Map<number, Outcome>();
  let next = 0;
  let merged = 0;
  return new Promise((resolve) => {
    const pool = new Set<Worker>();
    let finished = false;
    const flush = () => {
      while (merged < items.length && (!("article" in items[merged]) || outcomes.has(merged))) {
        record(report, items[merged], outcomes.get(merged));
        outcomes.delete(merged);
        merged++;
        onArticle(done(report));
      }
      if (merged === items.length && !finished) {
        finished = true;
        for (const worker of pool) void worker.terminate();
        resolve(report);
      }
    };
    const feed = (worker: Worker, holding: { index: number }) => {
      while (next < items.length && !("article" in items[next])) next++;
      if (next >= items.length) return;
      holding.index = next;
      const item = items[next++] as { article: Article };
      worker.postMessage({ index: holding.index, article: item.article } satisfies WorkerRequest);
    };
    const start = () => {
      const worker = startWorker();
      const holding = { index: -1 };
      pool.add(worker);
      worker.on("message", (message: { index: number } & Outcome) => {
        outcomes.set(message.index, "doc" in message ? { doc: message.doc } : { error: message.error });
        holding.index = -1;
        feed(worker, holding);
        flush();
      });
      worker.on("error", (error) => {
        pool.delete(worker);
        if (holding.index >= 0) outcomes.set(holding.index, { error: `worker failed: ${error.message}` });
        if (next < items.length) start();
        flush();
      });
      feed(worker, holding);
    };
    for (let i = 0; i < workers; i++) start();
    flush();
  });
}

function describe(article: Article): string {
  return article.source ?? article.id;
}
