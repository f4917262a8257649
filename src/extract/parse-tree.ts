// A sentence's dependency tree seen with its entity mentions, each mention contracted to one
// node: its head token (the first whose head lies outside it) carries every arc that enters or
// leaves the mention, so a name the parser split oddly inside ("Roberto/appos Maroni/conj")
// still hangs on the tree by one arc. Relations and the matcher read syntax through this view.
import type { Mention, Sentence, Token } from "../doc.js";
import { mentionHeadToken } from "../resolve/mentions.js";

export interface ParseTree {
  sentence: number;
  tokens: Token[];
  /** Each token's lemma in lower case, as patterns and features compare it. */
  lemmas: string[];
  /** The head of each token in the contracted tree; -1 for the root. */
  heads: number[];
  /** The dependents of each token in the contracted tree, in text order. */
  children: number[][];
  /** The mention each token lies in, if any. */
  mentionAt: Array<Mention | undefined>;
  /** The mentions of the sentence, in text order. */
  mentions: Mention[];
  /** The node each mention is contracted to. */
  mentionHeads: Map<Mention, number>;
}

export function parseTree(sentence: Sentence, index: number, mentions: Mention[]): ParseTree {
  const { tokens } = sentence;
  const mentionAt = new Array<Mention | undefined>(tokens.length);
  for (const mention of mentions) for (let i = mention.tokenStart; i < mention.tokenEnd; i++) mentionAt[i] = mention;
  const headOfMention = new Map(mentions.map((mention) => [mention, mentionHeadToken(tokens, mention)]));
  const heads = tokens.map((token, i) => {
    const inside = mentionAt[i];
    const mentionHead = inside ? headOfMention.get(inside)! : -1;
    if (inside && i !== mentionHead) return mentionHead;
    const target = token.head >= 0 ? mentionAt[token.head] : undefined;
    return target && target !== inside ? headOfMention.get(target)! : token.head;
  });
  breakCycles(heads);
  const children: number[][] = tokens.map(() => []);
  heads.forEach((head, i) => {
    if (head >= 0) children[head].push(i);
  });
  return { sentence: index, tokens, lemmas: tokens.map((token) => token.lemma.toLowerCase()), heads, children, mentionAt, mentions, mentionHeads: headOfMention };
}

/** Contraction can close a loop through a mention; such a token is attached to the root instead. */
function breakCycles(heads: number[]): void {
  for (let i = 0; i < heads.length; i++) {
    let at = heads[i];
    for (let steps = 0; at >= 0 && steps <= heads.length; steps++) {
      if (at === i) {
        heads[i] = -1;
        break;
      }
      at = heads[at];
    }
  }
}

/** The trees of a document, one per sentence, with the mentions that resolution kept. */
export function parseTrees(sentences: Sentence[], mentions: Mention[]): ParseTree[] {
  const bySentence = sentences.map(() => [] as Mention[]);
  for (const mention of mentions) if (mention.entity) bySentence[mention.sentence]?.push(mention);
  return sentences.map((sentence, index) => parseTree(sentence, index, bySentence[index].sort((a, b) => a.tokenStart - b.tokenStart)));
}

/** How far up from each end a path is looked for: longer paths say nothing a classifier can use. */
export const MAX_PATH_STEPS = 12;

/** The tokens from `token` up to the root (at most `limit` steps), `token` first. */
export function ancestors(tree: ParseTree, token: number, limit = tree.tokens.length): number[] {
  const chain = [token];
  // A well-formed tree has no cycle; the bound also keeps a malformed one from looping.
  for (let at = tree.heads[token]; at >= 0 && chain.length <= limit; at = tree.heads[at]) chain.push(at);
  return chain;
}

export interface TreePath {
  /** Tokens climbed from the first end to the common ancestor, both ends excluded. */
  up: number[];
  /** The lowest common ancestor, or -1 when none lies within MAX_PATH_STEPS of both ends. */
  top: number;
  /** Tokens descended from the common ancestor to the second end, both ends excluded. */
  down: number[];
}

/** The path between two tokens through their lowest common ancestor. */
export function treePath(tree: ParseTree, from: number, to: number): TreePath {
  const fromChain = ancestors(tree, from, MAX_PATH_STEPS);
  const toChain = ancestors(tree, to, MAX_PATH_STEPS);
  const onToChain = new Map(toChain.map((token, depth) => [token, depth]));
  const meet = fromChain.findIndex((token) => onToChain.has(token));
  if (meet < 0) return { up: fromChain.slice(1), top: -1, down: toChain.slice(1).reverse() };
  const top = fromChain[meet];
  return { up: fromChain.slice(1, meet), top, down: toChain.slice(1, onToChain.get(top)).reverse() };
}

/**
 * Relations that open a clause of its own, below which a phrase's words end: "Jamie Noon is another player on the
 * sidelines after he limped off in the first half against Saracens" holds no "player … Saracens".
 */
export const CLAUSE_RELATIONS: readonly string[] = ["acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"];

/** The clause relations whose clause has a subject of its own: an `xcomp` shares its governor's ("went on to become"). */
const OWN_SUBJECT_CLAUSES = CLAUSE_RELATIONS.filter((relation) => relation !== "xcomp");

/**
 * Whether the path between two tokens stays inside one clause: it climbs or descends no relation that opens a clause
 * with a subject of its own ("Mr Morrow will succeed Shiro Tsuda as president", not "A BBC spokeswoman said Andi
 * Peters would stay", nor "Osbourne, who bit off the head of a live bat").
 */
export function withinOneClause(tree: ParseTree, from: number, to: number, path: TreePath = treePath(tree, from, to)): boolean {
  const { up, top, down } = path;
  if (top < 0) return false;
  const belowTop = [from, ...up, ...down, to].filter((token) => token !== top);
  return !belowTop.some((token) => OWN_SUBJECT_CLAUSES.some((relation) => matchesDeprel(tree.tokens[token].deprel, relation)));
}

/** The dependents of `token` whose relation is one of `deprels` (a bare relation also matches its subtypes). */
export function childrenWith(tree: ParseTree, token: number, deprels: readonly string[]): number[] {
  return tree.children[token].filter((child) => deprels.some((deprel) => matchesDeprel(tree.tokens[child].deprel, deprel)));
}

/** "nmod" matches "nmod" and "nmod:poss"; "nmod:poss" matches only itself. */
export function matchesDeprel(actual: string, wanted: string): boolean {
  return actual === wanted || (actual.startsWith(wanted) && actual[wanted.length] === ":");
}
