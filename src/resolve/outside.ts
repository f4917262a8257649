// Names the schema does not cover: products, works, software, events, awards ("Internet Explorer 8",
// "the film Twilight", "World Cup"). A span's words and context give features; a naive-Bayes table
// learned from named-entity corpora (MISC against PER/ORG/LOC: scripts/learn-outside-names.ts) turns
// them into log-odds that the span names something outside the schema. The features are defined here
// once, for the learner and for resolution alike.
import { readFileSync } from "node:fs";
import { committedFile } from "../committed-file.js";

/** The learned table: log-odds of "outside the schema" per feature, and the prior log-odds. */
export interface OutsideModel {
  prior: number;
  weights: Record<string, number>;
}

const word = (text: string | undefined): string => {
  if (text === undefined) return "<none>";
  if (/^[\d.,:/-]*\d[\d.,:/-]*$/.test(text)) return "<num>";
  return text.toLowerCase();
};

/** Features of the words of the name words[start, end) itself: the same wherever the name occurs. */
export function nameFeatures(words: readonly string[], start: number, end: number): string[] {
  // A one-word name is also a feature of its own: "Microsoft" alone is not "Microsoft Windows".
  const features = [`last:${word(words[end - 1])}`, `first:${word(words[start])}`, `len:${Math.min(end - start, 4)}`];
  if (end - start === 1) features.push(`only:${word(words[start])}`);
  const name = words.slice(start, end);
  if (name.some((token) => /\d/.test(token) && /\p{L}/u.test(token))) features.push("shape:letters+digits");
  if (name.some((token) => /^\p{Ll}+\p{Lu}/u.test(token))) features.push("shape:lower-upper");
  else if (name.some((token) => /\p{Ll}\p{Lu}/u.test(token) && !/^(Mc|Mac|O'|De|Di|La|Le|Van|Von)/.test(token))) features.push("shape:inner-capital");
  if (name.length === 1 && /^\p{Lu}{2,5}$/u.test(name[0])) features.push("shape:acronym");
  return features;
}

const QUOTE = /^["“”'‘’`]+$/;

/**
 * Features of the words around one occurrence of the name words[start, end). A quotation mark on one side
 * only is the edge of a quotation in news more often than a title ('"…," Gigante said'), so it says nothing;
 * a name between two is a title.
 */
export function contextFeatures(words: readonly string[], start: number, end: number): string[] {
  const before = words[start - 1];
  const after = words[end];
  if (before !== undefined && after !== undefined && QUOTE.test(before) && QUOTE.test(after)) return ["quoted"];
  return [...(before === undefined || !QUOTE.test(before) ? [`prev:${word(before)}`] : []), ...(after === undefined || !QUOTE.test(after) ? [`next:${word(after)}`] : [])];
}

/** Features of the name words[start, end) in its sentence. */
export function spanFeatures(words: readonly string[], start: number, end: number): string[] {
  return [...contextFeatures(words, start, end), ...nameFeatures(words, start, end)];
}

/** The summed log-odds of some features (without the prior). */
export function evidence(model: OutsideModel, features: readonly string[]): number {
  return features.reduce((sum, feature) => sum + (model.weights[feature] ?? 0), 0);
}

/**
 * The log-odds a PER/ORG/LOC tag of the tagger adds against a name lying outside the schema: on the
 * ECB+ development topics (1-22) the tagger gives one to 45% of the named products and works and to
 * 84% of the named people, organisations and places: log(0.45 / 0.84).
 */
export const TAGGED_AS_ENTITY = -0.62;

/** One name's evidence of lying outside the schema, summed over its occurrences in an article, or in a corpus. */
export interface NameEvidence {
  /** How many occurrences. */
  mentions: number;
  /** The log-odds of the name's own words, summed over the occurrences. */
  name: number;
  /** The log-odds of the words around each occurrence, summed. */
  context: number;
  /** Whether the tagger gave any occurrence a PER/ORG/LOC tag. */
  tagged: boolean;
}

/**
 * Log-odds that a name lies outside the schema: the words of the name count once; its contexts are not
 * independent ("the Red Sox" fifteen times), so their mean counts, growing with the root of their number.
 */
export function outsideOdds(weighed: NameEvidence): number {
  const { mentions, name, context, tagged } = weighed;
  return outsideModel().prior + name / mentions + (context / mentions) * Math.sqrt(mentions) + (tagged ? TAGGED_AS_ENTITY : 0);
}

/** The evidence of two sets of occurrences of one name taken together. */
export function pooledEvidence(a: NameEvidence, b: NameEvidence): NameEvidence {
  return { mentions: a.mentions + b.mentions, name: a.name + b.name, context: a.context + b.context, tagged: a.tagged || b.tagged };
}

/** Log-odds that the span names something outside the schema. */
export function outsideScore(model: OutsideModel, words: readonly string[], start: number, end: number): number {
  return model.prior + evidence(model, spanFeatures(words, start, end));
}

let model: OutsideModel | undefined;
/** The table written by scripts/learn-outside-names.ts, src/resolve/data/outside-names.json. */
export function outsideModel(): OutsideModel {
  if (model) return model;
  const { path } = committedFile(import.meta.url, "data/outside-names.json");
  if (!path) throw new Error("newsgraph resolve: src/resolve/data/outside-names.json not found (npm run learn:outside writes it)");
  return (model = JSON.parse(readFileSync(path, "utf8")) as OutsideModel);
}
