// A small matcher over the dependency parse, after spaCy's DependencyMatcher: a pattern is a
// list of nodes, the first anchored anywhere, each later one tied to an earlier node by a
// relation operator and constrained by token attributes and by the mention it lies in. A match
// binds every node's name to a token; a node that asks for a mention binds that mention.
import type { MentionKind } from "../doc.js";
import { matchesDeprel, type ParseTree } from "./parse-tree.js";
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
 * ">>" it lies below it (within three steps), "$" it shares its head (a sibling).
 */
export type TreeOperator = ">" | "<" | ">>" | "$";

export interface PatternNode {
  name: string;
  of?: string;
  op?: TreeOperator;
  attrs: TokenConstraint;
}

export type Match = Record<string, number>;

/** Every way the nodes can be bound in the tree, each a map from node name to token. */
export function matchPattern(tree: ParseTree, nodes: readonly PatternNode[]): Match[] {
  const matches: Match[] = [];
  const bound: Match = {};
  const used = new Set<number>();
  const extend = (depth: number): void => {
    if (depth === nodes.length) {
      matches.push({ ...bound });
      return;
    }
    const node = nodes[depth];
    for (const token of candidates(tree, node, bound)) {
      if (used.has(token) || !satisfies(tree, token, node.attrs)) continue;
      bound[node.name] = token;
      used.add(token);
      extend(depth + 1);
      used.delete(token);
    }
    delete bound[node.name];
  };
  extend(0);
  return matches;
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
  }
}

function descendants(tree: ParseTree, token: number, depth: number): number[] {
  if (depth === 0) return [];
  return tree.children[token].flatMap((child) => [child, ...descendants(tree, child, depth - 1)]);
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
