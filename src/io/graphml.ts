// GraphML export with typed attribute keys taken from graph-schema, readable by Gephi,
// yEd, Cytoscape and networkx as it is. graphology-graphml only parses, and xmlbuilder2
// leaves text that looks like an entity ("&nbsp;", "&amp;", "&#233;") unescaped, so the
// XML is written here with the exact escaping of ./xml.ts. Lists and evidence are
// JSON-encoded strings (GraphML has no list type), and the graph is purely directed
// (networkx cannot read mixed graphs). Node and edge ids are the graph's keys escaped into
// XML NMTOKENs (GraphML's type for ids); the readable key is kept in a `key` attribute, and
// `label` carries a node's name and an edge's relation type, which Gephi shows.
import { NODE_LABELS, RELATION_TYPES, type PropertySpec, type PropertyType } from "../../graph-schema/index.js";
import type { SerializedNewsGraph } from "../graph/index.js";
import { escapeAttribute, escapeText, jsonForXml, lines, nodeLabel } from "./xml.js";

type GraphmlType = "string" | "int" | "double" | "boolean";

const GRAPHML_TYPE: Record<PropertyType, GraphmlType> = {
  string: "string",
  "string[]": "string",
  integer: "int",
  float: "double",
  date: "string",
  boolean: "boolean",
  "evidence[]": "string",
};

interface KeySpec {
  id: string;
  name: string;
  type: GraphmlType;
}

/** `label` (the name, or the relation type) and `key` (the graph's readable key), then every property the schema defines for nodes (plus layout positions) or edges: one GraphML key each. */
function schemaKeys(): { node: Map<string, KeySpec>; edge: Map<string, KeySpec> } {
  const node = new Map<string, KeySpec>();
  const edge = new Map<string, KeySpec>();
  const add = (into: Map<string, KeySpec>, prefix: string, name: string, type: GraphmlType) => {
    if (!into.has(name)) into.set(name, { id: `${prefix}_${name}`, name, type });
  };
  for (const into of [node, edge]) {
    add(into, into === node ? "n" : "e", "label", "string");
    add(into, into === node ? "n" : "e", "key", "string");
  }
  for (const label of Object.values(NODE_LABELS)) {
    for (const [name, spec] of Object.entries<PropertySpec>(label.properties)) add(node, "n", name, GRAPHML_TYPE[spec.type]);
  }
  add(node, "n", "x", "double");
  add(node, "n", "y", "double");
  for (const relation of Object.values(RELATION_TYPES)) {
    for (const [name, spec] of Object.entries<PropertySpec>(relation.properties)) add(edge, "e", name, GRAPHML_TYPE[spec.type]);
  }
  return { node, edge };
}

/**
 * A graph key as an XML NMTOKEN (GraphML's id type), one to one: ASCII letters, digits, ":"
 * and "-" stay, a space becomes ".", and every other code point (including "." and "_",
 * and lone surrogates, which stay distinct here) becomes "_HEX_". Since "_" appears only
 * around an escape, two keys never share an id: "Person:tony blair" → "Person:tony.blair",
 * "Event:abc#0" → "Event:abc_23_0".
 */
export function graphmlId(key: string): string {
  if (key === "") return "_empty_";
  let id = "";
  for (const char of key) {
    if (/[A-Za-z0-9:-]/.test(char)) id += char;
    else if (char === " ") id += ".";
    else id += `_${char.codePointAt(0)!.toString(16).toUpperCase()}_`;
  }
  return id;
}

function encodeValue(value: unknown, type: GraphmlType): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (type === "string") return typeof value === "string" ? value : jsonForXml(value);
  if (typeof value === "number" && !Number.isFinite(value)) return value > 0 ? "INF" : value < 0 ? "-INF" : "NaN";
  return String(value);
}

/** The graph as GraphML: valid XML 1.0, typed keys, NMTOKEN ids with the readable key in `key`, and `label` on nodes and edges. */
export function toGraphML(graph: SerializedNewsGraph): string {
  return [...graphmlChunks(graph)].join("");
}

/** The same GraphML in pieces (the head, then one per node and per edge), so a corpus graph is written without ever being one string. */
export function* graphmlChunks(graph: SerializedNewsGraph): Generator<string> {
  const keys = schemaKeys();
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [domain, specs] of [["node", keys.node], ["edge", keys.edge]] as const) {
    for (const spec of specs.values()) {
      head.push(`  <key id="${escapeAttribute(spec.id)}" for="${domain}" attr.name="${escapeAttribute(spec.name)}" attr.type="${spec.type}"/>`);
    }
  }
  head.push('  <graph id="newsgraph" edgedefault="directed">');
  yield lines(head);
  // label and key come from the element itself, never from an attribute of the same name.
  const dataLines = (specs: Map<string, KeySpec>, label: unknown, key: string | undefined, attributes: Record<string, unknown>) => {
    const data: string[] = [];
    for (const [name, value] of [["label", label], ["key", key], ...Object.entries(attributes).filter(([name]) => name !== "label" && name !== "key")] as const) {
      const spec = specs.get(name);
      const encoded = spec && encodeValue(value, spec.type);
      if (spec && encoded !== undefined) data.push(`      <data key="${escapeAttribute(spec.id)}">${escapeText(encoded)}</data>`);
    }
    return data;
  };
  for (const node of graph.nodes) {
    const attributes = node.attributes ?? {};
    yield lines([`    <node id="${graphmlId(node.key)}">`, ...dataLines(keys.node, nodeLabel(node.key, node.attributes), node.key, attributes), "    </node>"]);
  }
  for (const edge of graph.edges) {
    const attributes = edge.attributes ?? {};
    const id = edge.key !== undefined ? ` id="${graphmlId(edge.key)}"` : "";
    yield lines([`    <edge${id} source="${graphmlId(edge.source)}" target="${graphmlId(edge.target)}">`, ...dataLines(keys.edge, edge.attributes?.kind, edge.key, attributes), "    </edge>"]);
  }
  yield lines(["  </graph>", "</graphml>"]);
}
