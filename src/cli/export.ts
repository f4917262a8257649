// `newsgraph export --from-neo4j`: write the graph stored in Neo4j back out as GraphML or graphology JSON.
import { Command, Option } from "commander";
import { toGraphML } from "../io/graphml.js";
import { readGraph, withNeo4j } from "../io/neo4j/index.js";
import { writeOutputFile } from "./output.js";

export const exportCommand = new Command("export")
  .description("Export the graph stored in Neo4j as GraphML or graphology JSON")
  .requiredOption("--from-neo4j", "read the graph from Neo4j (NEO4J_URI, else the project's local server)")
  .addOption(new Option("--format <format>", "output format").choices(["graphml", "graphology"]).makeOptionMandatory())
  .requiredOption("--out <file>", "file to write")
  .option("--query <cypher>", "export only the nodes, relationships and paths this read query returns (relationships bring their endpoints)")
  .addHelpText("after", "\nExample: newsgraph export --from-neo4j --format graphml --out out/stored.graphml --query 'MATCH p=(:Person)-[:AFFILIATED_WITH]->() RETURN p'")
  .action(async (options: { format: "graphml" | "graphology"; out: string; query?: string }) => {
    const log = (line: string) => process.stderr.write(`${line}\n`);
    const graph = await withNeo4j(log, "reading the graph", (driver, target) => readGraph(driver, { database: target.database, query: options.query }));
    const text = options.format === "graphml" ? toGraphML(graph) : JSON.stringify(graph, null, 2) + "\n";
    writeOutputFile(options.out, text);
    process.stdout.write(`${options.out}: ${graph.nodes.length} nodes, ${graph.edges.length} relationships exported from Neo4j\n`);
  });
