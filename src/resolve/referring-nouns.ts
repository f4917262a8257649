// "The company said…", "the bank reported…", "the government said…": a definite noun that news uses
// for an organisation or a country it has named. Such a noun stands for the one of its kind the
// article has named most often before it (the first named of those named as often): the story's own
// company or country; a government acting is its country's, as GOLD-FORMAT has it. Over 35 company
// nouns in BBC business articles, judged by hand, that was right 31 times, the nearest organisation
// 25 times ("the company said AOL's profit rose" is Time Warner's statement); of 21 governments, 17
// (a UK story that names the US more often than the UK is the miss). The "it" of "it said" is left
// alone: read the same way it was right about 14 times in 26 (a consumers' association, a book, a
// newspaper report "said" as often as the company). A person's title ("the MP", "the striker") stands
// instead for the person last named with that same title, where what qualifies it fits.
import type { ArticleDoc, Mention, PronounReference, Token } from "../doc.js";
import { COUNTRY_NOUNS, countryNamed, NO_HOLDER_TITLE_WORDS, ORGANISATION_NOUNS, PERSON_TITLE_NOUNS, PORTFOLIOS, TITLE_FUNCTION_WORDS, TITLE_WORDS } from "./lexicon.js";
import { dependentsOf, mentionHeadToken } from "./mentions.js";

/** The kind of thing a word of the lexicon's noun classes stands for, if it is one. */
function nounKind(token: Token): "organisation" | "country" | "person" | undefined {
  const word = token.text.toLowerCase();
  // A title may be written in capitals ("the MP", "the Chancellor"); a name it opens is a mention of its own.
  if (PERSON_TITLE_NOUNS.has(word)) return (token.upos === "NOUN" || token.upos === "PROPN") && (token.pos === "NN" || token.pos === "NNP") ? "person" : undefined;
  if (token.upos !== "NOUN" || token.pos !== "NN") return undefined;
  return ORGANISATION_NOUNS.has(word) ? "organisation" : COUNTRY_NOUNS.has(word) ? "country" : undefined;
}

/**
 * Whether the noun is a title that names no one else: "the Mid-Bedfordshire MP", "the former minister"; not "the
 * minister for Europe", "the coach who signed him", a title in the plural's stead ("the MP and his wife"), a title
 * before the name it gives ("the shadow chancellor Oliver Letwin") nor a word of a longer noun ("the best actress award").
 */
function titleStandsAlone(tokens: readonly Token[], at: number, dependents: readonly Token[], personAt: (at: number) => boolean): boolean {
  if (tokens[at].deprel === "compound" || personAt(at + 1)) return false;
  return dependents.some((other) => other.deprel === "det" && other.text.toLowerCase() === "the") && !dependents.some((other) => other.deprel.startsWith("nmod") || other.deprel.startsWith("acl") || other.deprel === "conj");
}

/** A title a person was named with, and the places and bodies that qualified it ("England coach", "the MP for Bath"). */
interface Title {
  mention: Mention;
  title: string;
  qualifiers: Mention[];
}

/**
 * The titles a person's mention was written with: before the name and hanging on it ("Tory MP Jonathan Sayeed"),
 * set beside it ("Jonathan Sayeed, the MP for Mid-Bedfordshire") or the noun it is set beside ("the MP, Jonathan Sayeed").
 * Only the words around the name are read, so a sentence of many names costs no more per name.
 */
function titlesOf(tokens: readonly Token[], children: readonly number[][], mention: Mention, mentionAt: ReadonlyMap<number, Mention>): Title[] {
  const head = mentionHeadToken(tokens as Token[], mention);
  const inside = (at: number) => at >= mention.tokenStart && at < mention.tokenEnd;
  const isTitle = (at: number) => PERSON_TITLE_NOUNS.has(tokens[at].text.toLowerCase());
  const titles: Title[] = [];
  const add = (at: number, around: readonly number[]) => titles.push({ mention, title: titleAt(tokens, at), qualifiers: qualifiersAt(around, mentionAt) });
  // What qualifies a title: the names before the person's name, or those the title noun holds.
  const first = Math.max(0, mention.tokenStart - 4);
  const before = Array.from({ length: mention.tokenStart - first }, (_, offset) => first + offset);
  for (let at = Math.max(0, mention.tokenStart - 3); at < mention.tokenStart; at++) if (isTitle(at) && inside(tokens[at].head)) add(at, before);
  for (const at of children[head]) if (!inside(at) && tokens[at].deprel === "appos" && isTitle(at)) add(at, children[at]);
  const noun = tokens[head].head;
  if (tokens[head].deprel === "appos" && noun >= 0 && !inside(noun) && isTitle(noun)) add(noun, children[noun]);
  return titles;
}

/** The names of places, bodies and groups at these tokens. */
function qualifiersAt(tokens: readonly number[], mentionAt: ReadonlyMap<number, Mention>): Mention[] {
  return [...new Set(tokens.map((at) => mentionAt.get(at)).filter((mention): mention is Mention => mention !== undefined && mention.kind !== "Person"))];
}

/**
 * Whether a title's qualifiers let it be the titled person's: each names what the person's title named ("the England
 * coach", "England coach Sven-Goran Eriksson") or a kind of qualifier that title lacked ("the Mid-Bedfordshire MP",
 * "Tory MP Jonathan Sayeed"; "the Leicester singer", "singer Mark Morrison"); "the Boro defender" is not "Charlton
 * defender Hermann Hreidarsson".
 */
function qualifiersFit(qualifiers: readonly Mention[], title: Title): boolean {
  return qualifiers.every((qualifier) => title.qualifiers.some((other) => other.entity === qualifier.entity) || !title.qualifiers.some((other) => other.kind === qualifier.kind));
}

/** The title a title noun ends, in lower case, with the title words before it: "prime minister" is not "deputy prime minister". */
function titleAt(tokens: readonly Token[], at: number): string {
  let start = at;
  while (start > 0 && TITLE_WORDS.has(tokens[start - 1].text.toLowerCase()) && !TITLE_FUNCTION_WORDS.has(tokens[start - 1].text.toLowerCase())) start--;
  return tokens.slice(start, at + 1).map((token) => token.text.toLowerCase()).join(" ");
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

/** The last person named with each title, read in step with the text like `MostNamed`. */
class LastTitled {
  private readonly last = new Map<string, Title>();
  private next = 0;

  constructor(private readonly titles: readonly Title[]) {}

  /** The last mention titled `title` among those before token `at` of sentence `sentence`. */
  before(title: string, sentence: number, at: number): Title | undefined {
    for (; this.next < this.titles.length; this.next++) {
      const { mention } = this.titles[this.next];
      if (mention.sentence > sentence || (mention.sentence === sentence && mention.tokenEnd > at)) break;
      this.last.set(this.titles[this.next].title, this.titles[this.next]);
    }
    return this.last.get(title);
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
  // Each token's mention and each token's dependents, by sentence.
  const mentionAt = doc.sentences.map(() => new Map<number, Mention>());
  for (const mention of doc.mentions) for (let at = mention.tokenStart; at < mention.tokenEnd; at++) mentionAt[mention.sentence]?.set(at, mention);
  // Listed once per sentence, and only for a sentence that has a titled person or such a noun.
  const children: Array<number[][] | undefined> = [];
  const childrenOf = (sentence: number): number[][] => (children[sentence] ??= dependentsOf(doc.sentences[sentence].tokens));
  const lastTitled = new LastTitled(
    doc.mentions
      .filter((mention) => mention.kind === "Person" && mention.entity)
      .flatMap((mention) => titlesOf(doc.sentences[mention.sentence].tokens, childrenOf(mention.sentence), mention, mentionAt[mention.sentence]))
      .sort((a, b) => a.mention.sentence - b.mention.sentence || a.mention.tokenStart - b.mention.tokenStart),
  );
  const personAt = (sentence: number) => (at: number) => mentionAt[sentence].get(at)?.kind === "Person";
  // The last person titled so, if the title's own qualifiers fit that person's title.
  const titledPerson = (sentence: number, at: number, dependents: readonly Token[]): Mention | undefined => {
    const { tokens } = doc.sentences[sentence];
    if (!titleStandsAlone(tokens, at, dependents, personAt(sentence))) return undefined;
    const qualifiers = qualifiersAt(childrenOf(sentence)[at].filter((child) => tokens[child].deprel === "compound" || tokens[child].deprel === "amod"), mentionAt[sentence]);
    const last = lastTitled.before(titleAt(tokens, at), sentence, at);
    return last && qualifiersFit(qualifiers, last) ? last.mention : undefined;
  };
  const references: PronounReference[] = [];
  const lede = ledeHolder(doc, mentionAt, childrenOf);
  if (lede) references.push(lede);
  doc.sentences.forEach((sentence, index) => {
    sentence.tokens.forEach((token, at) => {
      const kind = mentionAt[index].has(at) ? undefined : nounKind(token);
      if (!kind) return;
      const dependents = childrenOf(index)[at].map((child) => sentence.tokens[child]);
      const antecedent = kind === "person" ? titledPerson(index, at, dependents) : standsAlone(dependents) ? mostNamed[kind].before(index, at) : undefined;
      if (antecedent) references.push({ sentence: index, token: at, antecedent });
    });
  });
  return references;
}

/** How many sentences after the lede the holder's name may come: "The prime minister … . … . But Tony Blair said". */
const LEDE_HOLDER_WINDOW = 2;

/**
 * News opens a story with a title and names its holder in the next sentence: "The founder and former boss of Parmalat
 * has apologised to investors. Calisto Tanzi said he would co-operate fully". Where the first sentence's subject is a
 * person's title and that sentence names no person, the title stands for the first person named in the next sentence
 * that names one (of the next two), if that person is a subject there and is not named with another title ("An
 * executive at Marsh & McLennan … New York Attorney General Elliot Spitzer said").
 */
function ledeHolder(doc: ArticleDoc, mentionAt: ReadonlyArray<ReadonlyMap<number, Mention>>, childrenOf: (sentence: number) => number[][]): PronounReference | undefined {
  const tokens = doc.sentences[0]?.tokens;
  if (!tokens || [...mentionAt[0].values()].some((mention) => mention.kind === "Person")) return undefined;
  const root = tokens.findIndex((token) => token.deprel === "root");
  const subject = tokens.findIndex((token, at) => token.head === root && token.deprel.startsWith("nsubj") && isHolderTitle(token) && !mentionAt[0].has(at));
  if (subject < 0) return undefined;
  for (let sentence = 1; sentence <= LEDE_HOLDER_WINDOW && sentence < doc.sentences.length; sentence++) {
    const persons = [...new Set(mentionAt[sentence].values())].filter((mention) => mention.kind === "Person" && mention.entity).sort((a, b) => a.tokenStart - b.tokenStart);
    if (persons.length === 0) continue;
    const { tokens: next } = doc.sentences[sentence];
    const holder = persons[0];
    if (!next[mentionHeadToken(next as Token[], holder)].deprel.startsWith("nsubj")) return undefined;
    const title = tokens[subject].text.toLowerCase();
    const otherTitle = titlesOf(next, childrenOf(sentence), holder, mentionAt[sentence]).some((named) => named.title.split(" ").pop() !== title);
    return otherTitle ? undefined : { sentence: 0, token: subject, antecedent: holder };
  }
  return undefined;
}

/** Whether a noun is one person's title: "founder", "minister", "MP"; not a portfolio ("economy") nor a plural. */
function isHolderTitle(token: Token): boolean {
  const word = token.text.toLowerCase();
  return (token.pos === "NN" || token.pos === "NNP") && TITLE_WORDS.has(word) && !PORTFOLIOS.has(word) && !NO_HOLDER_TITLE_WORDS.has(word);
}
