// Articles in, one graph out: the pipeline over every article, merged into one graph in input
// order, on one thread or on several worker threads (the same graph either way).
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Article, ArticleDoc } from "./doc.js";
import { addArticle, createGraph, type NewsGraph } from "./graph/index.js";
import { addJudgedName, isClaimableName, type NameOverCorpus, type OutsideNameUse } from "./graph/merge-entities.js";
import { contentHash, type IngestItem, type IngestProblem } from "./ingest/index.js";
import { processArticle } from "./pipeline.js";
import { canStartWorker, startWorker } from "./worker-thread.js";
import type { WorkerRequest } from "./pipeline-worker.js";

export interface BuildReport {
  graph: NewsGraph;
  articles: number;
  words: number;
  /** Inputs that could not be read or processed: the job is incomplete. */
  failures: IngestProblem[];
  /** Inputs that were processed or skipped but deserve a note (no entities, a duplicate of another article, a named pipe). */
  notes: IngestProblem[];
  /** One-word names each article left outside the schema that the corpus merge may claim ("Colts"). */
  outsideNames: OutsideNameUse[];
  /** The names the articles weighed as possibly outside the schema, pooled by name, for the corpus to weigh again. */
  judgedNames: Map<string, NameOverCorpus>;
}

/** What became of one input: a document, or why there is none. */
type Outcome = { doc: ArticleDoc } | { error: string };

function emptyReport(): BuildReport {
  return { graph: createGraph(), articles: 0, words: 0, failures: [], notes: [], outsideNames: [], judgedNames: new Map() };
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
    for (const judged of doc.judgedNames ?? []) addJudgedName(report.judgedNames, judged);
    for (const { name, mentions, unplacedName } of doc.outsideNames ?? []) {
      if (!isClaimableName(name) && !unplacedName) continue;
      const evidence = mentions.map(({ sentence, start, end }) => ({ article: doc.article.id, sentence: doc.sentences[sentence]?.text ?? "", start, end }));
      report.outsideNames.push({ article: doc.article.id, name, evidence, ...(unplacedName ? { unplacedName } : {}) });
    }
  }
}

function processSafely(article: Article): Outcome {
  try {
    return { doc: processArticle(article) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs the pipeline over every article and merges the results into one graph; never throws for one bad article. */
export function buildGraph(items: Iterable<IngestItem>, onInput: (done: number) => void = () => {}): BuildReport {
  const report = emptyReport();
  let done = 0;
  for (const item of items) {
    record(report, item, "article" in item ? processSafely(item.article) : undefined);
    onInput(++done);
  }
  return report;
}

/**
 * The worker module: compiled beside this one, or, when this runs from the TypeScript sources
 * (tests, benchmarks), the source itself run through tsx (a development dependency).
 */
const PIPELINE_WORKER = new URL("./pipeline-worker.js", import.meta.url);

/** Below this many articles per worker, starting workers (each loads the models) costs more than it saves. */
const MIN_ARTICLES_PER_WORKER = 10;

/**
 * Inputs read but not yet merged into the graph, at most: enough to keep every worker busy while
 * one slow article holds up the in-order merge, few enough that memory depends on the graph and
 * not on the size of the input. The same number of inputs is read first to choose the workers.
 */
export function inFlightLimit(jobs: number): number {
  return Math.max(1, jobs) * MIN_ARTICLES_PER_WORKER;
}

/** How many worker threads a build of `articles` articles uses when asked for `jobs`: 1 means the calling thread. */
export function workersFor(articles: number, jobs = availableParallelism()): number {
  if (!canStartWorker(PIPELINE_WORKER)) return 1;
  return Math.max(1, Math.min(jobs, Math.floor(articles / MIN_ARTICLES_PER_WORKER)));
}

/** The inputs already read, then the rest of the same iterator. */
function* chain<T>(first: T[], rest: Iterator<T>): Generator<T> {
  yield* first;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

/**
 * The same as buildGraph, with the pipeline on `jobs` worker threads. Inputs are read as workers
 * are free, never more than inFlightLimit(jobs) ahead of the merge, so a corpus of any size streams
 * through. Documents are merged into the graph in input order as they come back, so the graph does
 * not depend on which worker was quicker. A worker that dies fails the article it held, and another
 * takes its place. `onInput` is told how many inputs have been merged so far.
 */
export async function buildGraphInParallel(items: Iterable<IngestItem>, jobs: number, onInput: (done: number) => void = () => {}): Promise<BuildReport> {
  const input = items[Symbol.iterator]();
  const limit = inFlightLimit(jobs);
  const firstRead: IngestItem[] = [];
  while (firstRead.length < limit) {
    const next = input.next();
    if (next.done) break;
    firstRead.push(next.value);
  }
  const workers = workersFor(firstRead.length, jobs);
  if (workers <= 1) return buildGraph(chain(firstRead, input), onInput);
  const report = emptyReport();
  // Inputs read and not yet merged, by position; an article's outcome arrives when its worker is done.
  const window = new Map<number, { item: IngestItem; outcome?: Outcome }>();
  let read = 0;
  let merged = 0;
  let exhausted = false;
  const readNext = (): IngestItem | undefined => {
    if (exhausted || read - merged >= limit) return undefined;
    const next = read < firstRead.length ? { done: false as const, value: firstRead[read] } : input.next();
    if (next.done) {
      exhausted = true;
      return undefined;
    }
    window.set(read++, { item: next.value });
    return next.value;
  };
  return new Promise((resolve, reject) => {
    const pool = new Map<Worker, { index: number }>();
    let finished = false;
    const finish = (outcome: () => void) => {
      finished = true;
      for (const worker of pool.keys()) void worker.terminate();
      outcome();
    };
    const feed = (worker: Worker) => {
      const holding = pool.get(worker)!;
      for (let item = readNext(); item; item = readNext()) {
        if (!("article" in item)) continue;
        holding.index = read - 1;
        worker.postMessage({ index: holding.index, article: item.article } satisfies WorkerRequest);
        return;
      }
    };
    // Merges what is ready in input order and gives idle workers the room that made, until neither moves.
    const flush = () => {
      for (let moved = true; moved; ) {
        const before = read + merged;
        for (let entry = window.get(merged); entry && (!("article" in entry.item) || entry.outcome); entry = window.get(merged)) {
          record(report, entry.item, entry.outcome);
          window.delete(merged++);
          onInput(merged);
        }
        for (const [worker, holding] of pool) if (holding.index < 0) feed(worker);
        moved = read + merged !== before;
      }
      if (exhausted && merged === read && !finished) finish(() => resolve(report));
    };
    // Reading the input runs in these callbacks, so an input that throws rejects the build.
    const guarded = (run: () => void) => {
      try {
        if (!finished) run();
      } catch (error) {
        finish(() => reject(error));
      }
    };
    const start = () => {
      const worker = startWorker(PIPELINE_WORKER);
      const holding = { index: -1 };
      pool.set(worker, holding);
      worker.on("message", (message: { index: number } & Outcome) =>
        guarded(() => {
          window.get(message.index)!.outcome = "doc" in message ? { doc: message.doc } : { error: message.error };
          holding.index = -1;
          flush();
        }),
      );
      worker.on("error", (error) =>
        guarded(() => {
          pool.delete(worker);
          if (holding.index >= 0) window.get(holding.index)!.outcome = { error: `worker failed: ${error.message}` };
          flush();
          if (!finished) start();
        }),
      );
      feed(worker);
    };
    guarded(() => {
      for (let i = 0; i < workers; i++) start();
      flush();
    });
  });
}

/** One of `count` parts of a corpus (`index` from 1 to `count`), for building a corpus on several machines. */
export interface Shard {
  index: number;
  count: number;
}

/** Which part (from 1) a text falls in: the first 48 bits of its sha256, so every machine agrees. */
function shardNumber(text: string, count: number): number {
  return (parseInt(contentHash(text).slice(0, 12), 16) % count) + 1;
}

/**
 * The inputs of one shard. An article goes by its text (not its id), so articles with the same text
 * fall in one shard, where the second is counted once as in a whole build; ids are already unique,
 * as every shard reads every input. A problem or note goes by its source, so each is said by one shard.
 */
export function* inShard(items: Iterable<IngestItem>, { index, count }: Shard): Generator<IngestItem> {
  for (const item of items) {
    const key = "article" in item ? item.article.text : item.source;
    if (shardNumber(key, count) === index) yield item;
  }
}

function describe(article: Article): string {
  return article.source ?? article.id;
}
