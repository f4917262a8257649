// "The company said…", "the bank reported…", "the government said…": a definite noun that news uses
// for an organisation or a country it has named. Such a noun stands for the one of its kind the
// article has named most often before it (the first named of those named as often): the story's own
// company or country; a government acting is its country's, as GOLD-FORMAT has it. Over 35 company
// nouns in BBC business articles, judged by hand, that was right 31 times, the nearest organisation
// 25 times ("the company said AOL's profit rose" is Time Warner's statement); of 21 governments, 17
// (a UK story that names the US more often than the UK is the miss). The "it" of "it said" is left
// alone: read the same way it was right about 14 times in 26 (a consumers' association, a book, a
// newspaper report "said" as often as the company).
import type { ArticleDoc, Mention, PronounReference, Token } from "../doc.js";
import { COUNTRY_NOUNS, countryNamed, ORGANISATION_NOUNS } from "./lexicon.js";

/** The kind of thing a word of the lexicon's noun classes stands for, if it is one. */
function nounKind(token: Token): "organisation" | "country" | undefined {
  if (token.upos !== "NOUN" || token.pos !== "NN") return undefined;
  const word = token.text.toLowerCase();
  return ORGANISATION_NOUNS.has(word) ? "organisation" : COUNTRY_NOUNS.has(word) ? "country" : undefined;
}

/**
 * Whether the noun, by its dependents, is "the company" itself: "the group of ministers", "the combined
 * company", "the company that acquired Yuganskneftegas" are not the one named before.
 */
function standsAlone(dependents: readonly Token[]): boolean {
  const described = (deprel: string) => deprel.startsWith("nmod") || deprel.startsWith("acl") || deprel === "compound" || deprel === "amod";
  return dependents.some((other) => other.deprel === "det" && other.text.toLowerCase() === "the") && !dependents.some((other) => described(other.deprel));
}

/**
 * The one of a kind the article has named most often so far, read in step with the text: counts only
 * grow, so the leader changes only when a mention passes it (or draws level having been named first).
 */
class MostNamed {
  /** Per entity: how often named so far, the index of its first mention, its last mention. */
  private readonly named = new Map<string, { count: number; first: number; last: Mention }>();
  private leader: { count: number; first: number; last: Mention } | undefined;
  private next = 0;

  constructor(private readonly mentions: readonly Mention[]) {}

  /** The leader's last mention among those before token `at` of sentence `sentence`. */
  before(sentence: number, at: number): Mention | undefined {
    for (; this.next < this.mentions.length; this.next++) {
      const mention = this.mentions[this.next];
      if (mention.sentence > sentence || (mention.sentence === sentence && mention.tokenEnd > at)) break;
      const entry = this.named.get(mention.entity!) ?? { count: 0, first: this.next, last: mention };
      entry.count++;
      entry.last = mention;
      this.named.set(mention.entity!, entry);
      if (!this.leader || entry.count > this.leader.count || (entry.count === this.leader.count && entry.first < this.leader.first)) this.leader = entry;
    }
    return this.leader?.last;
  }
}

/** The organisation or country each definite noun of the lexicon's classes stands for, in reading order. */
export function resolveReferringNouns(doc: ArticleDoc): PronounReference[] {
  const keysOf = {
    organisation: new Set(doc.entities.filter((entity) => entity.kind === "Organization").map((entity) => entity.key)),
    country: new Set(doc.entities.filter((entity) => entity.kind === "Place" && countryNamed(entity.name) === entity.name).map((entity) => entity.key)),
  };
  const inReadingOrder = (keys: ReadonlySet<string>): Mention[] =>
    doc.mentions.filter((mention) => mention.entity && keys.has(mention.entity)).sort((a, b) => a.sentence - b.sentence || a.tokenStart - b.tokenStart);
  const mostNamed = { organisation: new MostNamed(inReadingOrder(keysOf.organisation)), country: new MostNamed(inReadingOrder(keysOf.country)) };
  const inName = doc.sentences.map((sentence) => new Array<boolean>(sentence.tokens.length).fill(false));
  for (const mention of doc.mentions) for (let at = mention.tokenStart; at < mention.tokenEnd; at++) if (inName[mention.sentence]) inName[mention.sentence][at] = true;
  const references: PronounReference[] = [];
  doc.sentences.forEach((sentence, index) => {
    // Listed once per sentence, and only for a sentence that has such a noun.
    let dependents: Token[][] | undefined;
    sentence.tokens.forEach((token, at) => {
      const kind = inName[index][at] ? undefined : nounKind(token);
      if (!kind) return;
      if (!dependents) {
        dependents = sentence.tokens.map((): Token[] => []);
        for (const other of sentence.tokens) if (other.head >= 0) dependents[other.head]?.push(other);
      }
      const antecedent = standsAlone(dependents[at]) ? mostNamed[kind].before(index, at) : undefined;
      if (antecedent) references.push({ sentence: index, token: at, antecedent });
    });
  });
  return references;
}
