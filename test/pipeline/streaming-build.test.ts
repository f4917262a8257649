// Issue #14, corpus scale: the build reads its input as it goes, never further ahead of the merge
// than a fixed number of inputs, and a corpus split into shards builds, shard by shard, the graph
// the whole corpus builds.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildGraph, buildGraphInParallel, inFlightLimit, inShard, type BuildReport } from "../../src/build.js";
import type { IngestItem } from "../../src/ingest/index.js";
import type { SerializedNewsGraph } from "../../src/graph/index.js";
import { seedPairs } from "./seed-pairs.js";

const workDir = mkdtempSync(join(tmpdir(), "streaming-build-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The items, from a generator that throws when asked for one more than `limit` inputs ahead of those merged. */
function readLazily(items: IngestItem[], limit: number, merged: () => number): { items: Iterable<IngestItem>; furthestAhead: () => number } {
  let furthest = 0;
  function* lazily(): Generator<IngestItem> {
    for (const [read, item] of items.entries()) {
      const ahead = read - merged();
      if (ahead >= limit) throw new Error(`input ${read} read with only ${merged()} merged: more than ${limit} in flight`);
      furthest = Math.max(furthest, ahead + 1);
      yield item;
    }
  }
  return { items: lazily(), furthestAhead: () => furthest };
}

const keys = (graph: SerializedNewsGraph) => ({ nodes: graph.nodes.map((node) => node.key).sort(), edges: graph.edges.map((edge) => edge.key!).sort() });

describe("the streaming build", () => {
  it.each([2, 1])("reads inputs only as the merge makes room, at most inFlightLimit ahead (jobs %i), and builds the same graph", async (jobs) => {
    const articles = seedPairs([3, 5, 7, 9]);
    expect(articles.length).toBeGreaterThan(3 * inFlightLimit(jobs));
    let merged = 0;
    const input = readLazily(articles, inFlightLimit(jobs), () => merged);
    const report = await buildGraphInParallel(input.items, jobs, (done) => (merged = done));
    expect(merged).toBe(articles.length);
    expect(input.furthestAhead()).toBe(inFlightLimit(jobs));
    expect(JSON.stringify(report.graph.export())).toBe(JSON.stringify(buildGraph(articles).graph.export()));
  }, 120_000);

  it("builds shards that together hold every node, edge, mention, failure and note of the whole build (before the corpus merge)", () => {
    const items: IngestItem[] = [...seedPairs([3, 5, 7]), { source: "broken.txt", problem: "not valid UTF-8 text" }];
    // The same text under another id: counted once in the whole build, so once over the shards.
    const first = items[0] as { article: { text: string } };
    items.push({ article: { id: "copy", text: first.article.text, date: null, source: "copy.txt" } });
    const whole = buildGraph(items);
    const shards: BuildReport[] = [1, 2, 3].map((index) => buildGraph(inShard(items, { index, count: 3 })));
    for (const shard of shards) expect(shard.articles).toBeGreaterThan(0);
    expect(shards.reduce((sum, shard) => sum + shard.articles, 0)).toBe(whole.articles);
    const union = shards.map((shard) => keys(shard.graph.export()));
    expect([...new Set(union.flatMap((part) => part.nodes))].sort()).toEqual(keys(whole.graph.export()).nodes);
    expect([...new Set(union.flatMap((part) => part.edges))].sort()).toEqual(keys(whole.graph.export()).edges);
    whole.graph.forEachNode((key, attributes) => {
      const mentions = shards.reduce((sum, shard) => sum + (shard.graph.hasNode(key) ? (shard.graph.getNodeAttribute(key, "mentions") ?? 0) : 0), 0);
      expect(mentions).toBe(attributes.mentions ?? 0);
    });
    expect(shards.flatMap((shard) => shard.failures)).toEqual(whole.failures);
    expect(shards.flatMap((shard) => shard.notes).map((note) => note.source).sort()).toEqual(whole.notes.map((note) => note.source).sort());
  }, 60_000);
});

describe("build --shard", () => {
  const CLI = ["--import", "tsx", "src/cli/main.ts"];
  const newsgraph = (args: string[]) => spawnSync(process.execPath, [...CLI, ...args], { encoding: "utf8", timeout: 120_000 });

  it("builds the part of a feed it is given, and the parts have the nodes and edges of the whole graph.json", () => {
    const feed = join(workDir, "feed.jsonl");
    writeFileSync(feed, seedPairs([4, 6]).map((item) => `${JSON.stringify("article" in item ? item.article : item)}\n`).join(""));
    const built = (args: string[], out: string) => {
      const result = newsgraph(["build", feed, "--out", join(workDir, out), "--no-neo4j", "--jobs", "1", ...args]);
      expect(result.status, result.stderr).toBe(0);
      return JSON.parse(readFileSync(join(workDir, out, "graph.json"), "utf8")) as SerializedNewsGraph;
    };
    const wholeGraph = built([], "whole");
    const whole = keys(wholeGraph);
    const parts = [keys(built(["--shard", "1/2"], "part1")), keys(built(["--shard", "2/2"], "part2"))];
    for (const part of parts) expect(part.nodes.length).toBeLessThan(whole.nodes.length);
    // The corpus merge sees one shard at a time: a node the whole build joined to another (its key in
    // the survivor's mergedFrom) may stand alone in a shard. Nothing else differs.
    const joined = new Set(wholeGraph.nodes.flatMap((node) => (node.attributes?.mergedFrom ?? []).map((entry: string) => entry.replace(/ \(.*\)$/, ""))));
    const union = [...new Set(parts.flatMap((part) => part.nodes))].sort();
    expect(union.filter((key) => !joined.has(key))).toEqual(whole.nodes);
    // Edges of a joined node, or of the node that absorbed it, may sit on either of the two.
    const survivors = new Set(wholeGraph.nodes.filter((node) => (node.attributes?.mergedFrom ?? []).length > 0).map((node) => node.key));
    const wholeEdges = new Set(whole.edges);
    const partEdges = new Set(parts.flatMap((part) => part.edges));
    const touchesMerge = (edge: string) => edge.split("|").some((end) => joined.has(end) || survivors.has(end));
    expect([...partEdges].filter((edge) => !wholeEdges.has(edge) && !touchesMerge(edge))).toEqual([]);
    expect(whole.edges.filter((edge) => !partEdges.has(edge) && !touchesMerge(edge))).toEqual([]);
  }, 240_000);

  it("refuses a shard that is not i/N with i from 1 to N", () => {
    for (const shard of ["3/2", "0/2", "1", "a/b"]) {
      const result = newsgraph(["build", "seeds", "--out", join(workDir, "refused"), "--no-neo4j", "--shard", shard]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("It must be i/N");
    }
  }, 120_000);
});
