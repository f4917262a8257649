// Sentences, tokens, part-of-speech and named-entity tags, and syntax, for an article's story spans.
// The models load once, lazily, on first use.
import { readFileSync } from "node:fs";
import type { Sentence, Span, Token } from "../doc.js";
import { lexiconFor, modelDirectory } from "./model-files.js";
import { LinearModel } from "./model.js";
import { sentenceWords, splitSentences } from "./sentences.js";
import { defaultSyntax, verbForNominalRoot } from "./syntax.js";
import { Tagger } from "./tagger.js";

export { tokenize, tokenizeRange, type TextToken } from "./tokenize.js";
export { sentenceWords, splitSentences, type SentenceSpan } from "./sentences.js";
export { defaultSyntax, loadSyntax, Syntax, type SentenceSyntax, type SyntaxAnalyser } from "./syntax.js";
export { Tagger, type TaggedDocument } from "./tagger.js";
export { NER_TAGS, ENTITY_TYPES } from "./features.js";
export { modelDirectory, loadLexicon } from "./model-files.js";

/** Loads the taggers from a model directory (default: the committed models). */
export function loadTagger(directory = modelDirectory(), lexicon = lexiconFor(directory)): Tagger {
  return new Tagger({
    pos: LinearModel.deserialize(readFileSync(`${directory}pos.bin.gz`)),
    nerFirst: LinearModel.deserialize(readFileSync(`${directory}ner-stage1.bin.gz`)),
    nerSecond: LinearModel.deserialize(readFileSync(`${directory}ner-stage2.bin.gz`)),
    lexicon,
  });
}

let sharedTagger: Tagger | undefined;

/** The tagger over the committed models, loaded on first call. */
export function defaultTagger(): Tagger {
  sharedTagger ??= loadTagger();
  return sharedTagger;
}

/**
 * Splits the story spans of `text` into sentences, tokenises them with exact offsets and
 * gives every token a Penn Treebank POS tag, an IOB2 entity tag (PER, ORG, LOC, MISC), its
 * UPOS tag, lemma, head and dependency relation. The article is one document for the NER
 * tagger's document-level features.
 */
export function annotate(text: string, storySpans: Span[]): Sentence[] {
  const spans = splitSentences(text, storySpans);
  const words = spans.map((span) => sentenceWords(text, span));
  const tagged = defaultTagger().tagDocument(words);
  const syntax = defaultSyntax();
  return spans.map((span, s) => {
    const offsets = span.tokenOffsets;
    const tokens: Token[] = new Array(words[s].length);
    const { upos, xpos, lemma, head, deprel } = syntax.analyse(words[s]);
    verbForNominalRoot(head, deprel, upos, xpos, tagged.pos[s]);
    for (let t = 0; t < tokens.length; t++) {
      tokens[t] = {
        text: words[s][t],
        start: offsets[2 * t],
        end: offsets[2 * t + 1],
        pos: tagged.pos[s][t],
        ner: tagged.ner[s][t],
        upos: upos[t],
        lemma: lemma[t],
        head: head[t],
        deprel: deprel[t],
      };
    }
    return { start: span.start, end: span.end, text: text.slice(span.start, span.end), tokens };
  });
}
