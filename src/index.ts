// newsgraph's library API: articles in, typed graph out.
export { processArticle } from "./pipeline.js";
export { createGraph, addArticle, validateGraph, type NewsGraph, type SerializedNewsGraph } from "./graph/index.js";
export { readInputs, storySpans, type IngestItem, type IngestProblem } from "./ingest/index.js";
export type { Article, ArticleDoc } from "./doc.js";
export { buildGraph, buildGraphInParallel, type BuildReport } from "./build.js";
