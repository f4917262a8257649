// Personal pronouns: which person "he", "she", "him", "his" or "her" stands for. Every person the
// article names in the pronoun's sentence (before it) or in the six before is a candidate; a
// linear model scores each by how far back and how recently it was named, what it was in its clause
// (subject, object, possessor, …) beside what the pronoun is, how often the article has named it,
// and whether its sex agrees with what a courtesy title, the given name or an earlier pronoun said.
// The highest wins.
// The weights are learned from ECB+'s coreference chains by `npm run train:pronouns` and kept as
// data (`data/pronoun-weights.json`); see docs/extraction.md, "Pronouns".
import { readFileSync } from "node:fs";
import { committedFile } from "../committed-file.js";
import type { ArticleDoc, Mention, PronounReference, Token } from "../doc.js";
import { courtesyTitleSex, givenNameSex, PRONOUN_SEX, quotedTokens, withoutHonorifics } from "./lexicon.js";
import { mentionHeadToken } from "./mentions.js";

/** How many sentences before the pronoun's a candidate may be named in. */
export const PRONOUN_LOOKBACK_SENTENCES = 6;

type Sex = "m" | "f";

/** The pronouns resolved here, with the sex each gives its person. */
export function pronounSex(word: string): Sex | undefined {
  return PRONOUN_SEX.get(word.toLowerCase());
}

export type PronounWeights = Readonly<Record<string, number>>;

/** One person a pronoun may stand for, with the features the model scores. */
export interface PronounCandidate {
  entity: string;
  /** The candidate's latest mention before the pronoun. */
  mention: Mention;
  features: string[];
}

/** What a word is in its clause, coarsely: what subjects, objects and possessors do differs in which pronouns they take. */
function roleOf(token: Token): string {
  const relation = token.deprel.split(":")[0];
  if (token.deprel === "nmod:poss") return "possessor";
  if (relation === "nsubj" || relation === "csubj") return "subject";
  if (relation === "obj" || relation === "iobj") return "object";
  if (relation === "obl" || relation === "nmod") return "oblique";
  if (relation === "appos" || relation === "compound" || relation === "flat") return "modifier";
  if (relation === "conj") return "conjunct";
  return relation === "root" ? "root" : "other";
}

/** Whether token `ancestor` dominates token `at` in the sentence's tree. */
function dominates(tokens: Token[], ancestor: number, at: number): boolean {
  for (let node = at, steps = 0; node >= 0 && steps <= tokens.length; node = tokens[node].head, steps++) if (node === ancestor) return true;
  return false;
}

const bucket = (count: number) => (count <= 1 ? "1" : count <= 3 ? "2-3" : "4+");

/** Reads an article's person mentions once and answers, pronoun by pronoun in reading order, who each may stand for. */
export class PronounCandidates {
  private readonly persons: Mention[];
  private readonly firstPerson: string | undefined;
  /** The sex each entity's pronouns and titles have given it so far. */
  private readonly sexOf = new Map<string, Sex>();

  constructor(private readonly doc: ArticleDoc) {
    this.persons = doc.mentions
      .filter((mention) => mention.kind === "Person" && mention.entity)
      .sort((a, b) => a.sentence - b.sentence || a.tokenStart - b.tokenStart);
    this.firstPerson = this.persons[0]?.entity;
    for (const mention of this.persons) {
      const sex = courtesyTitleSex(doc.sentences[mention.sentence].tokens, mention);
      if (sex && !this.sexOf.has(mention.entity!)) this.sexOf.set(mention.entity!, sex);
    }
    // Where no title told, the given name may: "Regina Benjamin", "Andrew Lopez".
    for (const entity of doc.entities) {
      const given = entity.kind === "Person" && !this.sexOf.has(entity.key) ? withoutHonorifics(entity.name).split(" ") : [];
      const sex = given.length > 1 ? givenNameSex(given[0]) : undefined;
      if (sex) this.sexOf.set(entity.key, sex);
    }
  }

  /** The candidates for the pronoun at `token` of sentence `sentence`, each with its features. */
  candidates(sentence: number, token: number): PronounCandidate[] {
    const tokens = this.doc.sentences[sentence].tokens;
    const pronoun = tokens[token];
    const pronounRole = roleOf(pronoun);
    const sex = pronounSex(pronoun.text);
    const before = this.persons.filter((mention) => mention.sentence < sentence || (mention.sentence === sentence && mention.tokenEnd <= token));
    const counts = new Map<string, number>();
    for (const mention of before) counts.set(mention.entity!, (counts.get(mention.entity!) ?? 0) + 1);
    const mostNamed = Math.max(0, ...counts.values());
    // '"Ken doesn't think he should apologise," he said': a subject pronoun does not stand for a name
    // inside its own verb's clause, which it commands (binding's principle C).
    const commanded = (mention: Mention) => mention.sentence === sentence && pronoun.deprel.startsWith("nsubj") && dominates(tokens, pronoun.head, mentionHeadToken(tokens, mention));
    // '"I wasn't advised by Scott Sullivan," he told the court': a pronoun outside a quotation is not a name inside it, in its sentence.
    const quoted = quotedTokens(tokens);
    const quotedAway = (mention: Mention) => mention.sentence === sentence && !quoted[token] && quoted[mention.tokenStart];
    const window = before.filter((mention) => sentence - mention.sentence <= PRONOUN_LOOKBACK_SENTENCES && !commanded(mention) && !quotedAway(mention));
    const subjects = new Set(window.filter((mention) => roleOf(this.headOf(mention)) === "subject").map((mention) => mention.entity!));
    const result: PronounCandidate[] = [];
    // Nearest first: the latest mention of each entity, and how many other people were named since.
    for (let at = window.length - 1; at >= 0; at--) {
      const mention = window[at];
      const entity = mention.entity!;
      if (result.some((candidate) => candidate.entity === entity)) continue;
      const head = this.headOf(mention);
      const role = roleOf(head);
      const distance = sentence - mention.sentence;
      const headTokens = this.doc.sentences[mention.sentence].tokens;
      const known = this.sexOf.get(entity);
      const features = [
        `distance=${Math.min(distance, 3)}`,
        `role=${role}`,
        ...(role === pronounRole ? ["same-role"] : []),
        `rank=${Math.min(result.length, 3)}`,
        `mentions=${bucket(counts.get(entity) ?? 0)}`,
        `sex=${!known || !sex ? "unknown" : known === sex ? "agrees" : "differs"}`,
      ];
      if (role === "subject" && head.head >= 0 && headTokens[head.head].head < 0) features.push("main-subject");
      if (subjects.has(entity)) features.push("subject-in-window");
      if ((counts.get(entity) ?? 0) === mostNamed) features.push("most-named");
      if (entity === this.firstPerson) features.push("first-person");
      // "Banks told him": a person and a pronoun that hang on the same word are two people (reflexives aside).
      if (distance === 0 && head.head === pronoun.head && !pronoun.text.toLowerCase().endsWith("self")) features.push("same-head");
      result.push({ entity, mention, features });
    }
    return result;
  }

  /** Records what a resolved pronoun says of its person's sex, for the pronouns after it. */
  learnSex(entity: string, pronoun: string): void {
    const sex = pronounSex(pronoun);
    if (sex && !this.sexOf.has(entity)) this.sexOf.set(entity, sex);
  }

  private headOf(mention: Mention): Token {
    const tokens = this.doc.sentences[mention.sentence].tokens;
    return tokens[mentionHeadToken(tokens, mention)];
  }
}

export function scoreCandidate(weights: PronounWeights, candidate: PronounCandidate): number {
  let score = 0;
  for (const feature of candidate.features) score += weights[feature] ?? 0;
  return score;
}

let defaultWeights: PronounWeights | undefined;
/** The weights written by scripts/train-pronouns.ts, src/resolve/data/pronoun-weights.json. */
function committedWeights(): PronounWeights {
  if (defaultWeights) return defaultWeights;
  const { path } = committedFile(import.meta.url, "data/pronoun-weights.json");
  if (!path) throw new Error("newsgraph resolve: src/resolve/data/pronoun-weights.json not found (npm run train:pronouns writes it)");
  return (defaultWeights = (JSON.parse(readFileSync(path, "utf8")) as { weights: PronounWeights }).weights);
}

/** Resolves every personal pronoun of the article to the person it most likely stands for, in reading order. */
export function resolvePronouns(doc: ArticleDoc, weights: PronounWeights = committedWeights()): PronounReference[] {
  const references: PronounReference[] = [];
  const candidates = new PronounCandidates(doc);
  doc.sentences.forEach((sentence, index) => {
    sentence.tokens.forEach((token, at) => {
      if (!pronounSex(token.text) || token.upos !== "PRON") return;
      let best: PronounCandidate | undefined;
      let bestScore = -Infinity;
      for (const candidate of candidates.candidates(index, at)) {
        const score = scoreCandidate(weights, candidate);
        if (score > bestScore) [best, bestScore] = [candidate, score];
      }
      if (!best) return;
      candidates.learnSex(best.entity, token.text);
      references.push({ sentence: index, token: at, antecedent: best.mention });
    });
  });
  return references;
}
