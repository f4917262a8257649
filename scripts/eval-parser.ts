// Scores the UD tagger, lemmatiser and dependency parser on a CoNLL-U treebank with its own
// (gold) tokens: UPOS, XPOS, lemma, UAS and LAS over every word, punctuation included, plus
// speed and a per-relation table.
//
//   npm run eval:parser -- [../shared/data/ud-ewt/en_ewt-ud-dev.conllu] [--models DIR]
//
// --models scores a model directory (say, a training run's --out) instead of the committed models.
//
// LAS is printed twice: with the full relation ("nsubj:pass" must match exactly) and with
// the universal relation only, which is what the CoNLL 2018 scorer calls LAS.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { parseConllu } from "../src/nlp/conllu.js";
import { scoreSyntax, syntaxOfConllu } from "../src/nlp/evaluate-syntax.js";
import { defaultSyntax, loadSyntax, type SentenceSyntax } from "../src/nlp/syntax.js";

const RELATIONS_SHOWN = 20;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { models: { type: "string" } } });
const path = positionals[0] ?? "../shared/data/ud-ewt/en_ewt-ud-dev.conllu";
const sentences = parseConllu(readFileSync(path, "utf8"));

const loadStart = performance.now();
const analyser = values.models ? loadSyntax(values.models.replace(/\/?$/, "/")) : defaultSyntax();
const loadMs = performance.now() - loadStart;

const predicted: SentenceSyntax[] = [];
const parseStart = performance.now();
for (const sentence of sentences) predicted.push(analyser.analyse(sentence.words.map((w) => w.form)));
const parseSeconds = (performance.now() - parseStart) / 1000;

const scores = scoreSyntax(sentences.map(syntaxOfConllu), predicted);
const percent = (fraction: number) => `${(100 * fraction).toFixed(2)}%`.padStart(7);

console.log(`${basename(path)}: ${scores.sentences.toLocaleString("en")} sentences, ${scores.words.toLocaleString("en")} words (gold tokens, punctuation included)`);
console.log(`model load: ${loadMs.toFixed(0)} ms`);
console.log(
  `tag + lemmatise + parse: ${parseSeconds.toFixed(2)} s = ${Math.round(scores.words / parseSeconds).toLocaleString("en")} tokens/s, ` +
    `${Math.round(scores.sentences / parseSeconds).toLocaleString("en")} sentences/s (one core)`,
);
console.log();
const figures: Array<[string, number]> = [
  ["UPOS", scores.upos],
  ["XPOS", scores.xpos],
  ["lemma", scores.lemma],
  ["UAS", scores.uas],
  ["LAS, full relation", scores.las],
  ["LAS, universal relation only (CoNLL 2018's LAS)", scores.universalLas],
];
for (const [label, value] of figures) console.log(`${label.padEnd(50)}${percent(value)}`);
console.log();
console.log(`${RELATIONS_SHOWN} most frequent relations (a word counts as correct with the gold head and full relation):`);
console.log(`${"relation".padEnd(16)}${"gold".padStart(7)}${"precision".padStart(11)}${"recall".padStart(9)}${"F1".padStart(9)}`);
for (const relation of scores.relations.slice(0, RELATIONS_SHOWN)) {
  console.log(
    `${relation.deprel.padEnd(16)}${String(relation.gold).padStart(7)}` +
      `${percent(relation.precision).padStart(11)}${percent(relation.recall).padStart(9)}${percent(relation.f1).padStart(9)}`,
  );
}
