import { join } from "node:path";
import { Command } from "commander";
import { layoutGraphInWorker } from "../graph/layout.js";
import { viewerPageChunks } from "../io/viewer-page.js";
import { exportSharingAttributes } from "../graph/index.js";
import { summarise } from "../graph/summary.js";
import { UserError } from "../errors.js";
import { collectLargeHeap } from "../collect-garbage.js";
import { persistGraph, readQuery } from "../io/neo4j/index.js";
import { formatRows } from "./query.js";
import type { Shard } from "../build.js";
import { buildFromPaths, DEFAULT_JOBS, exitCodeFor, parseConfidence, parseJobs, parseShard } from "./inputs.js";
import { prepareOutputFolder, writeOutputFile } from "./output.js";
import { FILE_FORMATS, FILE_FORMAT_NAMES, writeCsvFolder } from "./formats.js";
import { info, phase } from "./log.js";

const MOST_MENTIONED = `MATCH (entity) WHERE entity:Person OR entity:Organization OR entity:Place OR entity:Group
RETURN labels(entity)[0] AS kind, entity.name AS name, entity.mentions AS mentions ORDER BY mentions DESC, name LIMIT 5`;

/** The CSV files (for neo4j-admin import and spreadsheets) go in this folder of the output. */
const CSV_FOLDER = "csv";

/**
 * A phase that allocates much beside the graph. A large heap is collected in full first: the build's
 * heap may grow by a fifth past what the last full collection kept (src/cli/heap.ts), and the
 * garbage of the phase before would otherwise lie under this phase's allocations.
 */
function heavyPhase<T>(what: string, run: () => T | Promise<T>): Promise<T> {
  collectLargeHeap();
  return phase(what, run);
}

export const buildCommand = new Command("build")
  .description("Build one graph from many articles and write graph.json, graph.graphml, graph.gexf, csv/, summary.txt and the viewer")
  .argument("<paths...>", "article files, folders, JSONL feeds, or - for stdin")
  .requiredOption("-o, --out <dir>", "output folder")
  .option("--min-confidence <number>", "drop nodes and relations below this confidence (0-1)", parseConfidence, 0)
  .option("--no-neo4j", "do not write the graph to Neo4j (by default: NEO4J_URI, else the project's local server, started if needed)")
  .option("-j, --jobs <number>", "worker threads for extraction (1: all on the main thread)", parseJobs, DEFAULT_JOBS)
  .option("--shard <i/N>", "build only part i of N of the inputs, chosen by a hash of each article's text (one part per machine, all written to one Neo4j)", parseShard)
  .action(async (paths: string[], options: { out: string; minConfidence: number; neo4j: boolean; jobs: number; shard?: Shard }) => {
    // Before the extraction, which may take hours: a bad --out is reported at once.
    prepareOutputFolder(options.out);
    const report = await buildFromPaths(paths, { minConfidence: options.minConfidence, jobs: options.jobs, shard: options.shard, progress: true });
    if (report.articles === 0) throw new UserError("no article could be processed; nothing written");
    // Positions are computed here, once, so the viewer (and Gephi) open the graph already laid out.
    await heavyPhase(`laying out ${report.graph.order} nodes`, () => layoutGraphInWorker(report.graph));
    const serialized = exportSharingAttributes(report.graph);
    const summary = summarise(report.graph);
    const written: string[] = [];
    const write = (name: string, render: () => string | Iterable<string>) =>
      heavyPhase(`writing ${name}`, () => {
        writeOutputFile(join(options.out, name), render());
        written.push(name);
      });
    for (const format of FILE_FORMAT_NAMES) await write(`graph.${FILE_FORMATS[format].extension}`, () => FILE_FORMATS[format].chunks(serialized));
    await heavyPhase(`writing ${CSV_FOLDER}/`, () => writeCsvFolder(join(options.out, CSV_FOLDER), serialized));
    written.push(`${CSV_FOLDER}/`);
    await write("summary.txt", () => summary);
    await write("index.html", () => viewerPageChunks(serialized));
    info(`${report.articles} articles, ${report.words} words → ${options.out}/${written.join(", ")}`);
    process.stdout.write(summary);
    if (options.neo4j) {
      const log = (line: string) => info(line);
      log(await phase("writing to Neo4j", () => persistGraph(serialized, { log })));
      // The whole path in one run: a first Cypher answer from what was just stored.
      const { columns, rows } = await readQuery(MOST_MENTIONED, {}, log);
      process.stdout.write(`\nAsked Neo4j: ${MOST_MENTIONED.replace(/\s+/g, " ")}\n${formatRows(columns, rows, "table")}`);
      process.stdout.write("More questions: npx newsgraph query '…' (examples in docs/cypher-examples.md)\n");
    }
    process.exitCode = exitCodeFor(report);
  });
