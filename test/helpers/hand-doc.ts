// Builds an ArticleDoc by hand, so a stage can be tested without the trained taggers:
// each sentence is written as `word/POS` or `word/POS/NER` tokens separated by spaces.
// UPOS, lemmas and the dependency tree come from the trained syntax models.
import type { ArticleDoc, Sentence } from "../../src/doc.js";
import { defaultSyntax } from "../../src/nlp/syntax.js";

export function handDoc(sentences: string[], date: string | null = "2021-01-06", id = "hand"): ArticleDoc {
  let text = "";
  const annotated: Sentence[] = [];
  for (const line of sentences) {
    const start = text.length;
    const tokens = line.split(" ").map((item) => {
      const [word, pos, ner = "O"] = item.split("/");
      const tokenStart = text.length === start ? start : text.length + 1;
      text = text.length === start ? text + word : `${text} ${word}`;
      return { text: word, start: tokenStart, end: tokenStart + word.length, pos, ner };
    });
    const { upos, lemma, head, deprel } = defaultSyntax().analyse(tokens.map((t) => t.text));
    const parsed = tokens.map((t, i) => ({ ...t, upos: upos[i], lemma: lemma[i], head: head[i], deprel: deprel[i] }));
    annotated.push({ start, end: text.length, text: text.slice(start), tokens: parsed });
    text += "\n";
  }
  return {
    article: { id, text, date },
    storySpans: annotated.map(({ start, end }) => ({ start, end })),
    sentences: annotated,
    mentions: [],
    entities: [],
    events: [],
    relations: [],
  };
}
