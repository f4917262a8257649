// `newsgraph push GRAPH.json`: write a built graph (graphology JSON) into Neo4j.
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { UserError } from "../errors.js";
import type { SerializedNewsGraph } from "../graph/index.js";
import { persistGraph } from "../io/neo4j/index.js";

function readGraphFile(path: string): SerializedNewsGraph {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UserError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let graph: unknown;
  try {
    graph = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${path} is not JSON: ${(error as Error).message}`);
  }
  const shape = graph as Partial<SerializedNewsGraph> | null;
  if (!shape || !Array.isArray(shape.nodes) || !Array.isArray(shape.edges)) {
    throw new UserError(`${path} is not a graphology graph export (expected "nodes" and "edges" arrays)`);
  }
  return shape as SerializedNewsGraph;
}

export const pushCommand = new Command("push")
  .description("Write a graph built by `newsgraph build` (graph.json) into Neo4j: NEO4J_URI, else the project's local server")
  .argument("<graph>", "graphology JSON export, e.g. out/graph.json")
  .addHelpText("after", "\nEnvironment: NEO4J_URI, NEO4J_USERNAME (neo4j), NEO4J_PASSWORD, NEO4J_DATABASE. See docs/neo4j.md.")
  .action(async (path: string) => {
    const graph = readGraphFile(path);
    const summary = await persistGraph(graph, { log: (line) => process.stderr.write(`${line}\n`) });
    process.stdout.write(`${summary}\n`);
  });
