// Speed of annotate() (sentence splitting, tokenising, POS and NER) over a JSONL feed.
//
//   npm run bench:ner -- [../shared/data/news/articles.jsonl] [--repeat 3]
//
// Prints model load time, then tokens/s and words/s per pass on one core.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { annotate, defaultTagger } from "../src/nlp/index.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { repeat: { type: "string", default: "3" } },
});
const path = positionals[0] ?? "../shared/data/news/articles.jsonl";
const texts = readFileSync(path, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { text: string }).text);
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);

const loadStart = performance.now();
defaultTagger();
console.log(`model load: ${(performance.now() - loadStart).toFixed(0)} ms`);

for (let pass = 1; pass <= Number(values.repeat); pass++) {
  let tokens = 0;
  const start = performance.now();
  for (const text of texts) {
    for (const sentence of annotate(text, [{ start: 0, end: text.length }])) tokens += sentence.tokens.length;
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `pass ${pass}: ${texts.length} articles, ${tokens} tokens in ${seconds.toFixed(2)} s = ` +
      `${Math.round(tokens / seconds).toLocaleString("en")} tokens/s, ${Math.round(words / seconds).toLocaleString("en")} words/s`,
  );
}
