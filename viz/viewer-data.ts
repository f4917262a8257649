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

/**
 * Each distinct sentence and article once, by index. The tables are filled by a first pass over
 * the evidence (register), in the order the runs are then made (encode), so that the page can
 * write them before the runs without holding every run at once.
 */
class EvidenceTables {
  readonly sentences: string[] = [];
  readonly articles: string[] = [];
  private readonly sentenceIndex = new Map<string, number>();
  private readonly articleIndex = new Map<string, number>();

  register(evidence: readonly Evidence[] | undefined): void {
    for (const item of this.oncePerSentence(evidence)) this.index(this.articleIndex, this.articles, item.article);
  }

  /** The flat run for a list of evidence, marking where one of `forms` is named. */
  encode(evidence: readonly Evidence[] | undefined, forms: readonly string[], mentionLengths: boolean): number[] {
    const run: number[] = [];
    for (const item of this.oncePerSentence(evidence)) {
      const mark = findMention(item.sentence, forms, mentionLengths ? item.end - item.start : -1) ?? [-1, -1];
      run.push(this.sentenceIndex.get(item.sentence)!, this.articleIndex.get(item.article)!, mark[0], mark[1]);
    }
    return run;
  }

  /** The items whose sentence the list has not had yet: a sentence naming a node twice is recorded twice, and once is enough to read it. */
  private *oncePerSentence(evidence: readonly Evidence[] | undefined): Generator<Evidence> {
    const seen = new Set<number>();
    for (const item of evidence ?? []) {
      const sentence = this.index(this.sentenceIndex, this.sentences, item.sentence);
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      yield item;
    }
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
function eventFacts(graph: SerializedGraph<NodeAttributes, EdgeAttributes>, attributesOf: ReadonlyMap<string, NodeAttributes>, verbs: VerbMorphology): Map<string, EventFacts> {
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

/**
 * The page's data as buildViewerData gives it, with every node and edge record and every evidence
 * run made only when it is asked for, in order: a corpus graph's records and runs, all held at
 * once, were gigabytes. Only the sentence and article tables are whole.
 */
export interface ViewerDataPieces {
  graph: { nodes: Iterable<ViewerNodeRecord>; edges: Iterable<ViewerEdgeRecord> };
  evidence: { sentences: string[]; articles: string[]; nodes: Iterable<number[]>; edges: Iterable<number[]> };
}

/** An article's MENTIONS edge repeats the node's own evidence; the panel reads that instead. */
const hasOwnEvidence = (attributes: EdgeAttributes): boolean => attributes.kind !== "MENTIONS";

export function viewerDataPieces(graph: SerializedGraph<NodeAttributes, EdgeAttributes>, verbs: VerbMorphology): ViewerDataPieces {
  const attributesOf = new Map<string, NodeAttributes>();
  const nodeIndex = new Map<string, number>();
  for (const { key, attributes } of graph.nodes) {
    if (!attributes) throw new Error(`viewer data: node ${key} has no attributes`);
    nodeIndex.set(key, attributesOf.size);
    attributesOf.set(key, attributes);
  }
  for (const { source, target, attributes } of graph.edges) {
    if (!attributes) throw new Error(`viewer data: edge ${source} → ${target} has no attributes`);
  }
  const facts = eventFacts(graph, attributesOf, verbs);
  const tables = new EvidenceTables();
  for (const { attributes } of graph.nodes) tables.register(attributes!.evidence);
  for (const { attributes } of graph.edges) if (hasOwnEvidence(attributes!)) tables.register(attributes!.evidence);
  // An edge's mark is where its entity end is named: the source, or the target when the source is an event.
  const entityEnd = (source: string, target: string) => attributesOf.get(attributesOf.get(source)!.kind === "Event" ? target : source)!;
  return {
    graph: {
      nodes: each(function* () {
        for (const { key, attributes } of graph.nodes) {
          const { evidence: _evidence, contentHash: _hash, mergedFrom: _merged, source: _source, words: _words, ...kept } = attributes!;
          const event = facts.get(key);
          // Positions to a hundredth of a layout unit (a pixel is several); an event's aliases are its trigger words ("said"), noise in search.
          const placed = { ...kept, x: round(kept.x, 100), y: round(kept.y, 100) };
          yield { key, attributes: event ? { ...placed, aliases: [], headline: eventHeadline(event, verbs) } : placed };
        }
      }),
      edges: each(function* () {
        for (const { source, target, attributes } of graph.edges) {
          const record: ViewerEdgeRecord = [nodeIndex.get(source)!, nodeIndex.get(target)!, kindIndex.get(attributes!.kind)!, round(attributes!.confidence, 100)!];
          if (attributes!.role) record.push(attributes!.role);
          yield record;
        }
      }),
    },
    evidence: {
      sentences: tables.sentences,
      articles: tables.articles,
      nodes: each(function* () {
        for (const { attributes } of graph.nodes) yield tables.encode(attributes!.evidence, surfaceForms(attributes!), true);
      }),
      edges: each(function* () {
        for (const { source, target, attributes } of graph.edges) yield hasOwnEvidence(attributes!) ? tables.encode(attributes!.evidence, surfaceForms(entityEnd(source, target)), false) : [];
      }),
    },
  };
}

/** Iterable as often as asked, each time from the start. */
const each = <T>(items: () => Generator<T>): Iterable<T> => ({ [Symbol.iterator]: items });

/** The page's data for a built graph, whole: the light graph, and the evidence tables read lazily. */
export function buildViewerData(graph: SerializedGraph<NodeAttributes, EdgeAttributes>, verbs: VerbMorphology): { graph: ViewerGraphData; evidence: EvidenceData } {
  const pieces = viewerDataPieces(graph, verbs);
  return {
    graph: { nodes: [...pieces.graph.nodes], edges: [...pieces.graph.edges] },
    evidence: { ...pieces.evidence, nodes: [...pieces.evidence.nodes], edges: [...pieces.evidence.edges] },
  };
}
