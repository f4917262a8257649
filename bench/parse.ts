// Cost of syntax (UD tags, lemmas, dependency parse) in annotate() over a JSONL feed: the
// tagger-only pipeline (sentences, tokens, Penn POS, NER: annotate() before syntax) against
// annotate() as it is (the same plus defaultSyntax().analyse on every sentence), in one run
// and on one core, plus the syntax step alone over the same sentences.
//
//   npm run bench:parse -- [../shared/data/news/articles.jsonl] [--repeat 3]
//   NODE_OPTIONS=--expose-gc npm run bench:parse -- …   (memory measured after a full gc)
//
// Prints each model's load time and the RSS the syntax models add (the lexicon they share
// with the tagger is loaded before), then per pass the tokens/s of each.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { annotate, defaultSyntax, defaultTagger, sentenceWords, splitSentences } from "../src/nlp/index.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { repeat: { type: "string", default: "3" } },
});
const path = positionals[0] ?? "../shared/data/news/articles.jsonl";
const texts = readFileSync(path, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** Each sentence of the text as its list of token strings. */
function articleSentences(text: string): string[][] {
  return splitSentences(text, [{ start: 0, end: text.length }]).map((span) => sentenceWords(text, span));
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;
const settledRss = () => {
  collectGarbage?.();
  return process.memoryUsage().rss;
};
const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const rate = (tokens: number, seconds: number) => `${seconds.toFixed(2)} s = ${Math.round(tokens / seconds).toLocaleString("en")} tokens/s`;

let start = performance.now();
const tagger = defaultTagger();
console.log(`tagger load: ${(performance.now() - start).toFixed(0)} ms`);

const rssBefore = settledRss();
start = performance.now();
const syntax = defaultSyntax();
const syntaxLoadMs = performance.now() - start;
const rssAdded = settledRss() - rssBefore;
console.log(
  `syntax load: ${syntaxLoadMs.toFixed(0)} ms, RSS +${megabytes(rssAdded)} ` +
    (collectGarbage ? "(after a full gc)" : "(no gc before measuring: run with NODE_OPTIONS=--expose-gc for a settled figure)"),
);

const sentences = texts.map(articleSentences);
const tokens = sentences.reduce((n, article) => n + article.reduce((m, words) => m + words.length, 0), 0);
console.log(`${texts.length} articles, ${sentences.reduce((n, a) => n + a.length, 0)} sentences, ${tokens} tokens`);

for (let pass = 1; pass <= Number(values.repeat); pass++) {
  start = performance.now();
  for (const text of texts) tagger.tagDocument(articleSentences(text));
  const taggerSeconds = (performance.now() - start) / 1000;

  start = performance.now();
  for (const text of texts) annotate(text, [{ start: 0, end: text.length }]);
  const annotateSeconds = (performance.now() - start) / 1000;

  start = performance.now();
  for (const article of sentences) for (const words of article) syntax.analyse(words);
  const syntaxSeconds = (performance.now() - start) / 1000;

  console.log(`pass ${pass}:`);
  console.log(`  tagger only (split, tokenise, POS, NER): ${rate(tokens, taggerSeconds)}`);
  console.log(`  annotate() with syntax:                  ${rate(tokens, annotateSeconds)}`);
  console.log(`  syntax alone (UD tags, lemmas, parse):   ${rate(tokens, syntaxSeconds)}`);
}
