// A build holds the whole graph in memory, and past about 80,000 BBC-sized articles the graph,
// its layout and the viewer's data outgrow Node's default heap (about 4 GiB, whatever the
// machine has): the 100,000-article benchmark died there, out of heap with 20 GiB of memory free.
// So `newsgraph build` runs in a child process whose heap may use three quarters of the
// machine's memory, unless the caller chose a heap size (`--max-old-space-size`).
// With that much room V8 lets a heap grow to several times what its last full collection
// kept before it collects in full again, and a build's heap is mostly the graph, which only grows:
// 10,000 generated articles peaked at 1.70 GiB resident, mostly garbage, and at 1.09 GiB when the
// child also collects in full once the heap has grown by BUILD_HEAP_GROWING_PERCENT, as it now does.

/** The share of the machine's memory a build's heap may use. */
export const BUILD_HEAP_SHARE = 0.75;

export interface HeapContext {
  /** The command-line arguments after the script: ["--quiet", "build", "news/"]. */
  args: readonly string[];
  /** Node's own options (process.execArgv) and NODE_OPTIONS. */
  nodeOptions: readonly string[];
  /** The machine's memory and the current heap limit, in bytes. */
  totalMemory: number;
  heapLimit: number;
}

/** How far (in percent) the build's heap may grow past what the last full collection kept. */
export const BUILD_HEAP_GROWING_PERCENT = 20;

/** The Node options to re-run the command with, or undefined to run it as it is. */
export function buildNodeOptions(context: HeapContext): string[] | undefined {
  const heapMiB = buildHeapMiB(context);
  return heapMiB === undefined ? undefined : [`--max-old-space-size=${heapMiB}`, `--heap-growing-percent=${BUILD_HEAP_GROWING_PERCENT}`];
}

/** The heap size in MiB to re-run the command with, or undefined to run it as it is. */
export function buildHeapMiB({ args, nodeOptions, totalMemory, heapLimit }: HeapContext): number | undefined {
  const command = args.find((arg) => !arg.startsWith("-"));
  if (command !== "build" || nodeOptions.some((option) => option.includes("--max-old-space-size"))) return undefined;
  const wanted = Math.floor((totalMemory * BUILD_HEAP_SHARE) / 2 ** 20);
  return wanted > heapLimit / 2 ** 20 ? wanted : undefined;
}
