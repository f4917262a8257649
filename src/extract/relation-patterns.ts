// The patterns that propose relations between two mentions of one sentence, as data: each
// record is a dependency pattern (see dependency-matcher.ts) with the nodes "source" and
// "target" (and "role", when the pattern reads a title), the relation it suggests and an
// example sentence it must match. A pattern only proposes: the relation classifier
// (relation-model.ts) takes the pattern as one feature among the path, the words and the
// mention kinds, and decides the relation and its confidence. docs/extraction.md is
// generated from this table (`npm run docs:extraction`); test/extract/relation-patterns.test.ts
// runs every example.
import type { RelationType } from "../../graph-schema/index.js";
import type { MentionKind } from "../doc.js";
import type { PatternNode } from "./dependency-matcher.js";

export interface RelationPattern {
  id: string;
  relation: Extract<RelationType, "AFFILIATED_WITH" | "LOCATED_IN" | "PART_OF">;
  description: string;
  example: { text: string; source: string; target: string; role?: string };
  nodes: PatternNode[];
  /** Node lists tied to the pattern's nodes, none of which may match: what makes the pair no such relation. */
  unless?: readonly (readonly PatternNode[])[];
  /** A sentence where an `unless` list keeps the pattern from joining these two. */
  counterExample?: { text: string; source: string; target: string };
}

const PERSON: readonly MentionKind[] = ["Person"];
const HOLDER: readonly MentionKind[] = ["Organization", "Place"];
const ORGANIZATION: readonly MentionKind[] = ["Organization"];
const PLACE: readonly MentionKind[] = ["Place"];
const LOCATABLE: readonly MentionKind[] = ["Person", "Organization", "Group"];
/**
 * Where a title's holder is another's: an organisation the title is held at, for or with ("UK economist at RBS"),
 * the organisation the place qualifies ("analyst at Troika Dialog in Moscow", "leader of Britain's biggest union
 * Unison"), or a title of an organisation whose place says where the job is ("head of EA in Europe").
 */
const HELD_ELSEWHERE: readonly (readonly PatternNode[])[] = [
  [
    { name: "employer", of: "role", op: ">>", attrs: { mention: ORGANIZATION, deprel: ["nmod"] } },
    { name: "employer-case", of: "employer", op: ">", attrs: { lemma: ["at", "for", "with"], deprel: ["case"] } },
  ],
  [{ name: "organisation", of: "target", op: "<", attrs: { mention: ORGANIZATION } }],
  // A holder that owns a noun an organisation names beside it or in it: "the leader of Britain's biggest union Unison".
  [
    { name: "owned", of: "target", op: "<", attrs: { upos: ["NOUN"] } },
    { name: "employer", of: "owned", op: "$", attrs: { mention: ORGANIZATION } },
  ],
  [
    { name: "owned", of: "target", op: "<", attrs: { upos: ["NOUN"] } },
    { name: "employer", of: "owned", op: ">", attrs: { mention: ORGANIZATION, deprel: ["appos", "compound", "flat"] } },
  ],
  [
    { name: "target-case", of: "target", op: ">", attrs: { lemma: ["in"], deprel: ["case"] } },
    { name: "employer", of: "role", op: ">", attrs: { mention: ORGANIZATION, deprel: ["nmod"] } },
  ],
  // Where an envoy is sent is not whom they serve: "the U.S. special envoy to Burundi, Howard Wolpe".
  [
    { name: "posting", of: "role", op: "=", attrs: { lemma: ["@envoy"] } },
    { name: "target-case", of: "target", op: ">", attrs: { lemma: ["to"], deprel: ["case"] } },
  ],
  // The parse may hang the employer on the person instead: "Ian Shepherdson, chief US economist at High Frequency Economics".
  [
    { name: "employer", of: "source", op: ">", attrs: { mention: ORGANIZATION, deprel: ["nmod"] } },
    { name: "employer-case", of: "employer", op: ">", attrs: { lemma: ["at", "for", "with"], deprel: ["case"] } },
  ],
];

export const RELATION_PATTERNS: readonly RelationPattern[] = [
  {
    id: "title-before-name",
    relation: "AFFILIATED_WITH",
    description: "a title before a name, its holder before the title",
    example: { text: "UN Secretary-General Antonio Guterres condemned the attack.", source: "Antonio Guterres", target: "UN", role: "Secretary-General" },
    nodes: [
      { name: "source", attrs: { mention: PERSON } },
      { name: "role", of: "source", op: ">", attrs: { lemma: ["@title"], deprel: ["compound", "amod", "nmod"] } },
      { name: "target", of: "source", op: ">", attrs: { mention: HOLDER, deprel: ["compound", "nmod:poss", "amod"] } },
    ],
  },
  {
    id: "holder-of-title",
    relation: "AFFILIATED_WITH",
    description: "the holder modifies the title that comes before the name",
    example: { text: "French President Jacques Chirac met the Pope.", source: "Jacques Chirac", target: "French", role: "President" },
    nodes: [
      { name: "source", attrs: { mention: PERSON } },
      { name: "role", of: "source", op: ">", attrs: { lemma: ["@title"], deprel: ["compound", "amod", "nmod"] } },
      { name: "target", of: "role", op: ">", attrs: { mention: HOLDER, deprel: ["compound", "nmod:poss", "amod"] } },
    ],
  },
  {
    id: "possessive-before-name",
    relation: "AFFILIATED_WITH",
    description: "an organisation's or country's possessive before a name",
    example: { text: "Arsenal's Sol Campbell was injured.", source: "Sol Campbell", target: "Arsenal" },
    nodes: [
      { name: "source", attrs: { mention: PERSON } },
      { name: "target", of: "source", op: ">", attrs: { mention: HOLDER, deprel: ["nmod:poss"] } },
    ],
  },
  {
    id: "appositive-title-of",
    relation: "AFFILIATED_WITH",
    description: "an appositive title of, at or for its holder",
    example: { text: "Shami Chakrabarti, director of Liberty, said it was wrong.", source: "Shami Chakrabarti", target: "Liberty", role: "director" },
    // A title held at, for or with an organisation is that organisation's: the country or town beside it is
    // the job's scope or seat, not whom the person works for.
    counterExample: { text: "Ross Walker, UK economist at Royal Bank of Scotland, said he was surprised.", source: "Ross Walker", target: "UK" },
    nodes: [
      { name: "source", attrs: { mention: PERSON } },
      { name: "role", of: "source", op: ">", attrs: { lemma: ["@title"], deprel: ["appos"] } },
      { name: "target", of: "role", op: ">>", attrs: { mention: HOLDER, deprel: ["nmod", "compound", "nmod:poss", "appos"] } },
    ],
    unless: HELD_ELSEWHERE,
  },
  {
    id: "title-of-holder-then-name",
    relation: "AFFILIATED_WITH",
    description: "the title of a holder, then the name in apposition",
    example: { text: "The president of Lombardy, Roberto Maroni, spoke.", source: "Roberto Maroni", target: "Lombardy", role: "president" },
    nodes: [
      { name: "role", attrs: { lemma: ["@title"] } },
      { name: "target", of: "role", op: ">>", attrs: { mention: HOLDER, deprel: ["nmod", "compound", "nmod:poss"] } },
      { name: "source", of: "role", op: ">>", attrs: { mention: PERSON, deprel: ["appos"] } },
    ],
    unless: HELD_ELSEWHERE,
    counterExample: { text: "The UK economist at Royal Bank of Scotland, Ross Walker, was surprised.", source: "Ross Walker", target: "UK" },
  },
  {
    id: "as-role-of",
    relation: "AFFILIATED_WITH",
    description: "the subject of a clause serves, works or is named as a role of its holder",
    example: { text: "Viotti established himself as chief conductor of the Turin Opera.", source: "Viotti", target: "Turin Opera", role: "chief conductor" },
    nodes: [
      { name: "verb", attrs: { upos: ["VERB", "AUX"] } },
      { name: "source", of: "verb", op: ">", attrs: { mention: PERSON, deprel: ["nsubj"] } },
      { name: "role", of: "verb", op: ">", attrs: { lemma: ["@title"], deprel: ["obl", "xcomp", "advcl", "obj"] } },
      { name: "target", of: "role", op: ">>", attrs: { mention: HOLDER, deprel: ["nmod", "compound", "nmod:poss"] } },
    ],
    unless: HELD_ELSEWHERE,
    counterExample: { text: "Ross Walker works as UK economist at Royal Bank of Scotland.", source: "Ross Walker", target: "UK" },
  },
  {
    id: "copula-role-of",
    relation: "AFFILIATED_WITH",
    description: "the subject is a role of its holder",
    example: { text: "Bernard Ebbers was the chief executive of WorldCom.", source: "Bernard Ebbers", target: "WorldCom", role: "chief executive" },
    nodes: [
      { name: "role", attrs: { lemma: ["@title"] } },
      { name: "source", of: "role", op: ">", attrs: { mention: PERSON, deprel: ["nsubj"] } },
      { name: "target", of: "role", op: ">>", attrs: { mention: HOLDER, deprel: ["nmod", "compound", "nmod:poss"] } },
    ],
    unless: HELD_ELSEWHERE,
    counterExample: { text: "Ross Walker is the UK economist at Royal Bank of Scotland.", source: "Ross Walker", target: "UK" },
  },
  {
    id: "works-for",
    relation: "AFFILIATED_WITH",
    description: "the subject of a verb of membership and its object",
    example: { text: "Michael Owen joined Real Madrid last summer.", source: "Michael Owen", target: "Real Madrid" },
    nodes: [
      { name: "verb", attrs: { lemma: ["@membership", "@study"] } },
      { name: "source", of: "verb", op: ">", attrs: { mention: PERSON, deprel: ["nsubj", "nsubj:pass"] } },
      { name: "target", of: "verb", op: ">", attrs: { mention: HOLDER, deprel: ["obj", "obl"] } },
    ],
  },
  {
    id: "person-at-organisation",
    relation: "AFFILIATED_WITH",
    description: "a person at, of or with an organisation",
    example: { text: "John Smith at the Institute of Mechanics has made headway.", source: "John Smith", target: "Institute of Mechanics" },
    nodes: [
      { name: "source", attrs: { mention: PERSON } },
      { name: "target", of: "source", op: ">", attrs: { mention: ORGANIZATION, deprel: ["nmod", "appos"] } },
    ],
  },
  {
    id: "lives-in",
    relation: "LOCATED_IN",
    description: "the subject of a verb of residence and the place it names",
    example: { text: "Most Hazaras live in Quetta.", source: "Hazaras", target: "Quetta" },
    nodes: [
      { name: "verb", attrs: { lemma: ["@residence"] } },
      { name: "source", of: "verb", op: ">", attrs: { mention: LOCATABLE, deprel: ["nsubj", "nsubj:pass"] } },
      { name: "target", of: "verb", op: ">", attrs: { mention: PLACE, deprel: ["obl"] } },
    ],
  },
  {
    id: "based-in",
    relation: "LOCATED_IN",
    description: "a participle or relative clause of residence that qualifies the person or organisation",
    example: { text: "Tony Blair, who lives in London, spoke.", source: "Tony Blair", target: "London" },
    nodes: [
      { name: "verb", attrs: { lemma: ["@residence"], deprel: ["acl", "amod", "appos", "advcl"] } },
      { name: "source", of: "verb", op: "<", attrs: { mention: LOCATABLE } },
      { name: "target", of: "verb", op: ">", attrs: { mention: PLACE, deprel: ["obl", "nmod"] } },
    ],
  },
  {
    id: "appositive-based-in",
    relation: "LOCATED_IN",
    description: "an appositive noun qualified by a participle of residence",
    example: { text: "Amnesty International, a group based in London, published the report.", source: "Amnesty International", target: "London" },
    nodes: [
      { name: "verb", attrs: { lemma: ["@residence"], deprel: ["acl", "amod"] } },
      { name: "target", of: "verb", op: ">", attrs: { mention: PLACE, deprel: ["obl", "nmod"] } },
      { name: "noun", of: "verb", op: "<", attrs: { deprel: ["appos"], mention: "none" } },
      { name: "source", of: "noun", op: "<", attrs: { mention: LOCATABLE } },
    ],
  },
  {
    id: "from-place",
    relation: "LOCATED_IN",
    description: "a person or group from a place",
    example: { text: "Moazzam Begg, from Birmingham, was released.", source: "Moazzam Begg", target: "Birmingham" },
    nodes: [
      { name: "source", attrs: { mention: LOCATABLE } },
      { name: "target", of: "source", op: ">", attrs: { mention: PLACE, deprel: ["nmod", "appos"] } },
    ],
  },
  {
    id: "demonym-before-person",
    relation: "LOCATED_IN",
    description: "a nationality that describes a person",
    example: { text: "British actor Jude Law won the award.", source: "Jude Law", target: "British" },
    nodes: [
      { name: "source", attrs: { mention: PERSON } },
      { name: "target", of: "source", op: ">>", attrs: { mention: PLACE, deprel: ["amod", "compound"] } },
    ],
  },
  {
    id: "place-comma-place",
    relation: "LOCATED_IN",
    description: "a place followed by the place that contains it",
    example: { text: "Gunmen attacked miners in Mach, Balochistan.", source: "Mach", target: "Balochistan" },
    nodes: [
      { name: "source", attrs: { mention: PLACE } },
      { name: "target", of: "source", op: ">", attrs: { mention: PLACE, deprel: ["appos", "nmod", "flat", "compound", "list", "conj"] } },
    ],
  },
  {
    id: "place-possessive-place",
    relation: "LOCATED_IN",
    description: "a place's possessive before the place it contains",
    example: { text: "Troops were sent to Pakistan's Balochistan province.", source: "Balochistan", target: "Pakistan" },
    nodes: [
      { name: "source", attrs: { mention: PLACE } },
      { name: "target", of: "source", op: "$", attrs: { mention: PLACE, deprel: ["nmod:poss"] } },
    ],
  },
  {
    id: "place-noun-of-place",
    relation: "LOCATED_IN",
    description: "a place named with its kind, of the place that contains it",
    example: { text: "They fled to the Balochistan province of Pakistan.", source: "Balochistan", target: "Pakistan" },
    nodes: [
      { name: "noun", attrs: { lemma: ["@placeNoun"] } },
      { name: "source", of: "noun", op: ">", attrs: { mention: PLACE, deprel: ["compound", "appos", "amod", "nmod:poss"] } },
      { name: "target", of: "noun", op: ">", attrs: { mention: PLACE, deprel: ["nmod", "nmod:poss"] } },
    ],
  },
  {
    id: "copula-place-noun-in",
    relation: "LOCATED_IN",
    description: "a place that is a kind of place in another",
    example: { text: "Balochistan is the poorest region in Pakistan.", source: "Balochistan", target: "Pakistan" },
    nodes: [
      { name: "noun", attrs: { lemma: ["@placeNoun"] } },
      { name: "source", of: "noun", op: ">", attrs: { mention: PLACE, deprel: ["nsubj"] } },
      { name: "target", of: "noun", op: ">", attrs: { mention: PLACE, deprel: ["nmod", "obl"] } },
    ],
  },
  {
    id: "organisation-in-place",
    relation: "LOCATED_IN",
    description: "an organisation in or of a place",
    example: { text: "He sang at the Metropolitan Opera in New York.", source: "Metropolitan Opera", target: "New York" },
    nodes: [
      { name: "source", attrs: { mention: ORGANIZATION } },
      { name: "target", of: "source", op: ">", attrs: { mention: PLACE, deprel: ["nmod", "nmod:poss", "compound", "amod"] } },
    ],
  },
  {
    id: "unit-of-organisation",
    relation: "PART_OF",
    description: "an organisation at, of or within another",
    example: { text: "The Center for Corporate Governance at the University of Delaware released a study.", source: "Center for Corporate Governance", target: "University of Delaware" },
    nodes: [
      { name: "source", attrs: { mention: ORGANIZATION } },
      { name: "target", of: "source", op: ">", attrs: { mention: ORGANIZATION, deprel: ["nmod", "nmod:poss", "compound"] } },
    ],
  },
];
