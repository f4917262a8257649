// The graph's output formats, defined once for extract, build and export: each file format's
// text, in pieces so that a corpus graph is written without being one string, and extension,
// and the CSV folder.
import { join } from "node:path";
import type { SerializedNewsGraph } from "../graph/index.js";
import { csvFileChunks } from "../io/csv.js";
import { gexfChunks } from "../io/gexf.js";
import { graphmlChunks } from "../io/graphml.js";
import { prepareOutputFolder, writeOutputFile } from "./output.js";

/** graphology JSON, exactly `JSON.stringify(graph)`, with each node and edge its own piece. */
function* graphologyJsonChunks(graph: SerializedNewsGraph): Generator<string> {
  let separator = "{";
  for (const [name, value] of Object.entries(graph)) {
    if (value === undefined) continue;
    yield `${separator}${JSON.stringify(name)}:`;
    separator = ",";
    if (!Array.isArray(value)) {
      yield JSON.stringify(value);
      continue;
    }
    yield "[";
    for (const [index, element] of value.entries()) yield `${index > 0 ? "," : ""}${JSON.stringify(element)}`;
    yield "]";
  }
  yield separator === "{" ? "{}\n" : "}\n";
}

export const FILE_FORMATS = {
  graphology: { extension: "json", chunks: graphologyJsonChunks },
  graphml: { extension: "graphml", chunks: graphmlChunks },
  gexf: { extension: "gexf", chunks: gexfChunks },
} as const;

export type FileFormat = keyof typeof FILE_FORMATS;
export const FILE_FORMAT_NAMES = Object.keys(FILE_FORMATS) as FileFormat[];

/** Writes the CSV files (a nodes file per label, a relationships file per type) into `folder`, created if needed. */
export function writeCsvFolder(folder: string, graph: SerializedNewsGraph): { name: string }[] {
  prepareOutputFolder(folder);
  const files = csvFileChunks(graph);
  for (const file of files) writeOutputFile(join(folder, file.name), file.chunks());
  return files;
}
