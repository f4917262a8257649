// Layout benchmark: the build-time layout in the main thread (layoutGraph) against the same
// layout in a worker thread (layoutGraphInWorker, what `newsgraph build` runs), on synthetic
// graphs of the schema's shape (test/viewer/generate-graph.ts) whose nodes carry evidence as a
// built graph's do. Each run is a child process of its own, so its peak RSS (VmHWM, every thread)
// is the layout's; printed: the peak over the graph before the layout, the time, and the worker's
// figures as ratios to the main thread's, measured in the same run.
//   npm run bench:layout [-- 100000 200000]
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const EVIDENCE_PER_NODE = 6;

if (process.argv[2] === "--child") {
  const [, , , mode, order] = process.argv;
  const { generateGraph } = await import("../test/viewer/generate-graph.js");
  const { layoutGraph, layoutGraphInWorker } = await import("../src/graph/layout.js");
  const graph = generateGraph(Number(order));
  // A built graph's nodes hold their evidence sentences: the heap the layout works beside.
  graph.updateEachNodeAttributes((key, attributes) => ({
    ...attributes,
    evidence: Array.from({ length: EVIDENCE_PER_NODE }, (_, at) => ({ article: `a${at}`, sentence: `Sentence ${at} of the articles that name ${key}, as long as a sentence of news usually is.`, start: 0, end: 8 })),
  }));
  const peak = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync("/proc/self/status", "utf8"))![1]) * 1024;
  const before = peak();
  const started = performance.now();
  if (mode === "worker") await layoutGraphInWorker(graph);
  else layoutGraph(graph);
  process.stdout.write(JSON.stringify({ seconds: (performance.now() - started) / 1000, before, after: peak() }));
} else {
  const orders = process.argv.slice(2).map(Number).filter((order) => order > 0);
  const gib = (bytes: number) => (bytes / 2 ** 30).toFixed(2);
  console.log(`load average ${loadavg()[0].toFixed(1)}`);
  for (const order of orders.length > 0 ? orders : [50_000, 200_000]) {
    const run = (mode: string) =>
      JSON.parse(execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--child", mode, String(order)], { encoding: "utf8", maxBuffer: 1 << 20 })) as { seconds: number; before: number; after: number };
    const [main, worker] = [run("main"), run("worker")];
    const over = (result: typeof main) => result.after - result.before;
    for (const [name, result] of [["main thread", main], ["worker thread", worker]] as const) {
      console.log(`${order} nodes, ${name.padEnd(13)}: graph ${gib(result.before)} GiB, layout peak +${gib(over(result))} GiB, ${result.seconds.toFixed(1)} s`);
    }
    console.log(`${order} nodes, worker / main: peak over the graph ${(over(worker) / over(main)).toFixed(2)}×, time ${(worker.seconds / main.seconds).toFixed(2)}×`);
  }
}
