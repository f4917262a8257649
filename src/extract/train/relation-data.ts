// Training examples for the relation classifier from three kinds of annotated text: CoNLL04
// sentences (Roth & Yih), Re-DocRED documents (Wikipedia, Wikidata relations) and the gold
// graphs of news articles. Each text goes through the real pipeline up to entity resolution,
// so the classifier learns from the mentions, parses and errors it will see at run time; the
// annotation only labels the pairs of our mentions that line up with annotated entities.
import type { Article, ArticleDoc, Mention, Span } from "../../doc.js";
import { parseArticleText, storySpans } from "../../ingest/index.js";
import { bilouSpans } from "../../nlp/conll.js";
import { annotate } from "../../nlp/index.js";
import { resolveEntities } from "../../resolve/index.js";
import { parseTrees } from "../parse-tree.js";
import { labelRelation, RELATION_LABELS, relationCandidates, relationLabel, type ClassifiedRelation, type RelationCandidate } from "../relation-candidates.js";
import type { TrainingExample } from "../relation-model.js";
import { inWordClass } from "../word-classes.js";

export interface LabelledCandidate {
  candidate: RelationCandidate;
  example: TrainingExample;
  /** Which text it came from, for folds. */
  group: string;
}

/** A relation stated between two annotated spans or entities. */
interface AnnotatedRelation {
  relation: ClassifiedRelation;
  source: string;
  target: string;
}

/** The annotated entity each of our mentions lines up with, if any. */
type Alignment = (mention: Mention) => string | undefined;

export function analyseText(article: Article): ArticleDoc {
  const spans = storySpans(article.text);
  const doc: ArticleDoc = { article, storySpans: spans, sentences: annotate(article.text, spans), mentions: [], entities: [], events: [], relations: [] };
  resolveEntities(doc);
  return doc;
}

/** The relations an annotation scheme marks: a pair that can only carry others is not a negative example. */
type Annotated = ReadonlySet<ClassifiedRelation>;
const ALL_RELATIONS: Annotated = new Set(["AFFILIATED_WITH", "LOCATED_IN", "PART_OF"]);

function labelCandidates(doc: ArticleDoc, align: Alignment, relations: AnnotatedRelation[], group: string, weight: number, annotated: Annotated, sentenceOk: (sentence: Span) => boolean = () => true, otherwiseRelated: ReadonlySet<string> = new Set()): LabelledCandidate[] {
  const labelled: LabelledCandidate[] = [];
  const byPair = new Map(relations.map((relation) => [`${relation.source}|${relation.target}`, relation.relation]));
  for (const tree of parseTrees(doc.sentences, doc.mentions)) {
    if (!sentenceOk(doc.sentences[tree.sentence])) continue;
    for (const candidate of relationCandidates(tree, Infinity)) {
      if (!RELATION_LABELS.some((label, index) => candidate.allowed[index] && index > 0 && annotated.has(labelRelation(label)!.relation))) continue;
      const [first, second] = [align(candidate.first), align(candidate.second)];
      let label = 0;
      if (first !== undefined && second !== undefined) {
        const forward = byPair.get(`${first}|${second}`);
        const backward = byPair.get(`${second}|${first}`);
        if (forward) label = RELATION_LABELS.indexOf(relationLabel(forward, true));
        else if (backward) label = RELATION_LABELS.indexOf(relationLabel(backward, false));
        // A pair the corpus relates in a way the schema has no name for is no example of "no relation".
        else if (otherwiseRelated.has(`${first}|${second}`) || otherwiseRelated.has(`${second}|${first}`)) continue;
      }
      // An annotated relation our mention kinds cannot carry teaches nothing about these kinds.
      if (!candidate.allowed[label]) continue;
      labelled.push({ candidate, group, example: { features: candidate.features, allowed: candidate.allowed, label, weight } });
    }
  }
  return labelled;
}

/** Aligns a mention with the annotated span it overlaps most, when they share at least half of each. */
function spanAligner(spans: Array<Span & { id: string }>): Alignment {
  return (mention) => {
    let best: string | undefined;
    let bestOverlap = 0;
    for (const span of spans) {
      const overlap = Math.min(span.end, mention.end) - Math.max(span.start, mention.start);
      if (overlap * 2 >= span.end - span.start && overlap * 2 >= mention.end - mention.start && overlap > bestOverlap) {
        best = span.id;
        bestOverlap = overlap;
      }
    }
    return best;
  };
}

/** Joins tokens as the CoNLL04 scorer does, so the text is the one scored; returns each token's offset. */
export function detokenize(tokens: string[]): { text: string; starts: number[] } {
  let text = "";
  const starts: number[] = [];
  tokens.forEach((token, i) => {
    const glue = i > 0 && (/^[,.;:!?%)\]}]$/.test(token) || /^(n't|'s|'re|'ve|'ll|'d|'m)$/i.test(token) || /^[([{$]$/.test(tokens[i - 1]));
    if (i > 0 && !glue) text += " ";
    starts.push(text.length);
    text += token;
  });
  return { text, starts };
}

export interface Conll04Sentence {
  tokens: string[];
  tags: string[];
  relations: Array<{ head: number; tail: number; type: string }>;
  orig_id?: number;
}

/**
 * CoNLL04's relations in the schema: Work_For is AFFILIATED_WITH, OrgBased_In and Located_In
 * are LOCATED_IN; Live_In is LOCATED_IN, or AFFILIATED_WITH when a title joins the person to
 * the place ("Mexican President Carlos Salinas"). Kill is an event's business, not a relation.
 */
function conll04Relation(type: string, titled: boolean): ClassifiedRelation | undefined {
  if (type === "Work_For") return "AFFILIATED_WITH";
  if (type === "Live_In") return titled ? "AFFILIATED_WITH" : "LOCATED_IN";
  if (type === "OrgBased_In" || type === "Located_In") return "LOCATED_IN";
  return undefined;
}

export function conll04Examples(sentences: Conll04Sentence[], weight: number): LabelledCandidate[] {
  return sentences.flatMap((sentence, index) => {
    const { text, starts } = detokenize(sentence.tokens);
    const entities = bilouSpans(sentence.tags);
    const spans = entities.map((entity, id) => ({ id: String(id), start: starts[entity.start], end: starts[entity.end - 1] + sentence.tokens[entity.end - 1].length }));
    const titled = (from: number, to: number) => sentence.tokens.slice(Math.min(from, to), Math.max(from, to)).some((token) => inWordClass("title", token.toLowerCase()));
    const relations = sentence.relations.flatMap((relation) => {
      const [head, tail] = [entities[relation.head], entities[relation.tail]];
      const kind = conll04Relation(relation.type, titled(head.start, tail.end) || titled(tail.start, head.end));
      return kind ? [{ relation: kind, source: String(relation.head), target: String(relation.tail) }] : [];
    });
    const doc = analyseText({ id: `conll04-${sentence.orig_id ?? index}`, text, date: null });
    // CoNLL04 has no relation between organisations: its pairs of organisations teach nothing.
    return labelCandidates(doc, spanAligner(spans), relations, `conll04-${index}`, weight, new Set(["AFFILIATED_WITH", "LOCATED_IN"]));
  });
}

export interface ReDocRedDocument {
  title: string;
  sents: string[][];
  vertexSet: Array<Array<{ pos: [number, number]; sent_id: number; type: string; name: string }>>;
  labels: Array<{ h: number; t: number; r: string; evidence: number[] }>;
}

/** Wikidata properties that are schema relations, head to tail, or tail to head where reversed. */
const WIKIDATA_RELATIONS: Record<string, { relation: ClassifiedRelation; reversed?: boolean }> = {
  P108: { relation: "AFFILIATED_WITH" }, // employer
  P463: { relation: "AFFILIATED_WITH" }, // member of
  P102: { relation: "AFFILIATED_WITH" }, // member of political party
  P54: { relation: "AFFILIATED_WITH" }, // member of sports team
  P69: { relation: "AFFILIATED_WITH" }, // educated at
  P6: { relation: "AFFILIATED_WITH", reversed: true }, // head of government
  P35: { relation: "AFFILIATED_WITH", reversed: true }, // head of state
  P488: { relation: "AFFILIATED_WITH", reversed: true }, // chairperson
  P551: { relation: "LOCATED_IN" }, // residence
  P131: { relation: "LOCATED_IN" }, // located in the administrative territorial entity
  P17: { relation: "LOCATED_IN" }, // country
  P159: { relation: "LOCATED_IN" }, // headquarters location
  P276: { relation: "LOCATED_IN" }, // location
  P706: { relation: "LOCATED_IN" }, // located on terrain feature
  P150: { relation: "LOCATED_IN", reversed: true }, // contains administrative territorial entity
  P36: { relation: "LOCATED_IN", reversed: true }, // capital
  P1376: { relation: "LOCATED_IN" }, // capital of
  P112: { relation: "AFFILIATED_WITH", reversed: true }, // founded by
  P749: { relation: "PART_OF" }, // parent organisation
  P361: { relation: "PART_OF" }, // part of
  P355: { relation: "PART_OF", reversed: true }, // subsidiary
  P527: { relation: "PART_OF", reversed: true }, // has part
};

export function reDocRedExamples(documents: ReDocRedDocument[], weight: number): LabelledCandidate[] {
  return documents.flatMap((document, index) => {
    const sentences = document.sents.map(detokenize);
    const sentenceStarts: number[] = [];
    let text = "";
    for (const sentence of sentences) {
      if (text) text += " ";
      sentenceStarts.push(text.length);
      text += sentence.text;
    }
    const spans = document.vertexSet.flatMap((vertex, id) =>
      vertex.map((mention) => {
        const sentence = sentences[mention.sent_id];
        const words = document.sents[mention.sent_id];
        const base = sentenceStarts[mention.sent_id];
        return { id: String(id), sentence: mention.sent_id, start: base + sentence.starts[mention.pos[0]], end: base + sentence.starts[mention.pos[1] - 1] + words[mention.pos[1] - 1].length };
      }),
    );
    // A relation is taught only in the sentences given as its evidence: elsewhere both may be named without it being said.
    const relations: AnnotatedRelation[] = [];
    const evidenced = new Set<number>();
    const otherwiseRelated = new Set<string>();
    for (const label of document.labels) {
      const mapped = WIKIDATA_RELATIONS[label.r];
      if (!mapped) {
        otherwiseRelated.add(`${label.h}|${label.t}`);
        continue;
      }
      const [source, target] = mapped.reversed ? [label.t, label.h] : [label.h, label.t];
      relations.push({ relation: mapped.relation, source: String(source), target: String(target) });
      for (const sentence of label.evidence) evidenced.add(sentence);
    }
    const doc = analyseText({ id: `redocred-${index}`, text, date: null });
    const sentenceOf = (span: Span) => sentenceStarts.findLastIndex((start) => start <= span.start);
    // Sentences with no evidence of a mapped relation still teach what is not one.
    // A person and a place: Wikipedia tells births, deaths and citizenship where news tells residence and office, so it teaches neither way.
    return labelCandidates(doc, spanAligner(spans), relations, `redocred-${index}`, weight, ALL_RELATIONS, (sentence) => evidenced.has(sentenceOf(sentence)) || document.labels.every((label) => !label.evidence.includes(sentenceOf(sentence))), otherwiseRelated)
      .filter(({ candidate }) => !isPersonAndPlace(candidate));
  });
}

const isPersonAndPlace = ({ first, second }: RelationCandidate) => new Set([first.kind, second.kind]).size === 2 && [first.kind, second.kind].every((kind) => kind === "Person" || kind === "Place");

export interface GoldGraph {
  id: string;
  date: string | null;
  text: string;
  entities: Array<{ id: string; type: string; name: string; aliases?: string[] }>;
  relations: Array<{ type: string; source: string; target: string }>;
}

/** Surface forms compared as the gold scorer compares them: no case, accents, possessive or punctuation. */
export function normalizeName(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’]s\b/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim().replace(/^the /, "");
}

export function goldExamples(graph: GoldGraph, weight: number): LabelledCandidate[] {
  const parsed = parseArticleText((graph.date ? `date ${graph.date} ` : "") + graph.text, graph.id, graph.id);
  if ("problem" in parsed) throw new Error(`${graph.id}: ${parsed.problem}`);
  const doc = analyseText(parsed);
  const goldOf = new Map<string, string>();
  for (const entity of graph.entities) for (const form of [entity.name, ...(entity.aliases ?? [])]) goldOf.set(normalizeName(form), entity.id);
  // Our entity lines up with the gold entity that owns one of its surface forms.
  const entityGold = new Map<string, string>();
  for (const entity of doc.entities) {
    const gold = [entity.name, ...entity.aliases, ...entity.mentions.map((mention) => mention.text)].map((form) => goldOf.get(normalizeName(form))).find(Boolean);
    if (gold) entityGold.set(entity.key, gold);
  }
  const relations = graph.relations.filter((relation) => ["AFFILIATED_WITH", "LOCATED_IN", "PART_OF"].includes(relation.type)).map((relation) => ({ relation: relation.type as ClassifiedRelation, source: relation.source, target: relation.target }));
  return labelCandidates(doc, (mention) => entityGold.get(mention.entity!), relations, graph.id, weight, ALL_RELATIONS);
}
