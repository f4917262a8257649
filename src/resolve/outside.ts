// Names the schema does not cover: products, works, software, events, awards ("Internet Explorer 8",
// "the film Twilight", "World Cup"). A span's words and context give features; a naive-Bayes table
// learned from named-entity corpora (MISC against PER/ORG/LOC: scripts/learn-outside-names.ts) turns
// them into log-odds that the span names something outside the schema. The features are defined here
// once, for the learner and for resolution alike.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The learned table: log-odds of "outside the schema" per feature, and the prior log-odds. */
export interface OutsideModel {
  prior: number;
  weights: Record<string, number>;
}

const word = (text: string | undefined): string => {
  if (text === undefined) return "<none>";
  if (/^[\d.,:/-]*\d[\d.,:/-]*$/.test(text)) return "<num>";
  if (/^["“”'‘’`]+$/.test(text)) return "<quote>";
  return text.toLowerCase();
};

/** Features of the name words[start, end) in its sentence. */
export function spanFeatures(words: readonly string[], start: number, end: number): string[] {
  const features = [`prev:${word(words[start - 1])}`, `next:${word(words[end])}`, `last:${word(words[end - 1])}`, `first:${word(words[start])}`, `len:${Math.min(end - start, 4)}`];
  const name = words.slice(start, end);
  if (name.some((token) => /\d/.test(token) && /\p{L}/u.test(token))) features.push("shape:letters+digits");
  if (name.some((token) => /^\p{Ll}+\p{Lu}/u.test(token))) features.push("shape:lower-upper");
  else if (name.some((token) => /\p{Ll}\p{Lu}/u.test(token) && !/^(Mc|Mac|O'|De|Di|La|Le|Van|Von)/.test(token))) features.push("shape:inner-capital");
  if (name.length === 1 && /^\p{Lu}{2,5}$/u.test(name[0])) features.push("shape:acronym");
  return features;
}

/** Log-odds that the span names something outside the schema. */
export function outsideScore(model: OutsideModel, words: readonly string[], start: number, end: number): number {
  return spanFeatures(words, start, end).reduce((sum, feature) => sum + (model.weights[feature] ?? 0), model.prior);
}

let model: OutsideModel | undefined;
/** The table written by scripts/learn-outside-names.ts, next to this module from source or under the package root from dist. */
export function outsideModel(): OutsideModel {
  if (model) return model;
  for (const candidate of [new URL("./data/outside-names.json", import.meta.url), new URL("../../../src/resolve/data/outside-names.json", import.meta.url)]) {
    const path = fileURLToPath(candidate);
    if (existsSync(path)) return (model = JSON.parse(readFileSync(path, "utf8")) as OutsideModel);
  }
  throw new Error("newsgraph resolve: src/resolve/data/outside-names.json not found (npx tsx scripts/learn-outside-names.ts writes it)");
}
