// A worker thread of the parallel build: runs the pipeline on the articles it is sent and
// posts back each annotated document (or why it failed), tagged with the article's position.
import { parentPort } from "node:worker_threads";
import type { Article } from "./doc.js";
import { processArticle } from "./pipeline.js";

export interface WorkerRequest {
  index: number;
  article: Article;
}

if (!parentPort) throw new Error("pipeline-worker.ts runs as a worker thread");
const port = parentPort;
port.on("message", ({ index, article }: WorkerRequest) => {
  try {
    port.postMessage({ index, doc: processArticle(article) });
  } catch (error) {
    port.postMessage({ index, error: error instanceof Error ? error.message : String(error) });
  }
});
