// Reading CoNLL-2003 files: one token a line ("word POS chunk NER"), a blank line between
// sentences, "-DOCSTART-" lines between documents.

export interface ConllSentence {
  words: string[];
  /** Columns after the word, one array per token (POS, chunk, NER in CoNLL-2003). */
  columns: string[][];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

export const isDocStart = (line: string) => line.startsWith("-DOCSTART-");

/** Documents of a CoNLL file; sentences before any -DOCSTART- form the first document. */
export function parseConll(text: string): ConllDocument[] {
  const documents: ConllDocument[] = [{ sentences: [] }];
  let sentence: ConllSentence = { words: [], columns: [] };
  const closeSentence = () => {
    if (sentence.words.length > 0) documents[documents.length - 1].sentences.push(sentence);
    sentence = { words: [], columns: [] };
  };
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (isDocStart(trimmed)) {
      closeSentence();
      if (documents[documents.length - 1].sentences.length > 0) documents.push({ sentences: [] });
    } else if (trimmed === "") {
      closeSentence();
    } else {
      const fields = trimmed.split(/\s+/);
      sentence.words.push(fields[0]);
      sentence.columns.push(fields.slice(1));
    }
  }
  closeSentence();
  return documents.filter((d) => d.sentences.length > 0);
}

/** Entity spans [start, end) from BILOU tags ("B-Peop", "I-Peop", "L-Peop", "U-Loc", "O"), in order: CoNLL04's format. */
export function bilouSpans(tags: readonly string[]): Array<{ start: number; end: number; type: string }> {
  const spans: Array<{ start: number; end: number; type: string }> = [];
  tags.forEach((tag, index) => {
    if (tag.startsWith("B-") || tag.startsWith("U-")) spans.push({ start: index, end: index + 1, type: tag.slice(2) });
    else if ((tag.startsWith("I-") || tag.startsWith("L-")) && spans.length > 0) spans[spans.length - 1].end = index + 1;
  });
  return spans;
}
