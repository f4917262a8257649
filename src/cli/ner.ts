// `newsgraph ner --conll FILE`: tags CoNLL-format tokens and prints each input line with the
// predicted IOB2 tag appended (the format conlleval reads). Sentences between -DOCSTART-
// lines form one document for the tagger's document-level features.
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { UserError } from "../errors.js";
import { isDocStart } from "../nlp/conll.js";
import { defaultTagger } from "../nlp/index.js";

function readInput(file: string): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    throw new UserError(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** Tags CoNLL text and returns it with a tag column appended to every token line. */
export function tagConll(text: string): string {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const tagger = defaultTagger();
  const output: string[] = [];
  let documentLines: string[] = [];
  const flushDocument = () => {
    const sentences: string[][] = [];
    let current: string[] = [];
    for (const line of documentLines) {
      const word = line.trim().split(/\s+/)[0];
      if (word) current.push(word);
      else if (current.length > 0) {
        sentences.push(current);
        current = [];
      }
    }
    if (current.length > 0) sentences.push(current);
    const tags = tagger.tagDocument(sentences).ner.flat();
    let next = 0;
    for (const line of documentLines) output.push(line.trim() ? `${line.trimEnd()} ${tags[next++]}` : line);
    documentLines = [];
  };
  for (const line of lines) {
    if (isDocStart(line.trim())) {
      flushDocument();
      output.push(line);
    } else {
      documentLines.push(line);
    }
  }
  flushDocument();
  return output.length > 0 ? `${output.join("\n")}\n` : "";
}

export const nerCommand = new Command("ner")
  .description("Tag CoNLL-format tokens (first column; blank line between sentences) with IOB2 entity tags")
  .requiredOption("--conll <file>", "CoNLL file to tag, or - for stdin")
  .action((options: { conll: string }) => {
    process.stdout.write(tagConll(readInput(options.conll)));
  });
