// Candidate relations: every pair of mentions of two different entities in one sentence whose
// kinds the schema lets a relation join, with the features the relation classifier reads —
// the dependency path between their head tokens, the words on it and between them, the
// mention kinds, the distance, and the patterns of relation-patterns.ts that join them.
import { RELATION_TYPES } from "../../graph-schema/index.js";
import type { Mention } from "../doc.js";
import { matchPattern } from "./dependency-matcher.js";
import { treePath, type ParseTree } from "./parse-tree.js";
import { RELATION_PATTERNS, type RelationPattern } from "./relation-patterns.js";
import { defaultLexicon } from "../nlp/model-files.js";
import { countryNamed, countryOfDemonym } from "../resolve/lexicon.js";
import { WORD_CLASSES } from "./word-classes.js";

/** What the classifier decides for a pair, `first` being the mention that comes first in the text. */
export const RELATION_LABELS = ["NONE", "AFFILIATED_WITH>", "AFFILIATED_WITH<", "LOCATED_IN>", "LOCATED_IN<", "PART_OF>", "PART_OF<"] as const;
export type RelationLabel = (typeof RELATION_LABELS)[number];
export type ClassifiedRelation = Extract<RelationPattern["relation"], string>;

export interface PatternMatch {
  pattern: RelationPattern;
  source: Mention;
  target: Mention;
  /** The token of the title the pattern read, if any. */
  role?: number;
}

export interface RelationCandidate {
  tree: ParseTree;
  first: Mention;
  second: Mention;
  /** Which labels the schema allows for the two kinds, by index in RELATION_LABELS. */
  allowed: boolean[];
  features: string[];
  matches: PatternMatch[];
}

/** The relation and direction a label stands for. */
export function labelRelation(label: RelationLabel): { relation: ClassifiedRelation; forward: boolean } | undefined {
  if (label === "NONE") return undefined;
  return { relation: label.slice(0, -1) as ClassifiedRelation, forward: label.endsWith(">") };
}

/**
 * The label a candidate gets and the probability it is judged by: the likeliest relation, with the
 * probability of the other relation the same two kinds may have in the same direction added. Between
 * a person and a place the classifier splits its belief between "affiliated with" and "located in"
 * ("Soviet pianist Vladimir Ashkenazy"), and neither alone may reach the threshold.
 */
export function likeliestRelation(probabilities: readonly number[]): { label: number; probability: number } {
  let label = 1;
  for (let index = 2; index < probabilities.length; index++) if (probabilities[index] > probabilities[label]) label = index;
  const read = labelRelation(RELATION_LABELS[label])!;
  const sibling = SIBLING_RELATION[read.relation];
  const siblingProbability = sibling ? probabilities[RELATION_LABELS.indexOf(relationLabel(sibling, read.forward))] : 0;
  return { label, probability: probabilities[label] + siblingProbability };
}

/** Relations that one pair of kinds may have either of (a person and a place), so that their belief is pooled. */
const SIBLING_RELATION: Partial<Record<ClassifiedRelation, ClassifiedRelation>> = { AFFILIATED_WITH: "LOCATED_IN", LOCATED_IN: "AFFILIATED_WITH" };

export function relationLabel(relation: ClassifiedRelation, forward: boolean): RelationLabel {
  return `${relation}${forward ? ">" : "<"}` as RelationLabel;
}

function allowedLabels(first: Mention, second: Mention): boolean[] {
  return RELATION_LABELS.map((label) => {
    const read = labelRelation(label);
    if (!read) return true;
    const [source, target] = read.forward ? [first, second] : [second, first];
    const spec = RELATION_TYPES[read.relation];
    return (spec.from as readonly string[]).includes(source.kind) && (spec.to as readonly string[]).includes(target.kind);
  });
}

/** The feature of a pattern joining the pair, with its direction: "pattern=title-before-name>". */
export function patternFeature(pattern: RelationPattern, forward: boolean): string {
  return `pattern=${pattern.id}${forward ? ">" : "<"}`;
}

const PATTERN_LABELS = new Map(RELATION_PATTERNS.flatMap((pattern) => [true, false].map((forward) => [patternFeature(pattern, forward), RELATION_LABELS.indexOf(relationLabel(pattern.relation, forward))] as const)));

/** The label a pattern feature proposes, by index in RELATION_LABELS; undefined for any other feature. */
export function patternLabel(feature: string): number | undefined {
  return PATTERN_LABELS.get(feature);
}

/** Every pattern match of a sentence, once per tree. */
export function patternMatches(tree: ParseTree): PatternMatch[] {
  if (tree.mentions.length < 2) return [];
  const found: PatternMatch[] = [];
  for (const pattern of RELATION_PATTERNS) {
    for (const match of matchPattern(tree, pattern.nodes, pattern.unless)) {
      const source = tree.mentionAt[match.source];
      const target = tree.mentionAt[match.target];
      if (source && target && source.entity !== target.entity) found.push({ pattern, source, target, role: match.role });
    }
  }
  return found;
}

/**
 * How many tokens may separate the two mentions of a candidate at run time. Hardly any
 * relation spans more (10 of CoNLL04 train's 1,104 do), and the bound keeps a run-on sentence
 * linear. Training sees every pair: the far ones still teach what a relation is not.
 */
export const MAX_TOKENS_BETWEEN = 40;

export function relationCandidates(tree: ParseTree, maxTokensBetween = MAX_TOKENS_BETWEEN): RelationCandidate[] {
  const { mentions } = tree;
  if (mentions.length < 2) return [];
  const matchesOf = new Map<Mention, PatternMatch[]>();
  for (const match of patternMatches(tree)) {
    for (const end of [match.source, match.target]) matchesOf.set(end, [...(matchesOf.get(end) ?? []), match]);
  }
  const candidates: RelationCandidate[] = [];
  for (let a = 0; a < mentions.length; a++) {
    for (let b = a + 1; b < mentions.length && mentions[b].tokenStart - mentions[a].tokenEnd <= maxTokensBetween; b++) {
      const [first, second] = [mentions[a], mentions[b]];
      if (first.entity === second.entity) continue;
      const allowed = allowedLabels(first, second);
      if (!allowed.some((ok, index) => ok && index > 0)) continue;
      const pairMatches = (matchesOf.get(first) ?? []).filter((match) => match.source === second || match.target === second);
      candidates.push({ tree, first, second, allowed, matches: pairMatches, features: pairFeatures(tree, first, second, pairMatches) });
    }
  }
  return candidates;
}

const lemmaOf = (tree: ParseTree, token: number) => tree.lemmas[token];

/** A token on a path as a feature word: a mention by its kind, a word of a class by the class too. */
function pathWord(tree: ParseTree, token: number): string {
  const mention = tree.mentionAt[token];
  return mention ? `<${mention.kind}>` : lemmaOf(tree, token);
}

function wordClassesOf(lemma: string): string[] {
  return Object.keys(WORD_CLASSES).filter((name) => WORD_CLASSES[name].has(lemma));
}

function bucket(value: number): string {
  return value <= 3 ? String(value) : value <= 6 ? "4-6" : value <= 10 ? "7-10" : "11+";
}

function pairFeatures(tree: ParseTree, first: Mention, second: Mention, matches: PatternMatch[]): string[] {
  const kinds = `${first.kind}>${second.kind}`;
  const features = [`kinds=${kinds}`];
  const add = (feature: string) => features.push(feature, `${feature}|${kinds}`);
  const [from, to] = [tree.mentionHeads.get(first)!, tree.mentionHeads.get(second)!];
  const path = treePath(tree, from, to);
  const rel = (token: number) => tree.tokens[token].deprel;
  // The path as relations climbed (↑) and descended (↓): "↑appos ↓nmod" for "X, director of Y".
  const climbed = path.top === from ? [] : [from, ...path.up];
  const descended = path.top === to ? [] : [...path.down, to];
  const steps = [...climbed.map((token) => `↑${rel(token)}`), ...descended.map((token) => `↓${rel(token)}`)];
  const middle = [...path.up, ...(path.top >= 0 && path.top !== from && path.top !== to ? [path.top] : []), ...path.down];
  add(`path=${steps.join(" ")}`);
  add(`pathlen=${bucket(steps.length)}`);
  if (middle.length <= 4) add(`pathwords=${steps.join(" ")}|${middle.map((token) => pathWord(tree, token)).join(" ")}`);
  for (const token of middle) {
    const word = pathWord(tree, token);
    add(`on-path=${word}`);
    for (const name of wordClassesOf(word)) add(`on-path-class=${name}`);
  }
  if (path.top >= 0) add(`top=${path.top === from ? "first" : path.top === to ? "second" : `${tree.tokens[path.top].upos}:${pathWord(tree, path.top)}`}`);
  add(`first-rel=${rel(from)}`);
  add(`second-rel=${rel(to)}`);
  add(`rels=${rel(from)}|${rel(to)}`);
  const firstHead = tree.heads[from];
  const secondHead = tree.heads[to];
  if (firstHead >= 0) add(`first-head=${pathWord(tree, firstHead)}`);
  if (secondHead >= 0) add(`second-head=${pathWord(tree, secondHead)}`);
  // The words between the two mentions: all of them when few, each one otherwise.
  const between: string[] = [];
  for (let i = first.tokenEnd; i < second.tokenStart; i++) {
    const mention = tree.mentionAt[i];
    if (mention && mention.tokenStart !== i) continue;
    between.push(mention ? `<${mention.kind}>` : tree.tokens[i].text.toLowerCase());
  }
  add(`distance=${bucket(between.length)}`);
  if (between.length <= 4) add(`between=${between.join(" ")}`);
  for (const word of new Set(between.slice(0, 10))) add(`between-word=${word}`);
  if (between.some((word) => word.startsWith("<"))) add("mention-between");
  for (let i = 0; i + 1 < between.length && i < 10; i++) add(`between-bigram=${between[i]} ${between[i + 1]}`);
  add(`before=${first.tokenStart > 0 ? tree.tokens[first.tokenStart - 1].text.toLowerCase() : "<s>"}`);
  add(`after-first=${tree.tokens[first.tokenEnd]?.text.toLowerCase() ?? "</s>"}`);
  add(`before-second=${tree.tokens[second.tokenStart - 1].text.toLowerCase()}`);
  add(`after=${second.tokenEnd < tree.tokens.length ? tree.tokens[second.tokenEnd].text.toLowerCase() : "</s>"}`);
  for (const [name, mention] of [["first", first], ["second", second]] as const) {
    if (countryOfDemonym(mention.text)) add(`${name}-demonym`);
    else if (countryNamed(mention.text)) add(`${name}-country`);
    const before = mention.tokenStart > 0 ? lemmaOf(tree, mention.tokenStart - 1) : "";
    if (WORD_CLASSES.title.has(before)) add(`${name}-after-title`);
    // Word clusters generalise over names: a US state, a news agency, a surname.
    const lastWord = tree.tokens[mention.tokenEnd - 1].text;
    const clusters = defaultLexicon().clusterOf(lastWord, lastWord.toLowerCase());
    if (clusters) add(`${name}-cluster=${clusters[0]}`);
    // The last word of an organisation's or place's name says what it is: "University", "Party", "County".
    if (mention.kind !== "Person") add(`${name}-last-word=${lastWord.toLowerCase()}`);
  }
  for (const match of matches) add(patternFeature(match.pattern, match.source === first));
  return features;
}
