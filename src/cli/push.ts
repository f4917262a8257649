// `newsgraph push GRAPH.json`: write a built graph (graphology JSON) into Neo4j.
import { Command } from "commander";
import { persistGraph } from "../io/neo4j/index.js";
import { readGraphFile } from "./graph-file.js";

export const pushCommand = new Command("push")
  .description("Write a graph built by `newsgraph build` (graph.json) into Neo4j: NEO4J_URI, else the project's local server")
  .argument("<graph>", "graphology JSON export, e.g. out/graph.json")
  .addHelpText("after", "\nEnvironment: NEO4J_URI, NEO4J_USERNAME (neo4j), NEO4J_PASSWORD, NEO4J_DATABASE. See docs/neo4j.md.")
  .action(async (path: string) => {
    const graph = readGraphFile(path);
    const summary = await persistGraph(graph, { log: (line) => process.stderr.write(`${line}\n`) });
    process.stdout.write(`${summary}\n`);
  });
