// The extraction pipeline, one article at a time: ingest → nlp → resolve → extract.
// Each stage reads the ArticleDoc and adds its layer.
import type { Article, ArticleDoc } from "./doc.js";
import { extractEvents } from "./extract/events.js";
import { repairNameArcs } from "./extract/name-arcs.js";
import { extractRelations } from "./extract/relations.js";
import { storySpans } from "./ingest/index.js";
import { annotate } from "./nlp/index.js";
import { resolveEntities, resolveNumberedGroups, resolvePronouns, resolveReferringNouns } from "./resolve/index.js";

export function processArticle(article: Article): ArticleDoc {
  const doc: ArticleDoc = {
    article,
    storySpans: storySpans(article.text),
    sentences: [],
    mentions: [],
    entities: [],
    events: [],
    relations: [],
  };
  doc.sentences = annotate(article.text, doc.storySpans);
  return extractFacts(doc);
}

/** The stages after tagging: entities, relations, events. Runs on any tagged doc, a hand-made one included. */
export function extractFacts(doc: ArticleDoc): ArticleDoc {
  resolveEntities(doc);
  repairNameArcs(doc);
  doc.pronouns = [...resolvePronouns(doc), ...resolveReferringNouns(doc)];
  doc.groups = resolveNumberedGroups(doc);
  doc.relations = extractRelations(doc);
  const { events, relations } = extractEvents(doc);
  doc.events = events;
  doc.relations.push(...relations);
  return doc;
}
