// GraphML export with typed attribute keys taken from graph-schema, readable by Gephi,
// yEd, Cytoscape and networkx as it is. graphology-graphml only parses, so the XML is
// written with xmlbuilder2. Lists and evidence are JSON-encoded strings (GraphML has no
// list type), and the graph is purely directed (networkx cannot read mixed graphs).
import { create } from "xmlbuilder2";
import { NODE_LABELS, RELATION_TYPES, type PropertySpec, type PropertyType } from "../../graph-schema/index.js";
import type { SerializedNewsGraph } from "../graph/index.js";

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

/** Every property the schema defines for nodes (plus layout positions) or edges, one GraphML key each. */
function schemaKeys(): { node: Map<string, KeySpec>; edge: Map<string, KeySpec> } {
  const node = new Map<string, KeySpec>();
  const edge = new Map<string, KeySpec>();
  const add = (into: Map<string, KeySpec>, prefix: string, name: string, type: GraphmlType) => {
    if (!into.has(name)) into.set(name, { id: `${prefix}_${name}`, name, type });
  };
  for (const label of Object.values(NODE_LABELS)) {
    for (const [name, spec] of Object.entries<PropertySpec>(label.properties)) if (name !== "key") add(node, "n", name, GRAPHML_TYPE[spec.type]);
  }
  add(node, "n", "x", "double");
  add(node, "n", "y", "double");
  for (const relation of Object.values(RELATION_TYPES)) {
    for (const [name, spec] of Object.entries<PropertySpec>(relation.properties)) add(edge, "e", name, GRAPHML_TYPE[spec.type]);
  }
  return { node, edge };
}

// Characters XML 1.0 cannot hold, even escaped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function encodeValue(value: unknown, type: GraphmlType): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (type === "string") return (typeof value === "string" ? value : JSON.stringify(value)).replace(NOT_XML, "\uFFFD");
  return String(value);
}

export function toGraphML(graph: SerializedNewsGraph): string {
  const keys = schemaKeys();
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("graphml", {
    xmlns: "http://graphml.graphdrawing.org/xmlns",
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xsi:schemaLocation": "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
  });
  for (const [domain, specs] of [["node", keys.node], ["edge", keys.edge]] as const) {
    for (const spec of specs.values()) {
      root.ele("key", { id: spec.id, for: domain, "attr.name": spec.name, "attr.type": spec.type });
    }
  }
  const body = root.ele("graph", { id: "newsgraph", edgedefault: "directed" });
  const writeData = (element: ReturnType<typeof root.ele>, specs: Map<string, KeySpec>, attributes: object) => {
    for (const [name, value] of Object.entries(attributes)) {
      const spec = specs.get(name);
      const encoded = spec && encodeValue(value, spec.type);
      if (spec && encoded !== undefined) element.ele("data", { key: spec.id }).txt(encoded);
    }
  };
  for (const node of graph.nodes) {
    writeData(body.ele("node", { id: encodeValue(node.key, "string") }), keys.node, node.attributes ?? {});
  }
  for (const edge of graph.edges) {
    const element = body.ele("edge", {
      ...(edge.key ? { id: encodeValue(edge.key, "string") } : {}),
      source: encodeValue(edge.source, "string"),
      target: encodeValue(edge.target, "string"),
    });
    writeData(element, keys.edge, edge.attributes ?? {});
  }
  return root.end({ prettyPrint: true });
}
