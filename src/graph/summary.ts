// A readable summary of a graph: counts by kind and relation type, the most-mentioned
// entities, and the events with their dates.
import { NODE_LABEL_NAMES, RELATION_TYPE_NAMES } from "../../graph-schema/index.js";
import type { NewsGraph } from "./index.js";

export function summarise(graph: NewsGraph, topPerKind = 5): string {
  const lines: string[] = [];
  const nodeCounts = new Map<string, number>();
  graph.forEachNode((_, attributes) => nodeCounts.set(attributes.kind, (nodeCounts.get(attributes.kind) ?? 0) + 1));
  const edgeCounts = new Map<string, number>();
  graph.forEachEdge((_, attributes) => edgeCounts.set(attributes.kind, (edgeCounts.get(attributes.kind) ?? 0) + 1));

  lines.push(`${graph.order} nodes, ${graph.size} relationships`, "", "Nodes by kind:");
  for (const kind of NODE_LABEL_NAMES) lines.push(`  ${kind.padEnd(14)} ${nodeCounts.get(kind) ?? 0}`);
  lines.push("", "Relationships by type:");
  for (const type of RELATION_TYPE_NAMES) lines.push(`  ${type.padEnd(16)} ${edgeCounts.get(type) ?? 0}`);

  for (const kind of ["Person", "Organization", "Place", "Group"] as const) {
    const top = graph
      .filterNodes((_, attributes) => attributes.kind === kind)
      .map((key) => graph.getNodeAttributes(key))
      .sort((a, b) => (b.mentions ?? 0) - (a.mentions ?? 0) || a.name.localeCompare(b.name))
      .slice(0, topPerKind);
    if (top.length === 0) continue;
    lines.push("", `Top ${kind === "Person" ? "people" : `${kind.toLowerCase()}s`}:`);
    for (const node of top) {
      const aliases = node.aliases?.length ? ` (also ${node.aliases.slice(0, 4).join(", ")})` : "";
      lines.push(`  ${String(node.mentions ?? 0).padStart(4)}  ${node.name}${aliases}`);
    }
  }
  const events = graph
    .filterNodes((_, attributes) => attributes.kind === "Event")
    .map((key) => ({ key, ...graph.getNodeAttributes(key) }))
    .sort((a, b) => (b.mentions ?? 0) - (a.mentions ?? 0))
    .slice(0, 10);
  if (events.length > 0) {
    lines.push("", "Events:");
    for (const event of events) {
      lines.push(`  ${(event.date ?? "date unknown").padEnd(12)} ${event.eventType?.padEnd(13)} ${event.name}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
