// Word knowledge the taggers use beyond the labelled data: word clusters learned from
// unlabelled news, how often a word is written lowercase (a capitalised word whose
// lowercase form is common is less likely a name), gazetteers and cue words.

/** Gazetteer and cue-word categories; each becomes its own feature value. */
export const GAZETTEER_TYPES = ["country", "capital", "city", "region", "demonym", "org", "givenName", "surname"] as const;
export const CUE_TYPES = ["orgCue", "personTitle", "locCue", "miscCue"] as const;

export interface LexiconData {
  /** word → cluster ids at three granularities (coarse, middle, fine). */
  clusters: Record<string, [number, number, number]>;
  /** lowercase word → how often the word is written in lowercase, 0 (never) … 4 (always). */
  caseBuckets: Record<string, number>;
  /** type → phrases, each phrase its lowercase words joined by spaces. */
  gazetteers: Partial<Record<(typeof GAZETTEER_TYPES)[number], string[]>>;
  /** type → lowercase cue words. */
  cues: Partial<Record<(typeof CUE_TYPES)[number], string[]>>;
}

export interface Phrase {
  words: string[];
  type: number;
}

/** What gazetteer matching needs of a token. */
export interface GazetteerToken {
  text: string;
  lower: string;
  /** Lexicon.phrasesStartingWith(lower), looked up once per word type. */
  phrases: readonly Phrase[] | undefined;
}

export class Lexicon {
  private readonly clusters = new Map<string, [number, number, number]>();
  private readonly caseBuckets = new Map<string, number>();
  /** first lowercase word → phrases starting with it, longest first. */
  private readonly phrasesByFirstWord = new Map<string, Phrase[]>();
  private readonly cues = new Map<string, number>();

  constructor(data: LexiconData) {
    for (const [word, ids] of Object.entries(data.clusters)) this.clusters.set(word, ids);
    for (const [word, bucket] of Object.entries(data.caseBuckets)) this.caseBuckets.set(word, bucket);
    GAZETTEER_TYPES.forEach((type, typeIndex) => {
      for (const phrase of data.gazetteers[type] ?? []) {
        const words = phrase.split(" ");
        const list = this.phrasesByFirstWord.get(words[0]) ?? [];
        list.push({ words, type: typeIndex });
        this.phrasesByFirstWord.set(words[0], list);
      }
    });
    for (const list of this.phrasesByFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
    CUE_TYPES.forEach((type, typeIndex) => {
      for (const word of data.cues[type] ?? []) this.cues.set(word, (this.cues.get(word) ?? 0) | (1 << typeIndex));
    });
  }

  /** Cluster ids of a word, trying its exact form, then title case, then lowercase. */
  clusterOf(word: string, lower: string): [number, number, number] | undefined {
    return (
      this.clusters.get(word) ??
      (word.length > 1 ? this.clusters.get(word[0] + lower.slice(1)) : undefined) ??
      this.clusters.get(lower)
    );
  }

  /** 0 … 4 as in LexiconData; 5 when the word was never seen. */
  caseBucket(lower: string): number {
    return this.caseBuckets.get(lower) ?? 5;
  }

  /** Whether news writes the word in lower case at least some of the time (case buckets 2 to 4). */
  isCommonWord(lower: string): boolean {
    const bucket = this.caseBucket(lower);
    return bucket >= 2 && bucket <= 4;
  }

  /** Bit mask of cue types (bit i = CUE_TYPES[i]). */
  cueMask(lower: string): number {
    return this.cues.get(lower) ?? 0;
  }

  /** Gazetteer phrases that start with this lowercase word, longest first. */
  phrasesStartingWith(lower: string): readonly Phrase[] | undefined {
    return this.phrasesByFirstWord.get(lower);
  }

  /**
   * Marks gazetteer matches over a sentence: bits 2t (begin) and 2t+1 (inside) of
   * masks[i] for type t. Only phrases whose first token is capitalised (or a headline)
   * match, so "china plates" is not a country.
   */
  static matchGazetteers(tokens: readonly GazetteerToken[], masks: Int32Array): void {
    const n = tokens.length;
    for (let i = 0; i < n; i++) {
      const phrases = tokens[i].phrases;
      if (phrases === undefined) continue;
      const first = tokens[i].text.charCodeAt(0);
      if (first >= 0x61 && first <= 0x7a) continue;
      for (const phrase of phrases) {
        const length = phrase.words.length;
        if (i + length > n) continue;
        let matches = true;
        for (let k = 1; k < length && matches; k++) matches = tokens[i + k].lower === phrase.words[k];
        if (!matches) continue;
        masks[i] |= 1 << (2 * phrase.type);
        for (let k = 1; k < length; k++) masks[i + k] |= 1 << (2 * phrase.type + 1);
      }
    }
  }
}
