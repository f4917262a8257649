// What the page carries, and how it is made from a built graph (on the Node side, when the
// page is written). The graph part is small and read at once: node attributes without their
// evidence, edges as node indices. Evidence is the bulk of a corpus graph (on BBC news, every
// mention's sentence repeated per node and per edge: 55 MB); here each distinct sentence is
// stored once and the page parses it only when a panel first needs it.
import type { SerializedGraph } from "graphology-types";
import { RELATION_TYPE_NAMES, type EdgeAttributes, type Evidence, type NodeAttributes, type NodeLabel, type RelationType } from "../graph-schema/index.js";
import { eventHeadline, eventTopic, type EventFacts, type Participant, type VerbMorphology } from "./event-headline.js";

/** A node as the viewer keeps it: the schema's attributes less evidence and bookkeeping, plus its headline (events). */
export type ViewerNodeAttributes = Omit<NodeAttributes, "evidence" | "contentHash" | "mergedFrom" | "source" | "words"> & {
  /** What an event's label says: "Blair criticises Howard over asylum". */
  headline?: string;
};

export interface ViewerEdgeAttributes {
  kind: RelationType;
  role?: string;
  confidence: number;
}

export interface ViewerNodeRecord {
  key: string;
  attributes: ViewerNodeAttributes;
}

/** [source node index, target node index, index in RELATION_TYPE_NAMES, confidence, role]. */
export type ViewerEdgeRecord = [number, number, number, number, string?];

export interface ViewerGraphData {
  nodes: ViewerNodeRecord[];
  edges: ViewerEdgeRecord[];
}

/** Fields of one evidence item in the flat arrays of EvidenceData. */
export const EVIDENCE_FIELDS = 4;

export interface EvidenceData {
  sentences: string[];
  articles: string[];
  /**
   * Per node, in node order, then per edge, in edge order: flat runs of
   * [sentence index, article index, mark start, mark end], the mark being where the node (for an
   * edge, its entity end: the source, or the target when the source is an event) is named in the
   * sentence, or -1, -1 when it could not be found.
   */
  nodes: number[][];
  edges: number[][];
}

const kindIndex = new Map(RELATION_TYPE_NAMES.map((kind, index) => [kind, index]));

/**
 * Where a node is named in a sentence: the surface form (name or alias) whose length is the
 * mention's (end - start, when known), else the longest form found; case-sensitive first.
 */
export function findMention(sentence: string, forms: readonly string[], mentionLength = -1): [number, number] | null {
  const candidates = [...forms].filter(Boolean).sort((a, b) => Number(b.length === mentionLength) - Number(a.length === mentionLength) || b.length - a.length);
  const lower = sentence.toLowerCase();
  for (const caseSensitive of [true, false]) {
    for (const form of candidates) {
      const at = caseSensitive ? sentence.indexOf(form) : lower.indexOf(form.toLowerCase());
      if (at >= 0) return [at, at + form.length];
    }
  }
  return null;
}

class EvidenceTables {
  readonly sentences: string[] = [];
  readonly articles: string[] = [];
  private readonly sentenceIndex = new Map<string, number>();
  private readonly articleIndex = new Map<string, number>();

  /** The flat run for a list of evidence, marking where one of `forms` is named. */
  encode(evidence: readonly Evidence[] | undefined, forms: readonly string[], mentionLengths: boolean): number[] {
    const run: number[] = [];
    const seen = new Set<number>();
    for (const item of evidence ?? []) {
      const sentence = this.index(this.sentenceIndex, this.sentences, item.sentence);
      // A sentence naming a node twice is recorded twice; once is enough to read it.
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      const mark = findMention(item.sentence, forms, mentionLengths ? item.end - item.start : -1) ?? [-1, -1];
      run.push(sentence, this.index(this.articleIndex, this.articles, item.article), mark[0], mark[1]);
    }
    return run;
  }

  private index(map: Map<string, number>, list: string[], value: string): number {
    let index = map.get(value);
    if (index === undefined) {
      index = list.length;
      list.push(value);
      map.set(value, index);
    }
    return index;
  }
}

const round = (value: number | undefined, scale: number): number | undefined => (value === undefined ? undefined : Math.round(value * scale) / scale);

const surfaceForms = (attributes: NodeAttributes): string[] => [attributes.name, ...(attributes.aliases ?? [])];

/** The facts of each event, gathered from its edges. */
function eventFacts(graph: SerializedGraph<NodeAttributes, EdgeAttributes>, verbs: VerbMorphology): Map<string, EventFacts> {
  const attributesOf = new Map(graph.nodes.map((node) => [node.key, node.attributes!]));
  const facts = new Map<string, EventFacts>();
  for (const { key, attributes } of graph.nodes) {
    if (attributes?.kind !== "Event") continue;
    facts.set(key, { name: attributes.name, eventType: attributes.eventType, date: attributes.date, agents: [], objects: [], places: [], topics: [] });
  }
  const participant = (key: string): Participant => ({ name: attributesOf.get(key)!.name, kind: attributesOf.get(key)!.kind as NodeLabel });
  for (const { source, target, attributes } of graph.edges) {
    if (!attributes) continue;
    if (attributes.kind === "PARTICIPANT") {
      const role = attributes.role;
      if (role === "agent") facts.get(target)?.agents.push(participant(source));
      else if (role === "victim" || role === "target") facts.get(target)?.objects.push(participant(source));
    } else if (attributes.kind === "OCCURRED_IN") {
      facts.get(source)?.places.push(attributesOf.get(target)!.name);
    } else if (attributes.kind === "ABOUT") {
      const about = attributesOf.get(target)!;
      const topic = about.kind === "Event" ? eventTopic(about.name, verbs) : about.name;
      if (topic) facts.get(source)?.topics.push(topic);
    }
  }
  return facts;
}

/** The page's data for a built graph: the light graph, and the evidence tables read lazily. */
export function buildViewerData(graph: SerializedGraph<NodeAttributes, EdgeAttributes>, verbs: VerbMorphology): { graph: ViewerGraphData; evidence: EvidenceData } {
  const tables = new EvidenceTables();
  const facts = eventFacts(graph, verbs);
  const nodeIndex = new Map<string, number>();
  const nodes: ViewerNodeRecord[] = [];
  const nodeEvidence: number[][] = [];
  for (const { key, attributes } of graph.nodes) {
    if (!attributes) throw new Error(`viewer data: node ${key} has no attributes`);
    const { evidence, contentHash: _hash, mergedFrom: _merged, source: _source, words: _words, ...kept } = attributes;
    const event = facts.get(key);
    nodeIndex.set(key, nodes.length);
    // Positions to a hundredth of a layout unit (a pixel is several); an event's aliases are its trigger words ("said"), noise in search.
    const placed = { ...kept, x: round(kept.x, 100), y: round(kept.y, 100) };
    nodes.push({ key, attributes: event ? { ...placed, aliases: [], headline: eventHeadline(event, verbs) } : placed });
    nodeEvidence.push(tables.encode(evidence, surfaceForms(attributes), true));
  }
  const forms = new Map(graph.nodes.map((node) => [node.key, surfaceForms(node.attributes!)]));
  const kindOf = new Map(graph.nodes.map((node) => [node.key, node.attributes!.kind]));
  const edges: ViewerEdgeRecord[] = [];
  const edgeEvidence: number[][] = [];
  for (const { source, target, attributes } of graph.edges) {
    if (!attributes) throw new Error(`viewer data: edge ${source} → ${target} has no attributes`);
    const record: ViewerEdgeRecord = [nodeIndex.get(source)!, nodeIndex.get(target)!, kindIndex.get(attributes.kind)!, round(attributes.confidence, 100)!];
    if (attributes.role) record.push(attributes.role);
    edges.push(record);
    // An article's MENTIONS edge repeats the node's own evidence; the panel reads that instead.
    const entityEnd = kindOf.get(source) === "Event" ? target : source;
    edgeEvidence.push(attributes.kind === "MENTIONS" ? [] : tables.encode(attributes.evidence, forms.get(entityEnd)!, false));
  }
  return { graph: { nodes, edges }, evidence: { sentences: tables.sentences, articles: tables.articles, nodes: nodeEvidence, edges: edgeEvidence } };
}
