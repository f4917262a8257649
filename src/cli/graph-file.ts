// Reading a graph built earlier (graphology JSON, as `newsgraph build` writes graph.json).
import { readFileSync } from "node:fs";
import { UserError } from "../errors.js";
import type { SerializedNewsGraph } from "../graph/index.js";

export function readGraphFile(path: string): SerializedNewsGraph {
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
