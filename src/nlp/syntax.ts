// Syntax for tokenised sentences: Universal Dependencies tags (UPOS and Penn XPOS), lemmas
// and a dependency tree, from the models trained on UD English EWT (npm run train:parser).
import { existsSync, readFileSync } from "node:fs";
import { MAX_FEATURES, SentenceAttributes, udLookaheadFeatures, udTagFeatures } from "./features.js";
import { Lemmatizer, type LemmatizerData } from "./lemmatizer.js";
import type { Lexicon } from "./lexicon.js";
import { defaultLexicon, loadLexicon, modelDirectory, readGzipJson } from "./model-files.js";
import { LinearModel } from "./model.js";
import { DependencyParser, type ParserInput, type ParserModels } from "./parser.js";
import { posDictionary, tagPos } from "./tagger.js";
export interface SentenceSyntax {
  upos: string[];
  xpos: string[];
  lemma: string[];
  /** Index of each token's head within the sentence; -1 for the root. */
  head: Int32Array;
  /** Universal Dependencies relation of each token to its head, with subtypes ("nsubj:pass"). */
  deprel: string[];
}

export interface SyntaxAnalyser {
  /** Tags, lemmatises and parses one tokenised sentence; any input gives one well-formed tree. */
  analyse(words: string[]): SentenceSyntax;
}

/** The UD tagger's joint tags ("VERB|VBD") split into their parts, by tag id. */
export interface UdTagSet {
  upos: string[];
  xpos: string[];
  /** UPOS id of each joint tag, for the parser's coarse features. */
  coarse: Uint8Array;
}

export function udTagSet(jointTags: string[]): UdTagSet {
  const upos = jointTags.map((t) => t.split("|")[0]);
  const xpos = jointTags.map((t) => t.split("|")[1] ?? t);
  const uposNames = [...new Set(upos)].sort();
  return { upos, xpos, coarse: Uint8Array.from(upos, (u) => uposNames.indexOf(u)) };
}

/** Tags a sentence with the UD tagger's two passes (into s.pos; the first pass's tags stay in s.firstPass). */
export function tagUd(
  tagger: SyntaxModels["tagger"],
  dictionaries: { firstPass: Map<string, number>; secondPass: Map<string, number> },
  s: SentenceAttributes,
  keys: Int32Array,
  scores: Float32Array,
): void {
  tagPos(tagger.firstPass, dictionaries.firstPass, s, keys, scores, udTagFeatures);
  s.firstPass.set(s.pos);
  tagPos(tagger.secondPass, dictionaries.secondPass, s, keys, scores, udLookaheadFeatures);
}

/** What the parser reads of a tagged sentence. */
export function parserInput(s: SentenceAttributes, tagSet: UdTagSet): ParserInput {
  const coarse = new Uint8Array(s.n);
  for (let i = 0; i < s.n; i++) coarse[i] = tagSet.coarse[s.pos[i]];
  return { n: s.n, word: s.lower, tag: s.pos, coarse, cluster: s.cluster };
}

export interface SyntaxModels {
  /** Greedy tagger over joint UPOS|XPOS tags: a first pass, then a second that sees the first's tags ahead. */
  tagger: { firstPass: LinearModel; secondPass: LinearModel };
  parser: ParserModels;
  lemmatizer: Lemmatizer;
  /** Word clusters and case statistics, shared with the NER tagger. */
  lexicon: Lexicon;
}

export class Syntax implements SyntaxAnalyser {
  private readonly tagSet: UdTagSet;
  private readonly dictionaries: { firstPass: Map<string, number>; secondPass: Map<string, number> };
  private readonly parser: DependencyParser;
  private readonly keys = new Int32Array(MAX_FEATURES);
  private readonly scores: Float32Array;

  constructor(readonly models: SyntaxModels) {
    const { firstPass, secondPass } = models.tagger;
    this.tagSet = udTagSet(secondPass.tags);
    this.dictionaries = { firstPass: posDictionary(firstPass), secondPass: posDictionary(secondPass) };
    this.parser = new DependencyParser(models.parser);
    this.scores = new Float32Array(secondPass.tagCount);
  }

  analyse(words: string[]): SentenceSyntax {
    const s = new SentenceAttributes(words, this.models.lexicon);
    tagUd(this.models.tagger, this.dictionaries, s, this.keys, this.scores);
    const { head, label } = this.parser.parse(parserInput(s, this.tagSet));
    const upos = new Array<string>(s.n);
    const xpos = new Array<string>(s.n);
    const lemma = new Array<string>(s.n);
    const deprel = new Array<string>(s.n);
    for (let i = 0; i < s.n; i++) {
      upos[i] = this.tagSet.upos[s.pos[i]];
      xpos[i] = this.tagSet.xpos[s.pos[i]];
      lemma[i] = this.models.lemmatizer.lemma(words[i], upos[i], xpos[i]);
      deprel[i] = this.parser.labels[label[i]];
    }
    return { upos, xpos, lemma, head, deprel };
  }
}

/** Loads the syntax models from a model directory (default: the committed models). */
export function loadSyntax(directory = modelDirectory(), lexicon = directory === modelDirectory() ? defaultLexicon() : loadLexicon(directory)): Syntax {
  const required = (name: string) => {
    const path = `${directory}${name}`;
    if (!existsSync(path)) throw new Error(`newsgraph nlp: syntax model ${path} is missing (npm run train:parser builds it)`);
    return path;
  };
  const model = (name: string) => LinearModel.deserialize(readFileSync(required(name)));
  return new Syntax({
    tagger: { firstPass: model("ud-tagger-pass1.bin.gz"), secondPass: model("ud-tagger-pass2.bin.gz") },
    parser: { transitions: model("parser.bin.gz"), labels: model("labels.bin.gz") },
    lemmatizer: new Lemmatizer(readGzipJson<LemmatizerData>(required("lemmas.json.gz"))),
    lexicon,
  });
}

let sharedSyntax: Syntax | undefined;

/** The syntax models, loaded on first call. */
export function defaultSyntax(): Syntax {
  sharedSyntax ??= loadSyntax();
  return sharedSyntax;
}
