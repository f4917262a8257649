// newsgraph's library API: articles in, typed graph out.
import type { Article } from "./doc.js";
import { addArticle, createGraph, type NewsGraph } from "./graph/index.js";
import type { IngestItem, IngestProblem } from "./ingest/index.js";
import { processArticle } from "./pipeline.js";

export { processArticle } from "./pipeline.js";
export { createGraph, addArticle, validateGraph, type NewsGraph, type SerializedNewsGraph } from "./graph/index.js";
export { readInputs, storySpans, type IngestItem, type IngestProblem } from "./ingest/index.js";
export type { Article, ArticleDoc } from "./doc.js";

export interface BuildReport {
  graph: NewsGraph;
  articles: number;
  words: number;
  /** Inputs that could not be read or processed: the job is incomplete. */
  failures: IngestProblem[];
  /** Inputs that were processed but deserve a note (no entities, a duplicate of another article). */
  notes: IngestProblem[];
}

/** Runs the pipeline over every article and merges the results into one graph; never throws for one bad article. */
export function buildGraph(items: Iterable<IngestItem>, onArticle: (done: number) => void = () => {}): BuildReport {
  const report: BuildReport = { graph: createGraph(), articles: 0, words: 0, failures: [], notes: [] };
  for (const item of items) {
    if (!("article" in item)) {
      report.failures.push(item);
      continue;
    }
    const source = describe(item.article);
    try {
      const doc = processArticle(item.article);
      const result = addArticle(report.graph, doc);
      if (!result.added) report.notes.push({ source, problem: `same text as ${result.duplicateOf}; not counted twice` });
      else {
        report.articles++;
        report.words += doc.sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0);
        if (doc.entities.length === 0) report.notes.push({ source, problem: "no people, organisations or places found" });
      }
    } catch (error) {
      report.failures.push({ source, problem: `extraction failed: ${error instanceof Error ? error.message : String(error)}` });
    }
    onArticle(report.articles + report.failures.length + report.notes.length);
  }
  return report;
}

function describe(article: Article): string {
  return article.source ?? article.id;
}
