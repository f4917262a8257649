// `newsgraph export`: write a graph (stored in Neo4j, or a graph.json) as GraphML, GEXF,
// graphology JSON, or CSV files for neo4j-admin import and spreadsheets.
import { Command, Option } from "commander";
import { UserError } from "../errors.js";
import type { SerializedNewsGraph } from "../graph/index.js";
import { neo4jAdminImportCommand } from "../io/csv.js";
import { readGraph, withNeo4j } from "../io/neo4j/index.js";
import { FILE_FORMATS, FILE_FORMAT_NAMES, writeCsvFolder, type FileFormat } from "./formats.js";
import { readGraphFile } from "./graph-file.js";
import { info } from "./log.js";
import { writeOutputFile } from "./output.js";

interface ExportOptions {
  fromNeo4j?: boolean;
  from?: string;
  format: FileFormat | "csv";
  out: string;
  query?: string;
}

async function sourceGraph(options: ExportOptions): Promise<SerializedNewsGraph> {
  if (options.from !== undefined) {
    if (options.query !== undefined) throw new UserError("--query needs --from-neo4j");
    return readGraphFile(options.from);
  }
  const log = (line: string) => info(line);
  return withNeo4j(log, "reading the graph", (driver, target) => readGraph(driver, { database: target.database, query: options.query }));
}

export const exportCommand = new Command("export")
  .description("Export a graph (stored in Neo4j, or a graph.json) as GraphML, GEXF, graphology JSON or CSV files")
  .addOption(new Option("--from-neo4j", "read the graph from Neo4j (NEO4J_URI, else the project's local server)").conflicts("from"))
  .option("--from <graph.json>", "read the graph from a file `newsgraph build` wrote")
  .addOption(new Option("--format <format>", "output format").choices([...FILE_FORMAT_NAMES, "csv"]).makeOptionMandatory())
  .requiredOption("--out <path>", "file to write (csv: a folder, for a nodes file per label and a relationships file per type)")
  .option("--query <cypher>", "export only the nodes, relationships and paths this read query returns (relationships bring their endpoints)")
  .addHelpText("after", "\nExamples:\n  newsgraph export --from-neo4j --format graphml --out out/stored.graphml --query 'MATCH p=(:Person)-[:AFFILIATED_WITH]->() RETURN p'\n  newsgraph export --from out/graph.json --format csv --out out/csv")
  .action(async (options: ExportOptions) => {
    if (!options.fromNeo4j && options.from === undefined) throw new UserError("say where the graph comes from: --from-neo4j or --from <graph.json>");
    const graph = await sourceGraph(options);
    if (options.format === "csv") {
      const files = writeCsvFolder(options.out, graph);
      info(`to import into a new database: cd ${options.out} && ${neo4jAdminImportCommand(files)}`);
    } else {
      writeOutputFile(options.out, FILE_FORMATS[options.format].chunks(graph));
    }
    process.stdout.write(`${options.out}: ${graph.nodes.length} nodes, ${graph.edges.length} relationships exported${options.from === undefined ? " from Neo4j" : ""}\n`);
  });
