// Relations between entities (AFFILIATED_WITH, LOCATED_IN, PART_OF), sentence by sentence:
// every pair of mentions is a candidate (relation-candidates.ts), the patterns of
// relation-patterns.ts mark the pairs the parse joins the usual ways, and the trained
// classifier (relation-model.ts) decides the relation, its direction and its confidence.
// Names that state a relation by themselves add theirs (name-relations.ts).
import type { ArticleDoc, Mention, RelationMention } from "../doc.js";
import { round } from "../resolve/index.js";
import { nameRelations } from "./name-relations.js";
import { parseTrees, type ParseTree } from "./parse-tree.js";
import { labelRelation, RELATION_LABELS, relationCandidates, type RelationCandidate } from "./relation-candidates.js";
import { defaultRelationModel, type RelationModel } from "./relation-model.js";
import { inWordClass } from "./word-classes.js";

export function extractRelations(doc: ArticleDoc, model: RelationModel = defaultRelationModel()): RelationMention[] {
  const relations: RelationMention[] = [];
  for (const tree of parseTrees(doc.sentences, doc.mentions)) {
    for (const candidate of relationCandidates(tree)) {
      const decided = decide(candidate, model);
      if (decided) relations.push(decided);
    }
  }
  relations.push(...nameRelations(doc));
  return relations;
}

/** The relation the model gives a candidate, when one reaches the model's threshold. */
export function decide(candidate: RelationCandidate, model: RelationModel): RelationMention | undefined {
  const probabilities = model.probabilities(candidate.features, candidate.allowed);
  // The likeliest relation, kept when its own confidence reaches the threshold, even where NONE
  // is likelier still: the threshold and the calibration were fitted on exactly this choice.
  let best = 1;
  for (let label = 2; label < probabilities.length; label++) if (probabilities[label] > probabilities[best]) best = label;
  if (probabilities[best] === 0) return undefined;
  const read = labelRelation(RELATION_LABELS[best])!;
  const [source, target] = read.forward ? [candidate.first, candidate.second] : [candidate.second, candidate.first];
  const confidence = model.calibrated(probabilities[best], read.relation, source.kind);
  if (confidence < model.threshold) return undefined;
  const { tree } = candidate;
  const role = read.relation === "AFFILIATED_WITH" ? roleOf(candidate, source, target) : undefined;
  return {
    kind: read.relation,
    source: source.entity!,
    target: target.entity!,
    sentence: tree.sentence,
    span: { start: Math.min(source.start, target.start), end: Math.max(source.end, target.end) },
    confidence: round(confidence),
    ...(role ? { role } : {}),
  };
}

/** The title a pattern read for the pair, else a title word on the path between them: "director", "Prime Minister". */
function roleOf(candidate: RelationCandidate, source: Mention, target: Mention): string | undefined {
  const { tree } = candidate;
  const matched = candidate.matches.find((match) => match.role !== undefined && match.source === source && match.target === target);
  if (matched) return titleAround(tree, matched.role!);
  const from = Math.min(source.tokenEnd, target.tokenEnd);
  const to = Math.max(source.tokenStart, target.tokenStart);
  for (let token = from; token < to; token++) {
    if (!tree.mentionAt[token] && isTitle(tree, token)) return titleAround(tree, token);
  }
  // "Secretary-General Antonio Guterres" with its holder named earlier.
  const before = source.tokenStart - 1;
  return before >= 0 && isTitle(tree, before) ? titleAround(tree, before) : undefined;
}

const isTitle = (tree: ParseTree, token: number) => inWordClass("title", tree.lemmas[token]) && !tree.mentionAt[token];

/** The run of title words around a title token, in the text's own spelling: "chief conductor". */
export function titleAround(tree: ParseTree, token: number): string {
  let start = token;
  let end = token + 1;
  while (start > 0 && isTitle(tree, start - 1)) start--;
  while (end < tree.tokens.length && isTitle(tree, end)) end++;
  return tree.tokens.slice(start, end).map((word) => word.text).join(" ");
}
