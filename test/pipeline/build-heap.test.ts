import { describe, expect, it } from "vitest";
import { buildHeapMiB } from "../../src/cli/heap.js";

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
});
