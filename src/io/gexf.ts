// GEXF 1.2 export for Gephi: every node coloured by its kind (graph-schema's legend), sized
// by its mentions and placed where the build's layout put it, with a label, and every schema
// property as a typed column of Gephi's Data Laboratory. graphology-gexf's writer infers
// column types from the values (a confidence that happens to be 1 everywhere becomes an
// integer), joins lists with "|" ambiguously, writes control characters raw (not XML) and
// misspells the viz namespace, so the XML is written here, with the escaping GraphML uses;
// graphology-gexf reads it back in the tests.
import { NODE_LABELS, RELATION_TYPES, isNodeLabel, type EdgeAttributes, type NodeAttributes, type PropertySpec, type PropertyType } from "../../graph-schema/index.js";
import type { SerializedNewsGraph } from "../graph/index.js";
import { escapeAttribute, jsonForXml, lines, nodeLabel } from "./xml.js";

type GexfType = "string" | "integer" | "double" | "boolean";

/** Lists, evidence and dates are strings (lists and evidence as JSON, as in the GraphML). */
const GEXF_TYPE: Record<PropertyType, GexfType> = {
  string: "string",
  "string[]": "string",
  integer: "integer",
  float: "double",
  date: "string",
  boolean: "boolean",
  "evidence[]": "string",
};

/** Node radius in Gephi: a log scale of mentions, so a node mentioned 100 times is not 100 times bigger; articles are small and alike. */
const NODE_SIZE = { article: 4, base: 3, perDoubling: 2.2, max: 20 } as const;

export function gexfNodeSize(attributes: Partial<NodeAttributes>): number {
  if (attributes.kind === "Article") return NODE_SIZE.article;
  const mentions = Math.max(1, attributes.mentions ?? 1);
  return Math.min(NODE_SIZE.max, NODE_SIZE.base + NODE_SIZE.perDoubling * Math.log2(1 + mentions));
}

/** Every property the schema defines for nodes or for edges, with its GEXF type, in schema order. */
function schemaColumns(groups: { properties: Record<string, PropertySpec> }[]): Map<string, GexfType> {
  const columns = new Map<string, GexfType>();
  for (const group of groups) {
    for (const [name, spec] of Object.entries(group.properties)) if (!columns.has(name)) columns.set(name, GEXF_TYPE[spec.type]);
  }
  return columns;
}

function encodeValue(value: unknown, type: GexfType): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (type === "string") return typeof value === "string" ? value : jsonForXml(value);
  return String(value);
}

/** `#e4572e` → ` r="228" g="87" b="46"`. */
function rgbAttributes(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return ` r="${r}" g="${g}" b="${b}"`;
}

/** The graph as GEXF 1.2 (valid XML 1.0): typed attribute columns from graph-schema, viz colour, size and position, labels. */
export function toGEXF(graph: SerializedNewsGraph): string {
  return [...gexfChunks(graph)].join("");
}

/** The same GEXF in pieces (the head, then one per node and per edge), so a corpus graph is written without ever being one string. */
export function* gexfChunks(graph: SerializedNewsGraph): Generator<string> {
  const nodeColumns = schemaColumns(Object.values(NODE_LABELS));
  const edgeColumns = schemaColumns(Object.values(RELATION_TYPES));
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">',
    "  <meta><creator>newsgraph</creator><description>people, organisations, places and events found in news articles</description></meta>",
    '  <graph defaultedgetype="directed" mode="static">',
  ];
  for (const [domain, columns] of [["node", nodeColumns], ["edge", edgeColumns]] as const) {
    head.push(`    <attributes class="${domain}">`);
    for (const [name, type] of columns) head.push(`      <attribute id="${escapeAttribute(name)}" title="${escapeAttribute(name)}" type="${type}"/>`);
    head.push("    </attributes>");
  }
  head.push("    <nodes>");
  yield lines(head);
  const attvalues = (columns: Map<string, GexfType>, attributes: object) => {
    const values: string[] = [];
    for (const [name, type] of columns) {
      const encoded = encodeValue((attributes as Record<string, unknown>)[name], type);
      if (encoded !== undefined) values.push(`          <attvalue for="${escapeAttribute(name)}" value="${escapeAttribute(encoded)}"/>`);
    }
    return values.length > 0 ? ["        <attvalues>", ...values, "        </attvalues>"] : [];
  };
  for (const node of graph.nodes) {
    const attributes: Partial<NodeAttributes> = node.attributes ?? {};
    const element = [`      <node id="${escapeAttribute(node.key)}" label="${escapeAttribute(nodeLabel(node.key, node.attributes))}">`];
    element.push(...attvalues(nodeColumns, { ...attributes, key: node.key }));
    if (isNodeLabel(attributes.kind)) element.push(`        <viz:color${rgbAttributes(NODE_LABELS[attributes.kind].color)}/>`);
    element.push(`        <viz:size value="${gexfNodeSize(attributes)}"/>`);
    if (typeof attributes.x === "number" && typeof attributes.y === "number") element.push(`        <viz:position x="${attributes.x}" y="${attributes.y}" z="0"/>`);
    element.push("      </node>");
    yield lines(element);
  }
  yield lines(["    </nodes>", "    <edges>"]);
  for (const [index, edge] of graph.edges.entries()) {
    const attributes: Partial<EdgeAttributes> = edge.attributes ?? {};
    const kind = attributes.kind === undefined ? "" : ` kind="${escapeAttribute(String(attributes.kind))}"`;
    // `kind` (the relation type) keeps Gephi from folding two relations between the same pair into one edge.
    const open = `      <edge id="${escapeAttribute(edge.key ?? `e${index}`)}" source="${escapeAttribute(edge.source)}" target="${escapeAttribute(edge.target)}" label="${escapeAttribute(String(attributes.kind ?? ""))}"${kind}>`;
    yield lines([open, ...attvalues(edgeColumns, attributes), "      </edge>"]);
  }
  yield lines(["    </edges>", "  </graph>", "</gexf>"]);
}
