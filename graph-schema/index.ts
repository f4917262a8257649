// The one definition of newsgraph's graph: node labels, relation types, their
// properties and constraints. Code types, validation, the exporters, the Neo4j
// writer (constraints included) and the viewer's legend are all derived from here,
// so a new label or relation is added in this file and nowhere else.

/** Property value types, as stored in the graphology graph (JSON) and mapped to Neo4j/GraphML. */
export type PropertyType = "string" | "string[]" | "integer" | "float" | "date" | "boolean" | "evidence[]";

export interface PropertySpec {
  readonly type: PropertyType;
  readonly required: boolean;
  readonly description: string;
}

/** Properties every entity node carries, whatever its label. */
const ENTITY_PROPERTIES = {
  key: { type: "string", required: true, description: "stable key: kind + normalised canonical name; unique per label" },
  kind: { type: "string", required: true, description: "the node label (never sigma's reserved `type`)" },
  name: { type: "string", required: true, description: "canonical name" },
  aliases: { type: "string[]", required: true, description: "other surface forms seen in the text" },
  mentions: { type: "integer", required: true, description: "how many times the articles mention it" },
  confidence: { type: "float", required: true, description: "extraction confidence in [0, 1]" },
  evidence: { type: "evidence[]", required: true, description: "where it was found: article, sentence, offsets" },
  mergedFrom: { type: "string[]", required: false, description: "nodes joined into this one across articles: \"<key> (<rule>)\"" },
} as const satisfies Record<string, PropertySpec>;

export const NODE_LABELS = {
  Person: {
    description: "a named individual",
    color: "#e4572e",
    properties: ENTITY_PROPERTIES,
  },
  Organization: {
    description: "a named organisation, company, agency, party, armed group, court, media outlet or government body",
    color: "#2e86ab",
    properties: ENTITY_PROPERTIES,
  },
  Place: {
    description: "a named geopolitical or geographic location",
    color: "#3bb273",
    properties: ENTITY_PROPERTIES,
  },
  Group: {
    description: "a named ethnic, religious or national group",
    color: "#9b5de5",
    properties: ENTITY_PROPERTIES,
  },
  Event: {
    description: "a specific happening the article reports",
    color: "#f4a259",
    properties: {
      ...ENTITY_PROPERTIES,
      eventType: { type: "string", required: true, description: "one of EVENT_TYPES" },
      date: { type: "date", required: false, description: "ISO day the event happened, null when unknown" },
    },
  },
  Article: {
    description: "a news article, the source of every fact",
    color: "#8d99ae",
    properties: {
      key: { type: "string", required: true, description: "Article:<id>" },
      kind: { type: "string", required: true, description: "always Article" },
      name: { type: "string", required: true, description: "title, or the id when there is none" },
      articleId: { type: "string", required: true, description: "the article's id" },
      title: { type: "string", required: false, description: "headline" },
      date: { type: "date", required: false, description: "publication day (the dateline)" },
      source: { type: "string", required: false, description: "the file or feed it came from" },
      contentHash: { type: "string", required: true, description: "sha256 of the text, to recognise an article already stored" },
      words: { type: "integer", required: true, description: "word count of the story" },
    },
  },
} as const satisfies Record<string, { description: string; color: string; properties: Record<string, PropertySpec> }>;

export type NodeLabel = keyof typeof NODE_LABELS;
export type EntityLabel = Exclude<NodeLabel, "Article" | "Event">;
export const NODE_LABEL_NAMES = Object.keys(NODE_LABELS) as NodeLabel[];
export const ENTITY_LABELS: readonly EntityLabel[] = ["Person", "Organization", "Place", "Group"];

const EDGE_COMMON = {
  kind: { type: "string", required: true, description: "the relation type" },
  confidence: { type: "float", required: true, description: "extraction confidence in [0, 1]" },
  evidence: { type: "evidence[]", required: true, description: "where it was found: article, sentence, offsets" },
} as const satisfies Record<string, PropertySpec>;

const ROLE = (description: string): PropertySpec => ({ type: "string", required: false, description });

export const PARTICIPANT_ROLES = ["agent", "victim", "target", "other"] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const RELATION_TYPES = {
  AFFILIATED_WITH: {
    description: "holds a position in, works for, is a member of, leads, represents",
    from: ["Person"],
    to: ["Organization", "Place"],
    properties: { ...EDGE_COMMON, role: ROLE("the position, when the text gives one: Secretary-General, Prime Minister") },
  },
  PART_OF: {
    description: "a body, branch or subsidiary of",
    from: ["Organization"],
    to: ["Organization"],
    properties: EDGE_COMMON,
  },
  LOCATED_IN: {
    description: "geographic containment; seat, base or residence",
    from: ["Place", "Organization", "Person", "Group"],
    to: ["Place"],
    properties: EDGE_COMMON,
  },
  OCCURRED_IN: {
    description: "where the event happened",
    from: ["Event"],
    to: ["Place"],
    properties: EDGE_COMMON,
  },
  PARTICIPANT: {
    description: "took part in the event",
    from: ["Person", "Organization", "Place", "Group"],
    to: ["Event"],
    properties: { ...EDGE_COMMON, role: ROLE("agent | victim | target | other") },
  },
  ABOUT: {
    description: "a statement, protest, demand or investigation concerning it",
    from: ["Event"],
    to: ["Event", "Person", "Organization", "Place", "Group"],
    properties: EDGE_COMMON,
  },
  MENTIONS: {
    description: "the article mentions it",
    from: ["Article"],
    to: ["Person", "Organization", "Place", "Group", "Event"],
    properties: { ...EDGE_COMMON, count: { type: "integer", required: true, description: "mentions in this article" } },
  },
} as const satisfies Record<
  string,
  { description: string; from: readonly NodeLabel[]; to: readonly NodeLabel[]; properties: Record<string, PropertySpec> }
>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export const EVENT_TYPES = [
  "Attack", "Killing", "Injury", "Arrest", "Trial", "Sentence", "Protest", "Statement", "Demand", "Meeting",
  "Visit", "Agreement", "Election", "Appointment", "Resignation", "Disaster", "Accident", "Legislation",
  "Investigation", "Other",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Where a fact was found: the article, the sentence, and the character offsets of the mention in the article text. */
export interface Evidence {
  article: string;
  sentence: string;
  start: number;
  end: number;
}

/** Node attributes in the graphology graph. Optional fields are absent on labels that lack them. */
export interface NodeAttributes {
  kind: NodeLabel;
  name: string;
  aliases?: string[];
  mentions?: number;
  confidence?: number;
  evidence?: Evidence[];
  /** Keys of the nodes corpus resolution joined into this one, each with its rule: "Person:blair (surname)". */
  mergedFrom?: string[];
  eventType?: EventType;
  date?: string | null;
  articleId?: string;
  title?: string;
  source?: string;
  contentHash?: string;
  words?: number;
  /** Layout position written at build time for the viewer. */
  x?: number;
  y?: number;
}

/** Attributes of the graph as a whole. */
export interface GraphAttributes {
  /**
   * Keys of the entity nodes the corpus judged to name things outside the schema and took out
   * ("Organization:aviator", the film), for a store written before to drop them too.
   */
  leftOutside?: string[];
}

export interface EdgeAttributes {
  kind: RelationType;
  role?: string;
  count?: number;
  confidence: number;
  evidence: Evidence[];
}

/** Neo4j: a uniqueness constraint on `key` for every label; plus lookup indexes. */
export const NEO4J_CONSTRAINTS = NODE_LABEL_NAMES.map((label) => ({
  name: `${label.toLowerCase()}_key_unique`,
  label,
  property: "key",
  cypher: `CREATE CONSTRAINT ${label.toLowerCase()}_key_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE`,
}));
export const NEO4J_INDEXES = [
  ...ENTITY_LABELS.map((label) => ({
    name: `${label.toLowerCase()}_name`,
    cypher: `CREATE INDEX ${label.toLowerCase()}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`,
  })),
  { name: "event_date", cypher: "CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)" },
  { name: "event_type", cypher: "CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.eventType)" },
];

export function isNodeLabel(value: unknown): value is NodeLabel {
  return typeof value === "string" && Object.hasOwn(NODE_LABELS, value);
}
export function isRelationType(value: unknown): value is RelationType {
  return typeof value === "string" && Object.hasOwn(RELATION_TYPES, value);
}

/** Stable node key: kind + normalised canonical name, so the same entity in two articles is one node. */
export function nodeKey(kind: NodeLabel, canonicalName: string): string {
  return `${kind}:${normaliseName(canonicalName)}`;
}
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
/** Edge key: one edge per relation type, direction and role between two nodes. */
export function edgeKey(kind: RelationType, source: string, target: string, role?: string): string {
  return `${kind}|${source}|${target}|${role ?? ""}`;
}

function checkValue(type: PropertyType, value: unknown): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "string[]":
      return Array.isArray(value) && value.every((v) => typeof v === "string");
    case "integer":
      return Number.isInteger(value);
    case "float":
      return typeof value === "number" && Number.isFinite(value);
    case "date":
      return value === null || (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value));
    case "boolean":
      return typeof value === "boolean";
    case "evidence[]":
      return (
        Array.isArray(value) &&
        value.every(
          (e) =>
            e !== null &&
            typeof e === "object" &&
            typeof e.article === "string" &&
            typeof e.sentence === "string" &&
            Number.isInteger(e.start) &&
            Number.isInteger(e.end),
        )
      );
  }
}

function checkProperties(
  where: string,
  specs: Record<string, PropertySpec>,
  attributes: Record<string, unknown>,
): string[] {
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const value = attributes[name];
    if (value === undefined) {
      if (spec.required) problems.push(`${where}: missing required property ${name}`);
    } else if (!checkValue(spec.type, value)) {
      problems.push(`${where}: property ${name} is not a ${spec.type}`);
    }
  }
  return problems;
}

/** Problems with a node's attributes under the schema; empty when valid. */
export function validateNode(key: string, attributes: Record<string, unknown>): string[] {
  const kind = attributes.kind;
  if (!isNodeLabel(kind)) return [`node ${key}: unknown kind ${String(kind)}`];
  const problems = checkProperties(`node ${key}`, NODE_LABELS[kind].properties, { key, ...attributes });
  if (kind === "Event" && !(EVENT_TYPES as readonly string[]).includes(String(attributes.eventType))) {
    problems.push(`node ${key}: unknown eventType ${String(attributes.eventType)}`);
  }
  return problems;
}

/** Problems with an edge under the schema (type, endpoint labels, properties); empty when valid. */
export function validateEdge(
  source: { key: string; kind: unknown },
  target: { key: string; kind: unknown },
  attributes: Record<string, unknown>,
): string[] {
  const kind = attributes.kind;
  const where = `edge ${source.key} -[${String(kind)}]-> ${target.key}`;
  if (!isRelationType(kind)) return [`${where}: unknown relation type`];
  const spec = RELATION_TYPES[kind];
  const problems = checkProperties(where, spec.properties, attributes);
  if (!(spec.from as readonly unknown[]).includes(source.kind)) problems.push(`${where}: source may not be ${String(source.kind)}`);
  if (!(spec.to as readonly unknown[]).includes(target.kind)) problems.push(`${where}: target may not be ${String(target.kind)}`);
  if (kind === "PARTICIPANT" && !(PARTICIPANT_ROLES as readonly unknown[]).includes(attributes.role)) {
    problems.push(`${where}: role must be one of ${PARTICIPANT_ROLES.join(", ")}`);
  }
  return problems;
}
