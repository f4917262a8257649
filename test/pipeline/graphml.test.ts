// The exported GraphML read back by networkx (the strictest common reader) holds the
// same nodes, edges and attribute values as the graphology JSON.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "graphology-graphml";
import { MultiDirectedGraph } from "graphology";
import { beforeAll, describe, expect, it } from "vitest";
import { toGraphML } from "../../src/io/graphml.js";
import { buildGraph, readInputs, type SerializedNewsGraph } from "../../src/index.js";

const python = process.env.NEWSGRAPH_PYTHON ?? (existsSync(".venv/bin/python") ? ".venv/bin/python" : "python3");

const READ_WITH_NETWORKX = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1], force_multigraph=True)
print(json.dumps({
  "directed": g.is_directed(),
  "nodes": {n: d for n, d in g.nodes(data=True)},
  "edges": [[u, v, k, d] for u, v, k, d in g.edges(keys=True, data=True)],
}))
`;

describe("GraphML export", () => {
  let graph: SerializedNewsGraph;
  let file: string;
  beforeAll(() => {
    const report = buildGraph(readInputs(["seeds"], () => new Uint8Array()));
    // A hostile name and control characters must survive as text.
    report.graph.addNode("Person:<img>", { kind: "Person", name: '<img src=x onerror=alert(1)> & "quotes"\u0007', aliases: ["a", "b"], mentions: 1, confidence: 0.5, evidence: [] });
    graph = report.graph.export();
    file = join(mkdtempSync(join(tmpdir(), "graphml-")), "graph.graphml");
    writeFileSync(file, toGraphML(graph));
  });

  it("is read by networkx with the same nodes, edges and typed values", () => {
    const read = JSON.parse(execFileSync(python, ["-c", READ_WITH_NETWORKX, file], { encoding: "utf8", maxBuffer: 1 << 26 }));
    expect(read.directed).toBe(true);
    expect(Object.keys(read.nodes).sort()).toEqual(graph.nodes.map((node) => node.key).sort());
    expect(read.edges).toHaveLength(graph.edges.length);
    for (const node of graph.nodes) {
      const attributes = node.attributes!;
      const back = read.nodes[node.key];
      expect(back.kind).toBe(attributes.kind);
      expect(back.name).toBe(attributes.name.replace(/\u0007/g, "\uFFFD"));
      if (attributes.aliases) expect(JSON.parse(back.aliases)).toEqual(attributes.aliases);
      if (attributes.mentions !== undefined) expect(back.mentions).toBe(attributes.mentions);
      if (attributes.confidence !== undefined) expect(back.confidence).toBeCloseTo(attributes.confidence);
      if (attributes.date) expect(back.date).toBe(attributes.date);
      if (attributes.evidence) expect(JSON.parse(back.evidence)).toEqual(attributes.evidence);
    }
    const edgesByKey = new Map(read.edges.map((edge: [string, string, string, Record<string, unknown>]) => [edge[2], edge]));
    for (const edge of graph.edges) {
      const back = edgesByKey.get(edge.key!) as [string, string, string, Record<string, unknown>];
      expect(back[0]).toBe(edge.source);
      expect(back[1]).toBe(edge.target);
      expect(back[3].kind).toBe(edge.attributes!.kind);
      if (edge.attributes!.role) expect(back[3].role).toBe(edge.attributes!.role);
    }
  });

  it("is read by graphology-graphml with typed keys", () => {
    const xml = readFileSync(file, "utf8");
    const back = parse(MultiDirectedGraph, xml);
    expect(back.order).toBe(graph.nodes.length);
    expect(back.size).toBe(graph.edges.length);
    const guterres = graph.nodes.find((node) => node.attributes?.kind === "Person" && /Guterres/.test(node.attributes.name))!;
    expect(back.getNodeAttribute(guterres.key, "mentions")).toBe(guterres.attributes!.mentions);
  });
});
