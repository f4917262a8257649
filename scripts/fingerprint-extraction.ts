// Fingerprint of everything extraction outputs (every token's tags, lemma, head and relation;
// every entity, relation and event) over BBC articles and the gold articles, so a change
// meant only to make extraction faster can be checked to change nothing.
//   npx tsx scripts/fingerprint-extraction.ts OUT.json [--limit 300]
//   then compare two fingerprints with cmp (or diff after `jq -c '.[]'`).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Article } from "../src/doc.js";
import { parseFeed } from "../src/ingest/index.js";
import { processArticle } from "../src/pipeline.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    limit: { type: "string", default: "300" },
    news: { type: "string", default: "../shared/data/news/articles.jsonl" },
    gold: { type: "string", default: "../shared/eval/gold" },
  },
});
const out = positionals[0];
// OUT comes first and is overwritten: a feed path put there by mistake would be lost.
if (!out?.endsWith(".json") || positionals.length > 1) throw new Error("usage: fingerprint-extraction.ts OUT.json [--limit N] (OUT must end in .json)");

const news = parseFeed(readFileSync(values.news, "utf8"), values.news)
  .flatMap((item) => ("article" in item ? [item.article] : []))
  .slice(0, Number(values.limit));
const gold: Article[] = readdirSync(values.gold)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => {
    const { id, text, date } = JSON.parse(readFileSync(`${values.gold}/${name}`, "utf8")) as { id: string; text: string; date?: string };
    return { id, text, date: date ?? null };
  });

let tokens = 0;
const fingerprint = [...news, ...gold].map((article) => {
  const doc = processArticle(article);
  const sentences = doc.sentences.map((s) =>
    s.tokens.map((t) => {
      tokens++;
      return [t.pos, t.ner, t.upos, t.lemma, t.head, t.deprel];
    }),
  );
  return { id: article.id, sentences, entities: doc.entities, relations: doc.relations, events: doc.events };
});
writeFileSync(out, JSON.stringify(fingerprint));
console.log(`${fingerprint.length} articles (${news.length} news, ${gold.length} gold), ${tokens} tokens → ${out}`);
