// A small matcher over the dependency parse, after spaCy's DependencyMatcher: a pattern is a
// list of nodes, the first anchored anywhere, each later one tied to an earlier node by a
// relation operator and constrained by token attributes and by the mention it lies in. A match
// binds every node's name to a token; a node that asks for a mention binds that mention. Node
// lists given as `unless` must find no binding (as Semgrex's negated relations, "!>"): "director
// of Liberty" is a title of Liberty, but "UK economist at RBS" is no title of the UK.
import type { MentionKind } from "../doc.js";
import { CLAUSE_RELATIONS, matchesDeprel, type ParseTree } from "./parse-tree.js";
import { inWordClass } from "./word-classes.js";

export interface TokenConstraint {
  /** Lower-case lemmas, or "@class" for a word class: ["@title"], ["of", "at"]. */
  lemma?: readonly string[];
  upos?: readonly string[];
  /** Relations to the token's head; a bare relation also matches its subtypes ("nmod" ⊇ "nmod:poss"). */
  deprel?: readonly string[];
  /** The token is the head of a mention of one of these kinds; "none": the token lies in no mention. */
  mention?: readonly MentionKind[] | "none";
}

/**
 * How a node is tied to the earlier node `of`:
 * ">" it is a dependent of it, "<" it is its head,
 * ">>" it lies below it (within three steps, inside its clause), "$" it shares its head (a sibling),
 * "=" it is that very token, with more constraints (in an `unless` list: "the title is an envoy's").
 */
export type TreeOperator = ">" | "<" | ">>" | "$" | "=";

export interface PatternNode {
  name: string;
  of?: string;
  op?: TreeOperator;
  attrs: TokenConstraint;
}

export type Match = Record<string, number>;

/**
 * Every way the nodes can be bound in the tree, each a map from node name to token, except those
 * where one of the `unless` node lists, tied to the bound nodes, can be bound as well.
 */
export function matchPattern(tree: ParseTree, nodes: readonly PatternNode[], unless: readonly (readonly PatternNode[])[] = []): Match[] {
  const matches: Match[] = [];
  const bound: Match = {};
  const used = new Set<number>();
  bind(tree, nodes, 0, bound, used, () => {
    if (!unless.some((excluded) => bind(tree, excluded, 0, { ...bound }, new Set(used), () => true))) matches.push({ ...bound });
    return false;
  });
  return matches;
}

/** Binds nodes[depth..] in every way, calling `found` on each full binding; stops, returning true, when `found` does. */
function bind(tree: ParseTree, nodes: readonly PatternNode[], depth: number, bound: Match, used: Set<number>, found: () => boolean): boolean {
  if (depth === nodes.length) return found();
  const node = nodes[depth];
  const same = node.op === "=";
  for (const token of candidates(tree, node, bound)) {
    if ((used.has(token) && !same) || !satisfies(tree, token, node.attrs)) continue;
    bound[node.name] = token;
    if (!same) used.add(token);
    const stop = bind(tree, nodes, depth + 1, bound, used, found);
    if (!same) used.delete(token);
    if (stop) return true;
  }
  delete bound[node.name];
  return false;
}

function candidates(tree: ParseTree, node: PatternNode, bound: Match): Iterable<number> {
  if (node.of === undefined) return node.attrs.mention && node.attrs.mention !== "none" ? tree.mentionHeads.values() : tree.tokens.keys();
  const anchor = bound[node.of];
  if (anchor === undefined) throw new Error(`pattern node ${node.name} refers to ${node.of}, which is not bound before it`);
  switch (node.op ?? ">") {
    case ">":
      return tree.children[anchor];
    case "<":
      return tree.heads[anchor] >= 0 ? [tree.heads[anchor]] : [];
    case ">>":
      return descendants(tree, anchor, 3);
    case "$": {
      const head = tree.heads[anchor];
      return head >= 0 ? tree.children[head].filter((sibling) => sibling !== anchor) : [];
    }
    case "=":
      return [anchor];
  }
}

function descendants(tree: ParseTree, token: number, depth: number): number[] {
  if (depth === 0) return [];
  return tree.children[token]
    .filter((child) => !CLAUSE_RELATIONS.some((relation) => matchesDeprel(tree.tokens[child].deprel, relation)))
    .flatMap((child) => [child, ...descendants(tree, child, depth - 1)]);
}

function satisfies(tree: ParseTree, index: number, attrs: TokenConstraint): boolean {
  const token = tree.tokens[index];
  if (attrs.upos && !attrs.upos.includes(token.upos)) return false;
  if (attrs.deprel && !attrs.deprel.some((deprel) => matchesDeprel(token.deprel, deprel))) return false;
  if (attrs.lemma) {
    const lemma = tree.lemmas[index];
    if (!attrs.lemma.some((wanted) => (wanted.startsWith("@") ? inWordClass(wanted.slice(1), lemma) : wanted === lemma))) return false;
  }
  if (attrs.mention) {
    const mention = tree.mentionAt[index];
    if (attrs.mention === "none") return mention === undefined;
    if (!mention || !attrs.mention.includes(mention.kind) || tree.mentionHeads.get(mention) !== index) return false;
  }
  return true;
}
