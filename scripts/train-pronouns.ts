// Learns which person a personal pronoun stands for, from the coreference chains of ECB+ news
// (HUMAN_PART mentions "he", "she", "him", "his", "her" linked to the named person), and writes
// the weights src/resolve/pronouns.ts scores candidates with.
//
//   npm run train:pronouns -- --ecb ../shared/data/ecbplus [--train 1-22] [--dev 23-35]
//       [--epochs 15] [--out src/resolve/data/pronoun-weights.json] [--errors]
//
// Each article is tagged, parsed and resolved by the pipeline; a candidate is right when its
// entity has a mention that overlaps a mention of the pronoun's chain. The model is a conditional
// log-linear ranker over each pronoun's candidates, trained by gradient ascent on the train
// topics. Prints, on train and dev topics, how often the pronoun goes to a right person, beside
// the nearest-person rule it replaces: over the pronouns with a right candidate, and over all the
// linked ones.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { ArticleDoc, Span } from "../src/doc.js";
import { storySpans } from "../src/ingest/index.js";
import { annotate } from "../src/nlp/index.js";
import { resolveEntities } from "../src/resolve/index.js";
import { readEcbTopics, type EcbArticle } from "../src/resolve/train/ecbplus.js";
import { PronounCandidates, pronounSex, scoreCandidate, type PronounCandidate, type PronounWeights } from "../src/resolve/pronouns.js";

const { values: options } = parseArgs({
  options: {
    ecb: { type: "string" },
    train: { type: "string", default: "1-22" },
    dev: { type: "string", default: "23-35" },
    epochs: { type: "string", default: "15" },
    out: { type: "string", default: "src/resolve/data/pronoun-weights.json" },
    errors: { type: "boolean", default: false },
  },
});
if (!options.ecb) {
  console.error("usage: npm run train:pronouns -- --ecb DIR_OF_ECB+_TOPICS [--train 1-22] [--dev 23-35] [--out FILE]");
  process.exit(2);
}

/** A pronoun of an ECB+ article with the character spans of the other mentions of its chain. */
interface GoldPronoun {
  sentence: number;
  token: number;
  word: string;
  chain: Span[];
}
interface Article {
  doc: ArticleDoc;
  pronouns: GoldPronoun[];
}

/** An ECB+ article as text (its tokens joined by spaces, a sentence a line), run through the pipeline up to resolution, with its chained pronouns. */
function prepare(article: EcbArticle): Article {
  const tokenSpan = new Map<string, Span>();
  let text = "";
  article.tokens.forEach((token, index) => {
    if (index > 0) text += token.sentence === article.tokens[index - 1].sentence ? " " : "\n";
    tokenSpan.set(token.id, { start: text.length, end: text.length + token.text.length });
    text += token.text;
  });
  const markables = new Map<string, { tag: string; span: Span }>();
  for (const [id, { tag, tokenIds }] of article.markables) {
    const spans = tokenIds.map((token) => tokenSpan.get(token)).filter((span): span is Span => Boolean(span));
    if (spans.length) markables.set(id, { tag, span: { start: spans[0].start, end: spans[spans.length - 1].end } });
  }
  const doc: ArticleDoc = { article: { id: article.file, text, date: null }, storySpans: [], sentences: [], mentions: [], entities: [], events: [], relations: [] };
  doc.storySpans = storySpans(text);
  doc.sentences = annotate(text, doc.storySpans);
  resolveEntities(doc);
  const pronouns: GoldPronoun[] = [];
  for (const sources of article.chains) {
    for (const id of sources) {
      const markable = markables.get(id);
      if (!markable?.tag.startsWith("HUMAN_PART")) continue;
      const word = text.slice(markable.span.start, markable.span.end);
      if (!pronounSex(word)) continue;
      const sentence = doc.sentences.findIndex((s) => s.start <= markable.span.start && markable.span.start < s.end);
      const token = sentence < 0 ? -1 : doc.sentences[sentence].tokens.findIndex((t) => t.start === markable.span.start);
      if (token < 0) continue;
      const chain = sources.filter((other) => other !== id).map((other) => markables.get(other)?.span).filter((span): span is Span => Boolean(span));
      pronouns.push({ sentence, token, word, chain });
    }
  }
  pronouns.sort((a, b) => a.sentence - b.sentence || a.token - b.token);
  return { doc, pronouns };
}

const readTopics = (range: string) => readEcbTopics(options.ecb!, range).map(prepare);

/** Whether the candidate's entity has a mention that overlaps one of the chain's. */
function isRight(doc: ArticleDoc, candidate: PronounCandidate, pronoun: GoldPronoun): boolean {
  return doc.mentions.some((mention) => mention.entity === candidate.entity && pronoun.chain.some((span) => span.start < mention.end && mention.start < span.end));
}

interface Example {
  candidates: PronounCandidate[];
  right: boolean[];
}

/** Training examples: each pronoun's candidates, the sex of earlier pronouns taken from the right answers. */
function examples(articles: Article[]): Example[] {
  const result: Example[] = [];
  for (const { doc, pronouns } of articles) {
    const reader = new PronounCandidates(doc);
    for (const pronoun of pronouns) {
      const candidates = reader.candidates(pronoun.sentence, pronoun.token);
      const right = candidates.map((candidate) => isRight(doc, candidate, pronoun));
      const answer = candidates.find((_, index) => right[index]);
      if (answer) reader.learnSex(answer.entity, pronoun.word);
      if (right.some(Boolean)) result.push({ candidates, right });
    }
  }
  return result;
}

function train(data: Example[], epochs: number): PronounWeights {
  const weights: Record<string, number> = {};
  const rate = 0.1;
  const l2 = 1e-3;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const { candidates, right } of data) {
      const scores = candidates.map((candidate) => scoreCandidate(weights, candidate));
      const top = Math.max(...scores);
      const exps = scores.map((score) => Math.exp(score - top));
      const total = exps.reduce((sum, value) => sum + value, 0);
      const rightTotal = exps.reduce((sum, value, index) => sum + (right[index] ? value : 0), 0);
      candidates.forEach((candidate, index) => {
        // Gradient of log P(a right candidate): its share among the right ones minus its share among all.
        const gradient = (right[index] ? exps[index] / rightTotal : 0) - exps[index] / total;
        for (const feature of candidate.features) weights[feature] = (weights[feature] ?? 0) + rate * gradient;
      });
    }
    for (const feature of Object.keys(weights)) weights[feature] *= 1 - rate * l2;
  }
  return Object.fromEntries(Object.entries(weights).sort(([a], [b]) => a.localeCompare(b)).map(([feature, weight]) => [feature, Math.round(weight * 1000) / 1000]));
}

/** Resolves the pronouns in reading order as the pipeline does (earlier answers give later ones their sex) and counts right answers. */
function evaluate(articles: Article[], choose: (candidates: PronounCandidate[]) => PronounCandidate | undefined) {
  let linked = 0;
  let answerable = 0;
  let right = 0;
  for (const { doc, pronouns } of articles) {
    const reader = new PronounCandidates(doc);
    for (const pronoun of pronouns) {
      const candidates = reader.candidates(pronoun.sentence, pronoun.token);
      linked++;
      if (candidates.some((candidate) => isRight(doc, candidate, pronoun))) answerable++;
      const chosen = choose(candidates);
      if (!chosen) continue;
      reader.learnSex(chosen.entity, pronoun.word);
      if (isRight(doc, chosen, pronoun)) right++;
      else if (options.errors && articles === devArticles) {
        const sentence = doc.sentences[pronoun.sentence];
        const answer = candidates.find((candidate) => isRight(doc, candidate, pronoun));
        console.log(`  ${doc.article.id}: "${pronoun.word}" -> ${chosen.entity} [${chosen.features.join(" ")}]; right: ${answer?.entity ?? "none"} [${answer?.features.join(" ") ?? ""}]\n    ${sentence.text.slice(0, 200)}`);
      }
    }
  }
  return { linked, answerable, right, ofAnswerable: +(right / answerable).toFixed(4), ofLinked: +(right / linked).toFixed(4) };
}

const started = Date.now();
const trainArticles = readTopics(options.train!);
const devArticles = readTopics(options.dev!);
console.log(`read ${trainArticles.length} train and ${devArticles.length} dev articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const weights = train(examples(trainArticles), Number(options.epochs));
const nearest = (candidates: PronounCandidate[]) => candidates[0];
const learned = (candidates: PronounCandidate[]) =>
  candidates.reduce<PronounCandidate | undefined>((best, candidate) => (!best || scoreCandidate(weights, candidate) > scoreCandidate(weights, best) ? candidate : best), undefined);
for (const [name, articles] of [[`train (${options.train})`, trainArticles], [`dev (${options.dev})`, devArticles]] as const) {
  console.log(`${name}: nearest person ${JSON.stringify(evaluate(articles, nearest))}`);
  console.log(`${name}: learned        ${JSON.stringify(evaluate(articles, learned))}`);
}
writeFileSync(options.out!, `${JSON.stringify({ trainedOn: `ECB+ topics ${options.train}`, epochs: Number(options.epochs), weights }, null, 1)}\n`);
console.log(`wrote ${options.out}`);
