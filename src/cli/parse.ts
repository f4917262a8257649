// `newsgraph parse FILE`: Universal Dependencies tags, lemmas and a dependency tree for every
// sentence, printed as CoNLL-U one sentence at a time. CoNLL-U input keeps its own tokens,
// comments, multiword-token and empty-node lines and its FEATS, DEPS and MISC columns, so the
// output lines up with the gold file for the standard evaluation scripts; plain text is split
// into sentences and tokenised first.
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { Command, Option } from "commander";
import { UserError } from "../errors.js";
import { formatConllu, parseConllu, type ConlluSentence, type ConlluWord } from "../nlp/conllu.js";
import { sentenceWords, splitSentences } from "../nlp/index.js";
import { defaultSyntax, type SyntaxAnalyser } from "../nlp/syntax.js";

export type ParseInputFormat = "conllu" | "text";

/** CoNLL-U when the first line that is neither blank nor a comment has ten tab-separated columns and a numeric id. */
export function looksLikeConllu(text: string): boolean {
  for (const line of text.split("\n", 1000)) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const fields = line.replace(/\r$/, "").split("\t");
    return fields.length === 10 && /^\d+([-.]\d+)?$/.test(fields[0]);
  }
  return false;
}

/** The sentence with predicted UPOS, XPOS, LEMMA, HEAD and DEPREL; its forms, FEATS, DEPS, MISC and other lines kept. */
export function parseConlluSentence(sentence: ConlluSentence, analyser: SyntaxAnalyser): ConlluSentence {
  // A comment block with no words (a trailing "# newdoc") has nothing to parse.
  if (sentence.words.length === 0) return sentence;
  const syntax = analyser.analyse(sentence.words.map((w) => w.form));
  const words = sentence.words.map(
    (w, i): ConlluWord => ({ ...w, upos: syntax.upos[i], xpos: syntax.xpos[i], lemma: syntax.lemma[i], head: syntax.head[i] + 1, deprel: syntax.deprel[i] }),
  );
  return { ...sentence, words };
}

/** Plain text split into sentences and tokens, each sentence parsed, numbered from 1. */
export function* parseText(text: string, analyser: SyntaxAnalyser): Generator<ConlluSentence> {
  let sentenceNumber = 0;
  for (const span of splitSentences(text, [{ start: 0, end: text.length }])) {
    const offsets = span.tokenOffsets;
    const forms = sentenceWords(text, span);
    const syntax = analyser.analyse(forms);
    const words = forms.map(
      (form, i): ConlluWord => ({
        form,
        lemma: syntax.lemma[i],
        upos: syntax.upos[i],
        xpos: syntax.xpos[i],
        feats: "_",
        head: syntax.head[i] + 1,
        deprel: syntax.deprel[i],
        deps: "_",
        // Within the sentence only: "# text" is rebuilt from the forms and these marks.
        misc: i + 1 < forms.length && offsets[2 * i + 1] === offsets[2 * i + 2] ? "SpaceAfter=No" : "_",
      }),
    );
    // A comment is one line: hard-wrapped sentences get a space where the line broke.
    const sentenceText = text.slice(span.start, span.end).replace(/\s*[\r\n\u2029]\s*/g, " ");
    yield { comments: [`# sent_id = ${++sentenceNumber}`, `# text = ${sentenceText}`], words, extraLines: [] };
  }
}

function readInput(file: string): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    throw new UserError(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** The shared analyser; a missing model is the user's to fix, so it is reported on one line. */
function loadAnalyser(): SyntaxAnalyser {
  try {
    return defaultSyntax();
  } catch (error) {
    throw new UserError((error as Error).message, { cause: error });
  }
}

/** Writes each chunk as it comes, waiting when stdout's buffer is full. */
async function writeEach(chunks: Iterable<string>): Promise<void> {
  // A reader that has seen enough (`| head`) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(0);
  });
  for (const chunk of chunks) {
    if (!process.stdout.write(chunk)) await once(process.stdout, "drain");
  }
}

function* formatted(sentences: Iterable<ConlluSentence>): Generator<string> {
  for (const sentence of sentences) yield formatConllu(sentence);
}

function* parseEach(sentences: ConlluSentence[], analyser: SyntaxAnalyser): Generator<ConlluSentence> {
  for (const sentence of sentences) yield parseConlluSentence(sentence, analyser);
}

export const parseCommand = new Command("parse")
  .description("Tag, lemmatise and dependency-parse plain text or CoNLL-U (Universal Dependencies) and print CoNLL-U")
  .argument("<file>", "text or CoNLL-U file, or - for stdin")
  .addOption(new Option("--format <format>", "input format (default: CoNLL-U if the first word line has ten tab-separated columns, else text)").choices(["conllu", "text"]))
  .addHelpText(
    "after",
    "\nCoNLL-U input keeps its tokens, comments, multiword-token and empty-node lines and its FEATS, DEPS and MISC columns;" +
      "\nUPOS, XPOS, LEMMA, HEAD and DEPREL are predicted, so the output scores against the input with the CoNLL 2018 evaluation script." +
      "\nPlain text is split into sentences and tokenised; each sentence gets # sent_id and # text, and SpaceAfter=No where tokens touch." +
      "\nExample: newsgraph parse ../shared/data/ud-ewt/en_ewt-ud-dev.conllu > dev.system.conllu",
  )
  .action(async (file: string, options: { format?: ParseInputFormat }) => {
    const text = readInput(file);
    const format = options.format ?? (looksLikeConllu(text) ? "conllu" : "text");
    if (format === "text") {
      const analyser = loadAnalyser();
      await writeEach(formatted(parseText(text, analyser)));
      return;
    }
    // The whole file is read before anything is printed, so a malformed line leaves stdout empty.
    let sentences: ConlluSentence[];
    try {
      sentences = parseConllu(text);
    } catch (error) {
      throw new UserError(`${file === "-" ? "stdin" : file}: ${(error as Error).message}`, { cause: error });
    }
    const analyser = loadAnalyser();
    await writeEach(formatted(parseEach(sentences, analyser)));
  });
