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

/** A CoNLL04 sentence: tokens and BILOU entity tags ("B-Peop", "U-Loc"). */
export interface TaggedSentence {
  tokens: string[];
  tags: string[];
}

/** CoNLL04's entity types as the tagger's: Peop, Org and Loc are PER, ORG and LOC. */
const CONLL04_TYPES: Record<string, string> = { Peop: "PER", Org: "ORG", Loc: "LOC", Other: "MISC" };

/**
 * CoNLL04's "Other" holds dates, amounts and times ("13 Feb 94", "42 percent") beside the names
 * CoNLL-2003 calls MISC ("World War II", "Americans"); only a span of capitalised words with no
 * figure and no month or weekday is MISC, the rest is O as it is in CoNLL-2003.
 */
const NOT_MISC = /\d|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i;

/**
 * Words that CoNLL-2003 leaves outside the entity they open ("President Clinton", "the Associated
 * Press"), by the entity's type: those seen at least twice as O just before an entity of the type
 * and more often so than inside one.
 */
export function wordsLeftOutside(documents: readonly ConllDocument[]): Map<string, Set<string>> {
  const before = new Map<string, number>();
  const inside = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const sentence of documents.flatMap((document) => document.sentences)) {
    const tags = sentence.columns.map((columns) => columns[columns.length - 1]);
    sentence.words.forEach((word, index) => {
      const tag = tags[index];
      if (tag !== "O") bump(inside, `${tag.slice(2)} ${word.toLowerCase()}`);
      // After an O, any entity tag opens an entity (B- in IOB2, I- in IOB1).
      else if (tags[index + 1] && tags[index + 1] !== "O") bump(before, `${tags[index + 1].slice(2)} ${word.toLowerCase()}`);
    });
  }
  const outside = new Map<string, Set<string>>();
  for (const [key, count] of before) {
    if (count < 2 || count <= (inside.get(key) ?? 0)) continue;
    const [type, word] = key.split(" ");
    outside.set(type, (outside.get(type) ?? new Set()).add(word));
  }
  return outside;
}

/**
 * A CoNLL04 sentence (tokens, BILOU tags) as a one-sentence CoNLL document with IOB2 NER tags in
 * its last column, on CoNLL-2003's conventions: the opening words CoNLL-2003 leaves outside an
 * entity of the type (`outside`, from wordsLeftOutside) are left outside here too.
 */
export function conll04Document(sentence: TaggedSentence, outside: ReadonlyMap<string, ReadonlySet<string>>): ConllDocument {
  const tags = sentence.tokens.map(() => "O");
  for (const span of bilouSpans(sentence.tags)) {
    const type = CONLL04_TYPES[span.type];
    let start = span.start;
    while (start < span.end - 1 && outside.get(type)?.has(sentence.tokens[start].toLowerCase())) start++;
    const words = sentence.tokens.slice(start, span.end);
    if (!type || (type === "MISC" && words.some((word) => NOT_MISC.test(word) || !/^\p{Lu}/u.test(word)))) continue;
    for (let index = start; index < span.end; index++) tags[index] = `${index === start ? "B" : "I"}-${type}`;
  }
  return { sentences: [{ words: sentence.tokens, columns: tags.map((tag) => [tag]) }] };
}
