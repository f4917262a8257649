// Given names and surnames for the NER gazetteers, learned from entity-annotated text that is
// not the tagger's training data: Re-DocRED's PER entities (Wikipedia) and CoNLL04 train's
// people (news). A word joins the list when it is far more often part of a person's name than
// of any other entity there, so "Oswald" and "Starr" do, "Lincoln" (also a city, a centre and
// a memorial) does not. Single-word surnames the tagger has never seen are what it most often
// takes for an organisation.
import { bilouSpans, type TaggedSentence } from "../conll.js";

/** The parts of Re-DocRED documents read here. */
export interface NamedEntityDocument {
  vertexSet: Array<Array<{ type: string; name: string }>>;
}

export interface PersonNameSettings {
  /** A word must be part of a person's name this many times more often than of other entities. */
  personRatio: number;
  /** ... and of at least this many person mentions. */
  minCount: number;
}

export const DEFAULT_PERSON_NAME_SETTINGS: PersonNameSettings = { personRatio: 4, minCount: 1 };

/** A capitalised word of letters: "O'Brien", "Jean-Paul"; not "II", "Jr.", "de". */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;

interface Counts {
  given: Map<string, number>;
  surname: Map<string, number>;
  other: Map<string, number>;
}

const bump = (map: Map<string, number>, word: string) => map.set(word, (map.get(word) ?? 0) + 1);

/** Counts a mention's name words: first of several as given name, last as surname, all of another entity's as other. */
function countMention(words: string[], isPerson: boolean, counts: Counts): void {
  const names = words.filter((word) => NAME_WORD.test(word));
  if (!isPerson) {
    for (const word of names) bump(counts.other, word);
    return;
  }
  if (names.length === 0) return;
  bump(counts.surname, names[names.length - 1]);
  if (names.length > 1) bump(counts.given, names[0]);
}

/** Lowercase given names and surnames, each list sorted. */
export function learnPersonNames(
  documents: readonly NamedEntityDocument[],
  sentences: readonly TaggedSentence[],
  settings: PersonNameSettings = DEFAULT_PERSON_NAME_SETTINGS,
): { givenNames: string[]; surnames: string[] } {
  const counts: Counts = { given: new Map(), surname: new Map(), other: new Map() };
  for (const document of documents) {
    for (const entity of document.vertexSet) {
      for (const mention of entity) countMention(mention.name.split(/[\s"]+/), mention.type === "PER", counts);
    }
  }
  for (const sentence of sentences) {
    for (const span of bilouSpans(sentence.tags)) countMention(sentence.tokens.slice(span.start, span.end), span.type === "Peop", counts);
  }
  const keep = (part: Map<string, number>) =>
    [...part]
      .filter(([word, count]) => count >= settings.minCount && count >= settings.personRatio * (counts.other.get(word) ?? 0))
      .map(([word]) => word.toLowerCase())
      .sort();
  return { givenNames: keep(counts.given), surnames: keep(counts.surname) };
}
