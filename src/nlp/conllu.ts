// Reading and writing CoNLL-U (Universal Dependencies): ten tab-separated columns a word,
// `#` comment lines, a blank line after each sentence. Multiword-token lines ("3-4") and
// empty nodes ("5.1") are kept verbatim so a file can be written back with its own layout.

export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 1-based head; 0 is the root. */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

export interface ConlluSentence {
  /** Comment lines, "#" included. */
  comments: string[];
  words: ConlluWord[];
  /** Multiword-token and empty-node lines, each kept before the word it precedes (index into words). */
  extraLines: Array<{ before: number; line: string }>;
}

const COLUMNS = 10;

/** Sentences of a CoNLL-U text; throws with the line number on a malformed word line. */
export function parseConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { comments: [], words: [], extraLines: [] };
  const close = () => {
    if (current.words.length > 0 || current.comments.length > 0) sentences.push(current);
    current = { comments: [], words: [], extraLines: [] };
  };
  const lines = text.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].replace(/\r$/, "");
    if (line.trim() === "") {
      close();
      continue;
    }
    if (line.startsWith("#")) {
      current.comments.push(line);
      continue;
    }
    const fields = line.split("\t");
    if (fields.length !== COLUMNS) throw new Error(`line ${n + 1}: expected ${COLUMNS} tab-separated columns, found ${fields.length}`);
    if (/^\d+[-.]\d+$/.test(fields[0])) {
      current.extraLines.push({ before: current.words.length, line });
      continue;
    }
    if (!/^\d+$/.test(fields[0])) throw new Error(`line ${n + 1}: bad word id "${fields[0]}"`);
    const [, form, lemma, upos, xpos, feats, head, deprel, deps, misc] = fields;
    current.words.push({ form, lemma, upos, xpos, feats, head: head === "_" ? -1 : Number(head), deprel, deps, misc });
  }
  close();
  return sentences;
}

/** One sentence as CoNLL-U lines (with its comments and kept lines), ending in a blank line. */
export function formatConllu(sentence: ConlluSentence): string {
  const out = [...sentence.comments];
  let extra = 0;
  sentence.words.forEach((w, i) => {
    while (extra < sentence.extraLines.length && sentence.extraLines[extra].before === i) out.push(sentence.extraLines[extra++].line);
    const head = w.head < 0 ? "_" : String(w.head);
    out.push([i + 1, w.form, w.lemma, w.upos, w.xpos, w.feats, head, w.deprel, w.deps, w.misc].join("\t"));
  });
  while (extra < sentence.extraLines.length) out.push(sentence.extraLines[extra++].line);
  return `${out.join("\n")}\n\n`;
}
