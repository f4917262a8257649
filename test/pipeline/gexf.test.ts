// The GEXF export opens in Gephi as the build laid it out: well-formed XML whatever the names
// hold, and read back by graphology-gexf (an independent reader) it has the same nodes and
// edges, the labels, the kind colours of graph-schema's legend, size by mentions, the layout's
// positions and every schema property with its type.
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import { DOMParser } from "@xmldom/xmldom";
import { beforeAll, describe, expect, it } from "vitest";
import { gexfNodeSize, toGEXF } from "../../src/io/gexf.js";
import { NODE_LABELS, buildGraph, createGraph, layoutGraph, readInputs, type NodeLabel, type SerializedNewsGraph } from "../../src/index.js";

function parseStrictly(xml: string): Document {
  const fail = (message: string) => {
    throw new Error(`not well-formed XML: ${message}`);
  };
  return new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(xml, "text/xml") as unknown as Document;
}

/** graphology-gexf's colour for a hex of the legend. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r},${g},${b})`;
}

const HOSTILE = "AT&T <b>\"Chirac\"</b> &nbsp; bell\u0007 CR\r end";
// What XML cannot hold (here the bell) comes back as U+FFFD; everything else exactly.
const asXml = (text: string) => text.replace("\u0007", "\uFFFD");

describe("GEXF export", () => {
  let graph: SerializedNewsGraph;
  let xml: string;
  beforeAll(() => {
    const report = buildGraph(readInputs(["seeds"], () => new Uint8Array()));
    report.graph.addNode(`Person:${HOSTILE}`, { kind: "Person", name: HOSTILE, aliases: [HOSTILE, "a|b"], mentions: 7, confidence: 1, evidence: [{ article: "x", sentence: HOSTILE, start: 0, end: 3 }] });
    layoutGraph(report.graph);
    graph = report.graph.export();
    xml = toGEXF(graph);
  });

  it("is well-formed XML even with &, < and control characters in names", () => {
    expect(() => parseStrictly(xml)).not.toThrow();
    expect(xml).toContain("AT&amp;T &lt;b&gt;&quot;Chirac&quot;&lt;/b&gt; &amp;nbsp; bell\uFFFD CR&#13; end");
  });

  it("round-trips through graphology-gexf: nodes, edges, labels, colours, sizes, positions and typed properties", () => {
    const back = gexf.parse(MultiDirectedGraph, xml);
    expect(back.order).toBe(graph.nodes.length);
    expect(back.size).toBe(graph.edges.length);
    expect(graph.nodes.filter((node) => node.attributes!.kind === "Person").length).toBeGreaterThan(1);
    for (const node of graph.nodes) {
      const attributes = node.attributes!;
      const read = back.getNodeAttributes(asXml(node.key));
      expect(read.label).toBe(attributes.kind === "Article" ? attributes.title || attributes.name : asXml(attributes.name));
      expect(read.color).toBe(rgb(NODE_LABELS[attributes.kind as NodeLabel].color));
      expect(read.size).toBeCloseTo(gexfNodeSize(attributes));
      expect(read.x).toBeCloseTo(attributes.x!);
      expect(read.y).toBeCloseTo(attributes.y!);
      expect(read.kind).toBe(attributes.kind);
      expect(read.key).toBe(asXml(node.key));
      if (attributes.mentions !== undefined) expect(read.mentions).toBe(attributes.mentions);
      // A float column even where the value is whole: the type comes from the schema, not the data.
      if (attributes.confidence !== undefined) expect(read.confidence).toBe(attributes.confidence);
      if (attributes.aliases) expect(JSON.parse(read.aliases)).toEqual(attributes.aliases);
      if (attributes.evidence) expect(JSON.parse(read.evidence)).toEqual(attributes.evidence);
    }
    for (const edge of graph.edges) {
      const read = back.getEdgeAttributes(edge.key!);
      expect(back.source(edge.key!)).toBe(edge.source);
      expect(back.target(edge.key!)).toBe(edge.target);
      expect(read.label).toBe(edge.attributes!.kind);
      expect(read.confidence).toBe(edge.attributes!.confidence);
      expect(JSON.parse(read.evidence)).toEqual(edge.attributes!.evidence);
    }
    expect(xml).toMatch(/<attribute id="confidence" title="confidence" type="double"\/>/);
  });

  it("sizes nodes by mentions on a log scale, articles alike", () => {
    expect(gexfNodeSize({ kind: "Person", mentions: 1 })).toBeLessThan(gexfNodeSize({ kind: "Person", mentions: 8 }));
    expect(gexfNodeSize({ kind: "Person", mentions: 1_000_000 })).toBe(20);
    expect(gexfNodeSize({ kind: "Article" })).toBe(4);
  });

  it("writes an empty graph as a valid file", () => {
    const back = gexf.parse(MultiDirectedGraph, toGEXF(createGraph().export()), { respectInputGraphType: true });
    expect(back.order).toBe(0);
  });
});
