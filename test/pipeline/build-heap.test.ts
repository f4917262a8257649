import { describe, expect, it } from "vitest";
import { BUILD_HEAP_GROWING_PERCENT, buildHeapMiB, buildNodeOptions } from "../../src/cli/heap.js";
import { collectGarbage, collectLargeHeap, LARGE_HEAP_BYTES } from "../../src/collect-garbage.js";
import { getHeapStatistics } from "node:v8";

const GiB = 2 ** 30;
const machine = { totalMemory: 24 * GiB, heapLimit: 4 * GiB };

describe("the heap a build runs with", () => {
  it("gives a build three quarters of the machine's memory, whatever options come before the command", () => {
    expect(buildHeapMiB({ ...machine, args: ["build", "news/"], nodeOptions: [] })).toBe(18432);
    expect(buildHeapMiB({ ...machine, args: ["--quiet", "build", "-"], nodeOptions: [""] })).toBe(18432);
  });

  it("leaves other commands, a chosen heap size and an already larger heap alone", () => {
    expect(buildHeapMiB({ ...machine, args: ["extract", "build.txt"], nodeOptions: [] })).toBeUndefined();
    expect(buildHeapMiB({ ...machine, args: ["build", "news/"], nodeOptions: ["--max-old-space-size=8192"] })).toBeUndefined();
    expect(buildHeapMiB({ ...machine, args: ["build", "news/"], nodeOptions: ["--trace-warnings --max-old-space-size=2048"] })).toBeUndefined();
    expect(buildHeapMiB({ totalMemory: 4 * GiB, heapLimit: 4 * GiB, args: ["build", "news/"], nodeOptions: [] })).toBeUndefined();
  });

  it("has the build collect in full once its heap grows by a fifth, not by several times as V8 lets a large heap", () => {
    expect(buildNodeOptions({ ...machine, args: ["build", "news/"], nodeOptions: [] })).toEqual(["--max-old-space-size=18432", `--heap-growing-percent=${BUILD_HEAP_GROWING_PERCENT}`]);
    expect(BUILD_HEAP_GROWING_PERCENT).toBeLessThanOrEqual(25);
    expect(buildNodeOptions({ ...machine, args: ["extract", "a.txt"], nodeOptions: [] })).toBeUndefined();
  });
});

/** A WeakRef to an object nothing else holds, once the job that made it has ended (until then a WeakRef holds its target). */
async function garbageWatched(): Promise<WeakRef<object>> {
  const watch = new WeakRef({ payload: new Array(1000).fill("x") });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return watch;
}

describe("collectGarbage", () => {
  it("collects in full on demand, so a phase of the build starts without the last one's garbage", async () => {
    const watch = await garbageWatched();
    collectGarbage();
    expect(watch.deref()).toBeUndefined();
  });
});

describe("collectLargeHeap", () => {
  it("leaves a small heap alone, where a collection costs more than the garbage it frees", async () => {
    expect(getHeapStatistics().used_heap_size).toBeLessThan(LARGE_HEAP_BYTES);
    const watch = await garbageWatched();
    collectLargeHeap();
    expect(watch.deref()).toBeDefined();
  });
});
