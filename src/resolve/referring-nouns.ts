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

/** What a noun of the article may stand for, `dependents` being its dependents in the sentence: an organisation, a country, or nothing. */
function referentKind(token: Token, dependents: readonly Token[]): "organisation" | "country" | undefined {
  const word = token.text.toLowerCase();
  const kind = ORGANISATION_NOUNS.has(word) ? "organisation" : COUNTRY_NOUNS.has(word) ? "country" : undefined;
  if (!kind || token.upos !== "NOUN" || token.pos !== "NN") return undefined;
  // "the group of ministers", "the combined company", "the company that acquired Yuganskneftegas": not the one named before.
  const described = (deprel: string) => deprel.startsWith("nmod") || deprel.startsWith("acl") || deprel === "compound" || deprel === "amod";
  const definite = dependents.some((other) => other.deprel === "det" && other.text.toLowerCase() === "the");
  return definite && !dependents.some((other) => described(other.deprel)) ? kind : undefined;
}

/**
 * The one of a kind the article has named most often so far, read in step with the text: counts only
 * grow, so the leader changes only when a mention passes it (or draws level having been named first).
 */
class MostNamed {
  private readonly counts = new Map<string, number>();
  private readonly firstSeen = new Map<string, number>();
  private readonly last = new Map<string, Mention>();
  private leader: string | undefined;
  private next = 0;

  constructor(private readonly mentions: readonly Mention[]) {}

  /** The leader's last mention among those before token `at` of sentence `sentence`. */
  before(sentence: number, at: number): Mention | undefined {
    for (; this.next < this.mentions.length; this.next++) {
      const mention = this.mentions[this.next];
      if (mention.sentence > sentence || (mention.sentence === sentence && mention.tokenEnd > at)) break;
      const entity = mention.entity!;
      const count = (this.counts.get(entity) ?? 0) + 1;
      this.counts.set(entity, count);
      if (!this.firstSeen.has(entity)) this.firstSeen.set(entity, this.next);
      this.last.set(entity, mention);
      const leading = this.leader === undefined ? 0 : this.counts.get(this.leader)!;
      if (count > leading || (count === leading && this.firstSeen.get(entity)! < this.firstSeen.get(this.leader!)!)) this.leader = entity;
    }
    return this.leader === undefined ? undefined : this.last.get(this.leader);
  }
}

/** The organisation or country each definite noun of `referentKind` stands for, in reading order. */
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
    const dependents = sentence.tokens.map((): Token[] => []);
    for (const token of sentence.tokens) if (token.head >= 0) dependents[token.head]?.push(token);
    sentence.tokens.forEach((token, at) => {
      const kind = inName[index][at] ? undefined : referentKind(token, dependents[at]);
      const antecedent = kind && mostNamed[kind].before(index, at);
      if (antecedent) references.push({ sentence: index, token: at, antecedent });
    });
  });
  return references;
}
