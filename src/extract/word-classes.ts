// Word classes that extraction patterns name with "@": each defined once, as lower-case
// lemmas. Titles and place nouns come from the lexicon shared with events.
import { ABBREVIATED_OFFICES, PLACE_NOUNS, TITLE_CANNOT_START, TITLE_WORDS } from "./lexicon.js";

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));
const BESIDE = "between near via beyond next close against versus";

export const WORD_CLASSES: Readonly<Record<string, ReadonlySet<string>>> = {
  /** Offices and roles: "Secretary-General", "chairman", "striker", "Gov." (fillers such as "of" left out). */
  title: new Set([...[...TITLE_WORDS].filter((word) => !TITLE_CANNOT_START.has(word) || word === "general"), ...ABBREVIATED_OFFICES]),
  /** Kinds of place: "province", "capital", "region". */
  placeNoun: PLACE_NOUNS,
  /** Verbs and adjectives that give where someone or something is: "lives in", "based in". */
  residence: words("live reside base headquarter locate native settle stay grow raise bear born"),
  /** Verbs that give whom someone works for or belongs to: "works for", "joined", "represents". */
  membership: words("work join represent serve lead head run chair found co-found employ hire appoint elect name manage coach captain play sign"),
  /** Words that give what something lies beside, passes through or faces, never what holds it: "between Rome and Florence", "Bogliasco, next to Genova", "a debut against Wales". */
  beside: words(BESIDE),
  /** Those and "from": where a place is reached from holds no other place ("sailed to Alaska from Canada"). ("To" also gives to whom: "the name he has given to northern Italy".) */
  passage: words(`from ${BESIDE}`),
  /** Those sent to a country or body to speak for another, whose "to" names where they are posted: "envoy to Burundi". */
  envoy: words("envoy emissary ambassador delegate representative consul attache"),
  /** Verbs of study: "studied at", "graduated from". */
  study: words("study graduate train attend teach"),
  /** Verbs of holding someone to account, whose doer employs no one it does them to: "Dallas police arrested Oswald". */
  accountability: words("arrest detain charge sue accuse indict prosecute convict jail imprison fine investigate question extradite deport"),
};

export function inWordClass(name: string, lemma: string): boolean {
  const members = WORD_CLASSES[name];
  if (!members) throw new Error(`unknown word class @${name}`);
  return members.has(lemma);
}
