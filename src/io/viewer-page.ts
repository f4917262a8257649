// The viewer as one self-contained HTML page: the browser bundle (dist/viz, built by
// scripts/build-viewer.mjs), its CSS and the graph are all inlined, so the file opens
// from file:// with no network.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { viewerDataPieces } from "../../viz/viewer-data.js";
import type { VerbMorphology } from "../../viz/event-headline.js";
import { UserError } from "../errors.js";
import type { SerializedNewsGraph } from "../graph/index.js";
import { Lemmatizer, type LemmatizerData } from "../nlp/lemmatizer.js";
import { modelDirectory, readGzipJson } from "../nlp/model-files.js";

/** The package root: the nearest folder above this module with a package.json, whether it runs from src/ (tests) or dist/src/ (CLI). */
function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, "package.json"))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error("viewer-page: no package.json above " + fileURLToPath(import.meta.url));
    folder = parent;
  }
  return folder;
}

let cachedBundle: { script: string; style: string } | undefined;

function viewerBundle(): { script: string; style: string } {
  if (cachedBundle) return cachedBundle;
  const folder = join(packageRoot(), "dist", "viz");
  try {
    cachedBundle = { script: readFileSync(join(folder, "viewer.js"), "utf8"), style: readFileSync(join(folder, "viewer.css"), "utf8") };
  } catch (error) {
    throw new UserError(`the viewer bundle is missing from ${folder} (run npm run build): ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return cachedBundle;
}

let cachedVerbs: VerbMorphology | undefined;

/** Event headlines put verbs in the present ("said" → "says") with the pipeline's own lemmatiser. */
function verbMorphology(): VerbMorphology {
  if (cachedVerbs) return cachedVerbs;
  const lemmatizer = new Lemmatizer(readGzipJson<LemmatizerData>(`${modelDirectory()}lemmas.json.gz`));
  cachedVerbs = { lemma: (word, tag) => lemmatizer.lemma(word, "VERB", tag) };
  return cachedVerbs;
}

/**
 * JSON that is safe inside <script>: every `<` becomes `\u003c`, so neither `</script`
 * nor `<!--` can appear, and U+2028/U+2029 are escaped for older parsers.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * JSON of a record of arrays in pieces, one per element, each safe inside <script>: the viewer data
 * of a 100,000-article graph is gigabytes, more than one JavaScript string may hold. Each array may
 * be any iterable, so that its elements are made one at a time as they are written.
 */
function* scriptSafeJsonChunks(record: Record<string, Iterable<unknown>>): Generator<string> {
  let separator = "{";
  for (const [key, values] of Object.entries(record)) {
    yield `${separator}${JSON.stringify(key)}:[`;
    let comma = "";
    for (const value of values) {
      yield comma + (value === undefined ? "null" : scriptSafeJson(value));
      comma = ",";
    }
    yield "]";
    separator = ",";
  }
  yield separator === "{" ? "{}" : "}";
}

/**
 * The whole viewer page for a serialized graph (graphology's `graph.export()`), positions
 * included, in pieces to write one after another. The Content-Security-Policy allows nothing
 * from outside the page: markup that slipped into the DOM still could not load an image, a
 * script or a stylesheet. The graph and its evidence go in two data blocks (see
 * viz/viewer-data.ts): the page parses the evidence only when a panel first shows a sentence.
 */
export function* viewerPageChunks(graph: SerializedNewsGraph): Generator<string> {
  const { script, style } = viewerBundle();
  const data = viewerDataPieces(graph, verbMorphology());
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsgraph">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; worker-src blob:; style-src 'unsafe-inline'; img-src data:">
<title>newsgraph</title>
<style>${style}</style>
</head>
<body>
<script id="newsgraph-data" type="application/json">`;
  yield* scriptSafeJsonChunks({ ...data.graph });
  yield `</script>
<script id="newsgraph-evidence" type="application/json">`;
  yield* scriptSafeJsonChunks({ ...data.evidence });
  yield `</script>
<script>${script}</script>
</body>
</html>
`;
}

/** The whole viewer page as one string (see viewerPageChunks), for graphs that fit in one. */
export function renderViewerPage(graph: SerializedNewsGraph): string {
  return [...viewerPageChunks(graph)].join("");
}
