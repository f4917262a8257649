import { join } from "node:path";
import { Command } from "commander";
import { toGraphML } from "../io/graphml.js";
import { layoutGraph } from "../graph/layout.js";
import { renderViewerPage } from "../io/viewer-page.js";
import { summarise } from "../graph/summary.js";
import { UserError } from "../errors.js";
import { persistGraph, readQuery } from "../io/neo4j/index.js";
import { formatRows } from "./query.js";
import { buildFromPaths, DEFAULT_JOBS, exitCodeFor, parseConfidence, parseJobs } from "./inputs.js";
import { prepareOutputFolder, writeOutputFile } from "./output.js";

const MOST_MENTIONED = `MATCH (entity) WHERE entity:Person OR entity:Organization OR entity:Place OR entity:Group
RETURN labels(entity)[0] AS kind, entity.name AS name, entity.mentions AS mentions ORDER BY mentions DESC, name LIMIT 5`;

export const buildCommand = new Command("build")
  .description("Build one graph from many articles and write graph.json, graph.graphml, summary.txt and the viewer")
  .argument("<paths...>", "article files, folders, JSONL feeds, or - for stdin")
  .requiredOption("-o, --out <dir>", "output folder")
  .option("--min-confidence <number>", "drop nodes and relations below this confidence (0-1)", parseConfidence, 0)
  .option("--no-neo4j", "do not write the graph to Neo4j (by default: NEO4J_URI, else the project's local server, started if needed)")
  .option("-j, --jobs <number>", "worker threads for extraction (1: all on the main thread)", parseJobs, DEFAULT_JOBS)
  .action(async (paths: string[], options: { out: string; minConfidence: number; neo4j: boolean; jobs: number }) => {
    // Before the extraction, which may take hours: a bad --out is reported at once.
    prepareOutputFolder(options.out);
    const report = await buildFromPaths(paths, options.minConfidence, options.jobs);
    if (report.articles === 0) throw new UserError("no article could be processed; nothing written");
    // Positions are computed here, once, so the viewer (and Gephi) open the graph already laid out.
    layoutGraph(report.graph);
    const serialized = report.graph.export();
    const summary = summarise(report.graph);
    writeOutputFile(join(options.out, "graph.json"), JSON.stringify(serialized));
    writeOutputFile(join(options.out, "graph.graphml"), toGraphML(serialized));
    writeOutputFile(join(options.out, "summary.txt"), summary);
    writeOutputFile(join(options.out, "index.html"), renderViewerPage(serialized));
    process.stderr.write(`newsgraph: ${report.articles} articles, ${report.words} words → ${options.out}/graph.json, graph.graphml, summary.txt, index.html\n`);
    process.stdout.write(summary);
    if (options.neo4j) {
      const log = (line: string) => process.stderr.write(`newsgraph: ${line}\n`);
      log(await persistGraph(serialized, { log }));
      // The whole path in one run: a first Cypher answer from what was just stored.
      const { columns, rows } = await readQuery(MOST_MENTIONED, {}, log);
      process.stdout.write(`\nAsked Neo4j: ${MOST_MENTIONED.replace(/\s+/g, " ")}\n${formatRows(columns, rows, "table")}`);
      process.stdout.write("More questions: npx newsgraph query '…' (examples in docs/cypher-examples.md)\n");
    }
    process.exitCode = exitCodeFor(report);
  });
