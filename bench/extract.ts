// Benchmark: end-to-end extraction over a JSONL feed of real articles, on one core and on
// one worker thread per core, against compromise (the most used JavaScript NLP library) on
// the same articles as the baseline, measured in the same run. Prints articles/s, words/s,
// the ratios, and peak memory of the one-thread run.
//   npm run bench:extract -- [--data ../shared/data/news/articles.jsonl] [--limit N]
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import nlp from "compromise";
import { parseFeed } from "../src/ingest/index.js";
import { addArticle, createGraph } from "../src/graph/index.js";
import { processArticle } from "../src/pipeline.js";
import { buildGraphInParallel } from "../src/build.js";
import { availableParallelism } from "node:os";
import type { Article } from "../src/doc.js";

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
}

const dataPath = argument("--data", process.env.NEWSGRAPH_NEWS ?? "../shared/data/news/articles.jsonl");
const limit = Number(argument("--limit", "0"));
const articles: Article[] = parseFeed(readFileSync(dataPath, "utf8"), dataPath)
  .flatMap((item) => ("article" in item ? [item.article] : []))
  .slice(0, limit > 0 ? limit : undefined);
const words = articles.reduce((sum, article) => sum + article.text.split(/\s+/).filter(Boolean).length, 0);

let peakRss = process.memoryUsage().rss;
const sampleMemory = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

function time(label: string, run: (article: Article) => void): number {
  // One warm-up pass over a few articles so the JIT and lazy model loading are not timed.
  for (const article of articles.slice(0, 20)) run(article);
  const start = performance.now();
  articles.forEach((article, index) => {
    run(article);
    if (index % 50 === 0) sampleMemory();
  });
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label.padEnd(34)} ${(articles.length / seconds).toFixed(1).padStart(8)} articles/s ${Math.round(words / seconds).toLocaleString("en").padStart(10)} words/s  (${seconds.toFixed(2)} s)`);
  return words / seconds;
}

console.log(`${articles.length} articles, ${words.toLocaleString("en")} words from ${dataPath}`);
const graph = createGraph();
const ours = time("newsgraph (extract + merge graph)", (article) => addArticle(graph, processArticle(article)));
const newsgraphPeak = peakRss;
const baseline = time("compromise (people/orgs/places)", (article) => {
  const doc = nlp(article.text);
  doc.people().out("array");
  doc.organizations().out("array");
  doc.places().out("array");
});
// The build as the CLI runs it: the pipeline on one worker thread per core (models loaded in each, timed too).
const jobs = availableParallelism();
const parallelStart = performance.now();
await buildGraphInParallel(articles.map((article) => ({ article })), jobs);
const parallelSeconds = (performance.now() - parallelStart) / 1000;
const parallel = words / parallelSeconds;
console.log(`${`newsgraph on ${jobs} worker threads`.padEnd(34)} ${(articles.length / parallelSeconds).toFixed(1).padStart(8)} articles/s ${Math.round(parallel).toLocaleString("en").padStart(10)} words/s  (${parallelSeconds.toFixed(2)} s)`);
console.log(`ratio: newsgraph is ${(ours / baseline).toFixed(1)}x compromise's words/s on one thread, ${(parallel / baseline).toFixed(1)}x on ${jobs}`);
console.log(`graph: ${graph.order} nodes, ${graph.size} relationships`);
console.log(`peak memory: ${(newsgraphPeak / 1048576).toFixed(0)} MiB RSS during newsgraph run`);
