// The graph's output formats, defined once for extract, build and export: each file format's
// text and extension, and the CSV folder.
import { join } from "node:path";
import type { SerializedNewsGraph } from "../graph/index.js";
import { toCsvFiles, type CsvFile } from "../io/csv.js";
import { toGEXF } from "../io/gexf.js";
import { toGraphML } from "../io/graphml.js";
import { prepareOutputFolder, writeOutputFile } from "./output.js";

export const FILE_FORMATS = {
  graphology: { extension: "json", render: (graph: SerializedNewsGraph) => `${JSON.stringify(graph)}\n` },
  graphml: { extension: "graphml", render: toGraphML },
  gexf: { extension: "gexf", render: toGEXF },
} as const;

export type FileFormat = keyof typeof FILE_FORMATS;
export const FILE_FORMAT_NAMES = Object.keys(FILE_FORMATS) as FileFormat[];

/** Writes the CSV files (a nodes file per label, a relationships file per type) into `folder`, created if needed. */
export function writeCsvFolder(folder: string, graph: SerializedNewsGraph): CsvFile[] {
  prepareOutputFolder(folder);
  const files = toCsvFiles(graph);
  for (const file of files) writeOutputFile(join(folder, file.name), file.content);
  return files;
}
