// Where the committed models live and how the shared lexicon is read from them.
import { existsSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { gunzipSync } from "node:zlib";
import { committedFile } from "../committed-file.js";
import { Lexicon, type LexiconData } from "./lexicon.js";

/** The models live in src/nlp/models (tsc does not copy them to dist/). */
export function modelDirectory(): string {
  const { path, lookedIn } = committedFile(import.meta.url, "models/pos.bin.gz");
  if (!path) throw new Error(`newsgraph nlp: models not found (looked for ${lookedIn.join(", ")})`);
  return `${dirname(path)}/`;
}

export const readGzipJson = <T>(path: string): T => JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as T;

/** Word clusters, case statistics, gazetteers and cue words from a model directory. */
export function loadLexicon(directory = modelDirectory()): Lexicon {
  const clusterPath = `${directory}clusters.json.gz`;
  const clusterData = existsSync(clusterPath)
    ? readGzipJson<Pick<LexiconData, "clusters" | "caseBuckets">>(clusterPath)
    : { clusters: {}, caseBuckets: {} };
  const gazetteerData = readGzipJson<Pick<LexiconData, "gazetteers" | "cues">>(`${directory}gazetteers.json.gz`);
  return new Lexicon({ ...clusterData, ...gazetteerData });
}

let sharedLexicon: Lexicon | undefined;

/** The committed lexicon, loaded once and shared by the NER tagger and the UD tagger. */
export function defaultLexicon(): Lexicon {
  sharedLexicon ??= loadLexicon();
  return sharedLexicon;
}

/** The shared lexicon for the committed models' directory, a freshly loaded one for another. */
export function lexiconFor(directory: string): Lexicon {
  return directory === modelDirectory() ? defaultLexicon() : loadLexicon(directory);
}
