// Scale benchmark (issue #14): builds corpora of N articles made from the BBC news articles, new
// ids and changed text (sentences shuffled between articles of one category, names swapped for
// other names of the category, numbers changed), each a JSONL feed in a temporary folder, with
// `newsgraph build --no-neo4j` in a child process. Prints per size: peak RSS, ms per article,
// the graph's size, and each phase's time and the largest RSS seen during it (sampled from
// /proc every 200 ms), and while it runs, at each tenth of the corpus read, the RSS then (so a run
// stopped early still gives its memory curve). The target: 100,000 articles with peak RSS at most 6 GB, time
// linear in articles.
//   npm run bench:scale [-- 10000 50000 100000] [-- --jobs 2] [-- --data ../shared/data/news/articles.jsonl]
import { spawn } from "node:child_process";
import { getHeapStatistics } from "node:v8";
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, writeSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { buildNodeOptions } from "../src/cli/heap.js";
import { seededRandom } from "../test/helpers/seeded-random.js";

interface BbcArticle {
  id: string;
  title: string;
  text: string;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const dataPath = option("--data", "../shared/data/news/articles.jsonl");
const jobs = option("--jobs", String(availableParallelism()));
const sizes = args.filter((arg, index) => !arg.startsWith("--") && !args[index - 1]?.startsWith("--")).map(Number).filter((size) => size > 0);

const SENTENCE_END = /(?<=[.!?]["']?)\s+(?=[A-Z"'])/;
const CAPITALISED = /\b[A-Z][a-z]{2,}\b/g;
/** Of the capitalised words of a category, this share is swapped for another in each copy of the corpus. */
const SWAPPED_NAME_SHARE = 0.3;
/** Of an article's sentences, this share is replaced by a sentence from another article of its category. */
const SHUFFLED_SENTENCE_SHARE = 0.4;

const articles = readFileSync(dataPath, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as BbcArticle);
const category = (article: BbcArticle) => article.id.split("-")[1] ?? "news";
const byCategory = new Map<string, { sentences: string[]; names: string[] }>();
for (const article of articles) {
  const pool = byCategory.get(category(article)) ?? byCategory.set(category(article), { sentences: [], names: [] }).get(category(article))!;
  pool.sentences.push(...article.text.split(SENTENCE_END));
  pool.names.push(...(article.text.match(CAPITALISED) ?? []));
}
for (const pool of byCategory.values()) pool.names = [...new Set(pool.names)];

/** The `copy`-th pass over the corpus: each category's names swapped for others of the category, the same way throughout the pass. */
function nameSwaps(copy: number): Map<string, string> {
  const random = seededRandom(copy + 1);
  const swaps = new Map<string, string>();
  for (const { names } of byCategory.values()) {
    for (const name of names) if (random() < SWAPPED_NAME_SHARE) swaps.set(name, names[Math.floor(random() * names.length)]!);
  }
  return swaps;
}

/** Article `index` of the generated corpus: a BBC article with some sentences from its category's others, names swapped, numbers changed. */
function generatedArticle(index: number, swaps: Map<string, string>, random: () => number): string {
  const base = articles[index % articles.length]!;
  const pool = byCategory.get(category(base))!;
  const change = (text: string) =>
    text.replace(CAPITALISED, (name) => swaps.get(name) ?? name).replace(/\d+/g, (digits) => String(Math.floor(random() * 10 ** digits.length)).padStart(digits.length, "1"));
  const paragraphs = base.text.split(/\n\n+/).map((paragraph) =>
    paragraph
      .split(SENTENCE_END)
      .map((sentence) => change(random() < SHUFFLED_SENTENCE_SHARE ? pool.sentences[Math.floor(random() * pool.sentences.length)]! : sentence))
      .join(" "),
  );
  const day = `200${4 + Math.floor(random() * 2)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
  return JSON.stringify({ id: `scale-${Math.floor(index / articles.length)}-${base.id}`, date: day, title: change(base.title), text: paragraphs.join("\n\n") });
}

/** Writes the corpus; returns the byte offset at which each article's line ends. */
function writeCorpus(file: string, size: number): number[] {
  const fd = openSync(file, "w");
  const random = seededRandom(size);
  const lineEnds: number[] = [];
  let swaps = nameSwaps(0);
  for (let index = 0; index < size; index++) {
    if (index > 0 && index % articles.length === 0) swaps = nameSwaps(index / articles.length);
    const line = `${generatedArticle(index, swaps, random)}\n`;
    writeSync(fd, line);
    lineEnds.push((lineEnds.at(-1) ?? 0) + Buffer.byteLength(line));
  }
  closeSync(fd);
  return lineEnds;
}

/** How far the process has read `file`: the position of the descriptor it holds open on it (Linux), or null. */
function readPosition(pid: number, file: string): number | null {
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      if (readlinkSync(`/proc/${pid}/fd/${fd}`) !== file) continue;
      return Number(/pos:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, "utf8"))?.[1]);
    }
  } catch {
    // The process has ended or /proc is not there.
  }
  return null;
}

interface Phase {
  name: string;
  seconds: number | null;
  peakRssMiB: number;
}

/** Resident memory of a process in MiB, from /proc (Linux); 0 where there is none. */
function rssMiB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs the build in a child process; its own peak RSS comes from the child at exit (every thread counted). */
async function build(feed: string, lineEnds: number[], out: string): Promise<{ seconds: number; peakRssMiB: number; phases: Phase[]; stderr: string }> {
  const reportPeak = `data:text/javascript,process.on("exit",()=>process.stderr.write("peak-rss-kib "+process.resourceUsage().maxRSS+"\\n"))`;
  const started = performance.now();
  // The heap `newsgraph build` gives itself (bin/newsgraph.js), since main.ts is run here directly.
  const heap = buildNodeOptions({ args: ["build"], nodeOptions: [], totalMemory: totalmem(), heapLimit: getHeapStatistics().heap_size_limit }) ?? [];
  const child = spawn(process.execPath, [...heap, "--import", "tsx", "--import", reportPeak, "src/cli/main.ts", "--verbose", "build", feed, "--out", out, "--no-neo4j", "--jobs", jobs], { stdio: ["ignore", "ignore", "pipe"] });
  const phases: Phase[] = [{ name: "starting", seconds: null, peakRssMiB: 0 }];
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (text: string) => {
    stderr += text;
    for (const line of text.split("\n")) {
      const starting = /^newsgraph: (.*)…$/.exec(line);
      const timed = /^newsgraph: (.*): (\d+\.\d) s$/.exec(line);
      if (starting) phases.push({ name: starting[1]!, seconds: null, peakRssMiB: 0 });
      const phase = timed && phases.find((candidate) => candidate.name === timed[1]);
      if (phase) phase.seconds = Number(timed![2]);
    }
  });
  let nextTenth = 1;
  const sampler = setInterval(() => {
    const phase = phases.at(-1)!;
    const rss = rssMiB(child.pid!);
    phase.peakRssMiB = Math.max(phase.peakRssMiB, rss);
    // The feed is read a megabyte ahead: the articles read are those whose line ends before that.
    const position = readPosition(child.pid!, feed);
    const read = position === null ? 0 : lineEnds.findLastIndex((end) => end <= position) + 1;
    if (read >= (nextTenth * lineEnds.length) / 10) {
      console.log(`           … ${read.toLocaleString("en")} articles read, RSS ${rss.toFixed(0)} MiB, ${((performance.now() - started) / 1000).toFixed(0)} s`);
      while (read >= (nextTenth * lineEnds.length) / 10) nextTenth++;
    }
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`build exited with ${code}:\n${stderr.slice(-2000)}`);
  const peak = /peak-rss-kib (\d+)/.exec(stderr);
  return { seconds: (performance.now() - started) / 1000, peakRssMiB: peak ? Number(peak[1]) / 1024 : NaN, phases, stderr };
}

// Times are only comparable on an idle machine: the load is printed beside them.
const load = () => loadavg().map((average) => average.toFixed(1)).join(" ");
console.log(`corpus from ${dataPath} (${articles.length} articles), build with --jobs ${jobs} --no-neo4j; load average ${load()} on ${availableParallelism()} cores`);
console.log("articles → peak RSS, ms/article (whole build), graph");
for (const size of sizes.length > 0 ? sizes : [10_000]) {
  const folder = mkdtempSync(join(tmpdir(), "newsgraph-scale-"));
  try {
    const feed = join(folder, "corpus.jsonl");
    const result = await build(feed, writeCorpus(feed, size), join(folder, "out"));
    const nodes = /laying out (\d+) nodes/.exec(result.stderr)?.[1] ?? "?";
    const articlesBuilt = /(\d+) articles, (\d+) words →/.exec(result.stderr);
    console.log(
      `${size.toLocaleString("en").padStart(8)} → ${(result.peakRssMiB / 1024).toFixed(2)} GiB peak RSS, ${((result.seconds * 1000) / size).toFixed(1)} ms/article (${result.seconds.toFixed(0)} s); ` +
        `${articlesBuilt?.[1] ?? "?"} articles built, ${articlesBuilt ? Number(articlesBuilt[2]).toLocaleString("en") : "?"} words, ${Number(nodes).toLocaleString("en")} nodes; load average now ${load()}`,
    );
    for (const phase of result.phases) {
      const seconds = phase.seconds === null ? "" : `${phase.seconds.toFixed(1)} s, `;
      console.log(`           ${phase.name.padEnd(36)} ${seconds}RSS up to ${phase.peakRssMiB.toFixed(0)} MiB`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
