import { describe, expect, it } from "vitest";
import { buildGraph, buildGraphInParallel, workersFor } from "../../src/build.js";
import type { IngestItem } from "../../src/ingest/index.js";
import { seedPairs } from "./seed-pairs.js";

/** Some thirty different articles made of pairs of the seed's sentences, and one input that could not be read. */
function corpus(): IngestItem[] {
  const items = seedPairs([5, 9]);
  items.splice(5, 0, { source: "broken.txt", problem: "not valid UTF-8 text" });
  return items;
}

describe("the parallel build", () => {
  it("builds on worker threads exactly the graph one thread builds, failures in input order", async () => {
    const items = corpus();
    expect(workersFor(items.length, 2)).toBe(2);
    const progress: number[] = [];
    const parallel = await buildGraphInParallel(items, 2, (done) => progress.push(done));
    const sequential = buildGraph(items);
    expect(parallel.articles).toBe(sequential.articles);
    expect(parallel.articles).toBeGreaterThan(25);
    expect(parallel.failures).toEqual([{ source: "broken.txt", problem: "not valid UTF-8 text" }]);
    expect(JSON.stringify(parallel.graph.export())).toBe(JSON.stringify(sequential.graph.export()));
    expect(progress.at(-1)).toBe(items.length);
  }, 60_000);

  it("stays on the calling thread for a handful of articles", () => {
    expect(workersFor(5, 8)).toBe(1);
    expect(workersFor(100, 1)).toBe(1);
  });
});
