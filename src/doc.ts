// The one document object that ingest creates and every stage annotates, in order:
// sentences and tokens (nlp) → mentions (nlp + resolve) → entities (resolve) →
// events and relations (extract). A stage can be tested alone on a hand-made doc.
import type { EntityLabel, EventType, ParticipantRole, RelationType } from "../graph-schema/index.js";
import type { NameEvidence } from "./resolve/outside.js";

export interface Article {
  id: string;
  text: string;
  /** ISO day from the dateline or the feed; null when unknown. */
  date: string | null;
  title?: string;
  /** The file or feed the article came from. */
  source?: string;
}

/** A half-open character range [start, end) in the article text. */
export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
  /** Penn Treebank part-of-speech tag (the NER tagger's, which extraction was written against). */
  pos: string;
  /** IOB2 named-entity tag: O, B-PER, I-ORG, … */
  ner: string;
  /** Universal Dependencies part of speech (NOUN, PROPN, VERB, AUX, …). */
  upos: string;
  lemma: string;
  /** Index of the syntactic head within the sentence; -1 for the root of the sentence. */
  head: number;
  /** Universal Dependencies relation to the head, with subtypes ("nsubj:pass", "obl:agent"). */
  deprel: string;
}

export interface Sentence extends Span {
  text: string;
  tokens: Token[];
}

export type MentionKind = EntityLabel;

/** A surface form in one sentence that names an entity. */
export interface Mention extends Span {
  kind: MentionKind;
  text: string;
  sentence: number;
  /** Token range [tokenStart, tokenEnd) within the sentence. */
  tokenStart: number;
  tokenEnd: number;
  confidence: number;
  /** Set by resolution: the key of the entity it refers to. */
  entity?: string;
}

/** One real thing within an article, with all its mentions. */
export interface Entity {
  key: string;
  kind: MentionKind;
  name: string;
  aliases: string[];
  mentions: Mention[];
  confidence: number;
}

export interface EventMention {
  key: string;
  eventType: EventType;
  name: string;
  /** Trigger words or phrases that name the event. */
  aliases: string[];
  date: string | null;
  /** Every place in the text that names or reports it, first one first. */
  triggers: Array<Span & { sentence: number }>;
  confidence: number;
}

export interface RelationMention {
  kind: RelationType;
  source: string;
  target: string;
  role?: ParticipantRole | string;
  sentence: number;
  span: Span;
  confidence: number;
}

export interface ArticleDoc {
  article: Article;
  /** Parts of the text that belong to the story (teasers, bylines and credits left out). */
  storySpans: Span[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  events: EventMention[];
  relations: RelationMention[];
  /**
   * One-word names resolution took to lie outside the schema ("the Colts" tagged as a product). No
   * entity of the article; a corpus build may still find one is the short name of an organisation
   * other articles name in full.
   */
  outsideNames?: OutsideName[];
  /**
   * The names whose kind resolution weighed on their evidence of lying outside the schema (names only the
   * tagger found), with that evidence and what the article decided, for the corpus to weigh them again
   * over all the articles that use them.
   */
  judgedNames?: JudgedName[];
  /**
   * Set by resolution: the person each personal pronoun ("he", "her", …) stands for, and the
   * organisation each "the company", "the bank" … does.
   */
  pronouns?: PronounReference[];
  /** Set by resolution: the happenings the text names, left out of the entities for the events to read. */
  eventNames?: EventName[];
  /** Set by resolution: the names each phrase that counts a group ("the four", "the two men") stands for. */
  groups?: GroupReference[];
}

/** A happening the text names ("the Australian Open"), and where: an event, not an entity. */
export interface EventName {
  name: string;
  eventType: EventType;
  mentions: Array<Span & Pick<Mention, "sentence" | "tokenStart" | "tokenEnd" | "text">>;
}

/** A phrase that counts a group ("the four", "the ten former directors"), by sentence and its head token, and its members. */
export interface GroupReference {
  sentence: number;
  token: number;
  /** One mention of each member, where the text lists them. */
  members: Mention[];
}

/** A personal pronoun or an organisation noun, by sentence and token, and the entity it stands for. */
export interface PronounReference {
  sentence: number;
  token: number;
  /** The entity's last mention before it. */
  antecedent: Mention;
}

/** A name the article judged on its evidence of lying outside the schema, and the judgement. */
export interface JudgedName extends NameEvidence {
  /** The name, normalised as node keys are (`normaliseName`). */
  form: string;
  /** The article left it outside the schema. */
  outside: boolean;
  /**
   * The article's own words made it an entity of another kind than the evidence and the tagger gave:
   * introduced as a firm, a place before its region, one name in a list of people.
   */
  settled: boolean;
  /** The kind they settled on, where they did. */
  settledKind?: MentionKind;
  /** The article's own words made it a work: "the film Sideways", "boxing drama Million Dollar Baby". */
  introducedAsWork: boolean;
}

/** A name outside the schema and where the article uses it. */
export interface OutsideName {
  name: string;
  mentions: Array<Span & { sentence: number }>;
  /** Left out only because the article never writes it as the place the tagger took it for: an organisation of the corpus so named may claim it. */
  unplacedName?: boolean;
}
