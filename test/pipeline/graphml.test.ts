// The exported GraphML is well-formed XML 1.0 whatever the articles contain, and read back
// by networkx (the strictest common reader) and graphology-graphml it holds the same nodes,
// edges and attribute values as the graphology JSON: ids are NMTOKENs, the readable key is
// the `key` attribute, and `label` is a node's name and an edge's relation type.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "graphology-graphml";
import { MultiDirectedGraph } from "graphology";
import { beforeAll, describe, expect, it } from "vitest";
import { DOMParser } from "@xmldom/xmldom";
import { graphmlId, toGraphML } from "../../src/io/graphml.js";
import { buildGraph, createGraph, readInputs, type SerializedNewsGraph } from "../../src/index.js";

const python = process.env.NEWSGRAPH_PYTHON ?? (existsSync(".venv/bin/python") ? ".venv/bin/python" : "python3");
// scripts/test.sh sets NEWSGRAPH_PYTHON after installing networkx, so there it is required;
// elsewhere the networkx checks are skipped, with a message, when it is not installed.
const hasNetworkx = spawnSync(python, ["-c", "import networkx"], { stdio: "ignore" }).status === 0;
const withNetworkx = hasNetworkx || process.env.NEWSGRAPH_PYTHON !== undefined;
if (!withNetworkx) console.warn(`graphml.test: skipping the networkx checks: ${python} cannot import networkx (scripts/test.sh installs it)`);

/** A strict parse: any warning, error or fatal error (an undefined entity, a stray "&" or "<") throws. */
function parseStrictly(xml: string): Document {
  const fail = (message: string) => {
    throw new Error(`not well-formed XML: ${message}`);
  };
  return new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(xml, "text/xml") as unknown as Document;
}

/** networkx's view of a GraphML file: directedness, nodes by id with their data, edges with key and data. */
function readWithNetworkx(file: string) {
  return JSON.parse(execFileSync(python, ["-c", READ_WITH_NETWORKX, file], { encoding: "utf8", maxBuffer: 1 << 26 })) as {
    directed: boolean;
    nodes: Record<string, Record<string, unknown>>;
    edges: [string, string, string, Record<string, unknown>][];
  };
}

// What XML 1.0 cannot hold (C0 controls but tab, LF, CR; U+FFFE/U+FFFF; lone surrogates) comes back as U+FFFD.
const asXml = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

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

  it("is well-formed XML with NMTOKEN ids", () => {
    const document = parseStrictly(readFileSync(file, "utf8"));
    const ids = ["node", "edge"].flatMap((tag) => Array.from(document.getElementsByTagName(tag), (element) => element.getAttribute("id")!));
    expect(ids).toHaveLength(graph.nodes.length + graph.edges.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9:._-]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.skipIf(!withNetworkx)("is read by networkx with the same nodes, edges and typed values", () => {
    const read = readWithNetworkx(file);
    expect(read.directed).toBe(true);
    expect(Object.keys(read.nodes).sort()).toEqual(graph.nodes.map((node) => graphmlId(node.key)).sort());
    expect(Object.values(read.nodes).map((node) => node.key).sort()).toEqual(graph.nodes.map((node) => node.key).sort());
    expect(read.edges).toHaveLength(graph.edges.length);
    for (const node of graph.nodes) {
      const attributes = node.attributes!;
      const back = read.nodes[graphmlId(node.key)] as Record<string, any>;
      expect(back.kind).toBe(attributes.kind);
      expect(back.name).toBe(asXml(attributes.name));
      expect(back.label).toBe(attributes.kind === "Article" && attributes.title ? attributes.title : asXml(attributes.name));
      if (attributes.aliases) expect(JSON.parse(back.aliases)).toEqual(attributes.aliases);
      if (attributes.mentions !== undefined) expect(back.mentions).toBe(attributes.mentions);
      if (attributes.confidence !== undefined) expect(back.confidence).toBeCloseTo(attributes.confidence);
      if (attributes.date) expect(back.date).toBe(attributes.date);
      if (attributes.evidence) expect(JSON.parse(back.evidence)).toEqual(attributes.evidence);
    }
    const edgesByKey = new Map(read.edges.map((edge) => [edge[2], edge]));
    for (const edge of graph.edges) {
      const back = edgesByKey.get(graphmlId(edge.key!))!;
      expect(back[0]).toBe(graphmlId(edge.source));
      expect(back[1]).toBe(graphmlId(edge.target));
      expect(back[3].key).toBe(edge.key);
      expect(back[3].kind).toBe(edge.attributes!.kind);
      expect(back[3].label).toBe(edge.attributes!.kind);
      if (edge.attributes!.role) expect(back[3].role).toBe(edge.attributes!.role);
    }
  });

  it("is read by graphology-graphml with typed keys", () => {
    const xml = readFileSync(file, "utf8");
    const back = parse(MultiDirectedGraph, xml);
    expect(back.order).toBe(graph.nodes.length);
    expect(back.size).toBe(graph.edges.length);
    const guterres = graph.nodes.find((node) => node.attributes?.kind === "Person" && /Guterres/.test(node.attributes.name))!;
    expect(back.getNodeAttribute(graphmlId(guterres.key), "mentions")).toBe(guterres.attributes!.mentions);
    expect(back.getNodeAttribute(graphmlId(guterres.key), "key")).toBe(guterres.key);
    expect(back.getNodeAttribute(graphmlId(guterres.key), "label")).toBe(guterres.attributes!.name);
  });
});

describe("GraphML strings", () => {
  // Entity-like text must stay text: "&nbsp;" was written raw (an undefined entity to every
  // XML parser), "&#233;" and "&amp;" were silently decoded on the way back.
  const HOSTILE = [
    "Jacques Chirac&nbsp;in Paris",
    "AT&amp;T &#233; &#x41; &lt;",
    "a < b > c & d \"double\" 'single'",
    "bell\u0007 null\u0000 escape\u001B",
    "lone \uD800 high, lone \uDC00 low, a pair \uD83D\uDE00 stays",
    "tab\there, CR\r, CRLF\r\n, LF\n, U+FFFE \uFFFE, U+2028 \u2028, U+0085 \u0085",
    "]]> and <![CDATA[ and <!-- --> and <?pi?>",
  ];
  let graph: SerializedNewsGraph;
  let xml: string;
  beforeAll(() => {
    const news = createGraph();
    const evidence = (sentence: string) => [{ article: "a 1", sentence, start: 0, end: 1 }];
    HOSTILE.forEach((text, index) => {
      // Keys with spaces, "|", "#", "&", quotes and forbidden characters: the ids must still be NMTOKENs.
      news.addNode(`Person:${text}`, { kind: "Person", name: text, aliases: [text, `${index}`], mentions: index, confidence: 0.5, evidence: evidence(text) });
    });
    news.addNode("Event:a 1#0", { kind: "Event", name: "met", eventType: "Meeting", date: "2024-03-04", mentions: 1, confidence: 0.9, evidence: evidence(HOSTILE[0]!) });
    HOSTILE.forEach((text, index) => {
      news.addEdgeWithKey(`PARTICIPANT|Person:${text}|Event:a 1#0|agent`, `Person:${text}`, "Event:a 1#0", { kind: "PARTICIPANT", role: index % 2 ? "agent" : text, confidence: 0.7, evidence: evidence(text) });
    });
    graph = news.export();
    xml = toGraphML(graph);
  });

  it("escapes every string exactly, so a strict parser accepts the file", () => {
    expect(() => parseStrictly(xml)).not.toThrow();
    expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#13|#9|#10|#x85|#x2028);)/);
    expect(xml).toContain("Jacques Chirac&amp;nbsp;in Paris");
  });

  it("round-trips through graphology-graphml: text exact, forbidden characters as U+FFFD", () => {
    const back = parse(MultiDirectedGraph, xml);
    expect(back.order).toBe(graph.nodes.length);
    expect(back.size).toBe(graph.edges.length);
    for (const node of graph.nodes) {
      const id = graphmlId(node.key);
      expect(id).toMatch(/^[A-Za-z0-9:._-]+$/);
      const attributes = back.getNodeAttributes(id);
      expect(attributes.key).toBe(asXml(node.key));
      expect(attributes.name).toBe(asXml(node.attributes!.name));
      expect(attributes.label).toBe(asXml(node.attributes!.name));
      // Lists and evidence are JSON, which writes controls and lone surrogates as \u escapes: exact.
      expect(JSON.parse(attributes.evidence as string)).toEqual(node.attributes!.evidence);
      if (node.attributes!.aliases) expect(JSON.parse(attributes.aliases as string)).toEqual(node.attributes!.aliases);
    }
    for (const edge of graph.edges) {
      const id = graphmlId(edge.key!);
      expect(back.source(id)).toBe(graphmlId(edge.source));
      expect(back.target(id)).toBe(graphmlId(edge.target));
      expect(back.getEdgeAttribute(id, "key")).toBe(asXml(edge.key!));
      expect(back.getEdgeAttribute(id, "label")).toBe("PARTICIPANT");
      expect(back.getEdgeAttribute(id, "role")).toBe(asXml(edge.attributes!.role!));
    }
    // Nothing else was lost: the exact strings came back where XML can hold them.
    expect(back.getNodeAttribute(graphmlId(`Person:${HOSTILE[1]}`), "name")).toBe("AT&amp;T &#233; &#x41; &lt;");
    expect(back.getNodeAttribute(graphmlId(`Person:${HOSTILE[5]}`), "name")).toBe("tab\there, CR\r, CRLF\r\n, LF\n, U+FFFE \uFFFD, U+2028 \u2028, U+0085 \u0085");
    expect(back.getNodeAttribute(graphmlId(`Person:${HOSTILE[4]}`), "name")).toBe("lone \uFFFD high, lone \uFFFD low, a pair \uD83D\uDE00 stays");
  });

  it.skipIf(!withNetworkx)("round-trips through networkx and Python's expat", () => {
    const file = join(mkdtempSync(join(tmpdir(), "graphml-")), "strings.graphml");
    writeFileSync(file, xml);
    const read = readWithNetworkx(file);
    for (const node of graph.nodes) {
      const back = read.nodes[graphmlId(node.key)]!;
      expect(back.key).toBe(asXml(node.key));
      expect(back.name).toBe(asXml(node.attributes!.name));
    }
    expect(read.edges.map((edge) => edge[3].role).sort()).toEqual(graph.edges.map((edge) => asXml(edge.attributes!.role!)).sort());
    // minidom (expat) is a strict, non-validating XML 1.0 parser.
    execFileSync(python, ["-c", "import sys, xml.dom.minidom as m; m.parse(sys.argv[1])", file]);
  });

  it("gives every key its own NMTOKEN id", () => {
    const keys = ["a b", "a.b", "a_b", "a_2E_b", " x41 ", "A", "", "_", "Event:abc#0", "é", "\uD800", "\uFFFD", "PARTICIPANT|Person:x|Event:y#1|agent"];
    const ids = keys.map(graphmlId);
    expect(new Set(ids).size).toBe(keys.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9:._-]+$/);
    expect(graphmlId("Person:tony blair")).toBe("Person:tony.blair");
  });
});
