// Titles held by a counted group: "Ten former directors at WorldCom have agreed to pay …" where the article lists the
// ten ("The ten former outside directors are James Allen, Judith Areen, …"). Resolution found who the group's members
// are (numbered-groups.ts); the sentence classifier pairs names only, and the title here is a common noun, so each
// member's employer is read off the phrase itself: the organisation it names after "at/of/for", as its possessor
// ("WorldCom's ten directors") or before the title ("the two Yukos executives").
import type { ArticleDoc, Mention, RelationMention, Token } from "../doc.js";
import { OFFICE_CONFIDENCE } from "./office-relations.js";
import { NO_HOLDER_TITLE_WORDS, ROLE_MODIFIERS, TITLE_WORDS } from "./lexicon.js";
import { sentenceViews, type SentenceView } from "./sentence-view.js";

/** Prepositions that join a title to the body it is held in: "directors at WorldCom", "members of the board". */
const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set(["at", "of", "for"]);

/** Relations by which a body names where the title is held: "directors at/of X", "X's directors", "X directors". */
const BODY_RELATIONS: ReadonlySet<string> = new Set(["nmod", "nmod:poss", "compound"]);

/** How sure a title is held where the article's other groups of that title hold it: the phrase itself names no body. */
const BORROWED_BODY_CONFIDENCE = 0.7;

/** `views`: the sentence views of `doc`, where the caller has them already. */
export function groupTitleRelations(doc: ArticleDoc, views: readonly SentenceView[] = sentenceViews(doc)): RelationMention[] {
  const groups: Array<{ sentence: number; tokens: readonly Token[]; head: number; title: string; members: Mention[]; body: Mention | undefined }> = [];
  for (const { index: sentence, tokens, mentionAt, membersAt } of views) {
    membersAt.forEach((members, head) => {
      const title = tokens[head].lemma.toLowerCase();
      if (members && tokens[head].upos === "NOUN" && TITLE_WORDS.has(title) && !NO_HOLDER_TITLE_WORDS.has(title)) groups.push({ sentence, tokens, head, title, members, body: bodyOfTitle(tokens, mentionAt, head) });
    });
  }
  // A group that names no body holds its title where the article's other groups of that title do, if they name one
  // body: "Ten former directors at WorldCom … Two other outside former directors, Bert Roberts and Francesco Galesi".
  const bodiesOf = new Map<string, Set<string>>();
  for (const { title, body } of groups) if (body?.entity) bodiesOf.set(title, (bodiesOf.get(title) ?? new Set()).add(body.entity));
  const relations: RelationMention[] = [];
  const held = new Set<string>();
  // Groups that name their body first, so a member they tie to it is not tied again less surely.
  for (const { sentence, tokens, head, title, members, body } of [...groups].sort((a, b) => Number(!a.body) - Number(!b.body))) {
    const [only, ...others] = bodiesOf.get(title) ?? [];
    const target = body?.entity ?? (others.length === 0 ? only : undefined);
    if (!target) continue;
    const role = [...tokens.filter((token) => token.head === head && token.deprel === "amod" && ROLE_MODIFIERS.has(token.text.toLowerCase())).map((token) => token.text.toLowerCase()), title].join(" ");
    const span = body ? { start: Math.min(tokens[head].start, body.start), end: Math.max(tokens[head].end, body.end) } : { start: tokens[head].start, end: tokens[head].end };
    for (const member of members) {
      if (member.kind !== "Person" || !member.entity || (!body && held.has(`${member.entity}|${target}`))) continue;
      held.add(`${member.entity}|${target}`);
      relations.push({ kind: "AFFILIATED_WITH", source: member.entity, target, sentence, span, confidence: body ? OFFICE_CONFIDENCE : BORROWED_BODY_CONFIDENCE, role });
    }
  }
  return relations;
}

/**
 * The organisation (or, with `places`, the place) a title noun is held in, by the phrase's own words: "directors at
 * WorldCom", "India's defence minister", "the health minister for Wales". Not a nationality ("the Australian
 * actress"), which says where a person is from.
 */
export function bodyOfTitle(tokens: readonly Token[], mentionAt: ReadonlyArray<Mention | undefined>, head: number, places = false): Mention | undefined {
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at];
    const mention = mentionAt[at];
    if (token.head !== head || !BODY_RELATIONS.has(token.deprel) || !(mention?.kind === "Organization" || (places && mention?.kind === "Place"))) continue;
    const marker = tokens.find((other) => other.head === at && other.deprel === "case")?.text.toLowerCase();
    if (token.deprel !== "nmod" || (marker !== undefined && TITLE_PREPOSITIONS.has(marker))) return mention;
  }
  return undefined;
}
