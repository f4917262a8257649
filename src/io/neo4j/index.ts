// Persisting the news graph in Neo4j: the API the `build`, `push`, `query` and `export` commands use.
import neo4j, { type Driver } from "neo4j-driver";
import type { SerializedNewsGraph } from "../../graph/index.js";
import { describeTarget, neo4jFailure, openDriver, type Neo4jTarget } from "./connection.js";
import { LOCAL_BOLT_URI, LOCAL_USERNAME, localPassword, startLocalServer } from "./localServer.js";
import { writeGraph } from "./writer.js";
import { toPlain, type PlainValue } from "./values.js";

export type { Neo4jTarget } from "./connection.js";
export { openDriver, neo4jFailure } from "./connection.js";
export { writeGraph, evidenceString } from "./writer.js";
export { readGraph } from "./readback.js";
export { toPlain, type PlainValue };

/** The Neo4j named by NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE); null when NEO4J_URI is unset. */
export function neo4jTargetFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jTarget | null {
  if (!env.NEO4J_URI) return null;
  return {
    uri: env.NEO4J_URI,
    username: env.NEO4J_USERNAME || "neo4j",
    password: env.NEO4J_PASSWORD ?? "",
    ...(env.NEO4J_DATABASE ? { database: env.NEO4J_DATABASE } : {}),
  };
}

/** The target from the environment, else the project's local server, started when it is not running. */
export async function resolveTarget(log: (line: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<Neo4jTarget> {
  const fromEnv = neo4jTargetFromEnv(env);
  if (fromEnv) return fromEnv;
  await startLocalServer({ log, env });
  return { uri: LOCAL_BOLT_URI, username: LOCAL_USERNAME, password: localPassword(env) };
}

/** Opens a verified driver on the resolved target, runs `work`, and always closes the driver. */
export async function withNeo4j<T>(
  log: (line: string) => void,
  doing: string,
  work: (driver: Driver, target: Neo4jTarget) => Promise<T>,
): Promise<T> {
  const target = await resolveTarget(log);
  const driver = await openDriver(target);
  try {
    return await work(driver, target);
  } catch (error) {
    throw neo4jFailure(target, error, doing);
  } finally {
    await driver.close();
  }
}

/** Writes the graph to Neo4j (NEO4J_URI, else the local server); returns a one-line summary. */
export async function persistGraph(graph: SerializedNewsGraph, options: { log: (line: string) => void }): Promise<string> {
  return withNeo4j(options.log, "writing the graph", async (driver, target) => {
    const counts = await writeGraph(driver, graph, { database: target.database, log: options.log });
    return `Neo4j ${describeTarget(target)}: ${counts.nodes} nodes, ${counts.relationships} relationships written`;
  });
}

/** Runs a read-only query and returns its columns and rows as plain values. */
export async function readQuery(
  cypher: string,
  parameters: Record<string, unknown>,
  log: (line: string) => void,
): Promise<{ columns: string[]; rows: PlainValue[][] }> {
  return withNeo4j(log, "running the query", async (driver, target) => {
    const session = driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(async (tx) => {
        const result = tx.run(cypher, parameters);
        const columns = (await result.keys()).map(String);
        const { records } = await result;
        return { columns, rows: records.map((record) => columns.map((column) => toPlain(record.get(column)))) };
      });
    } finally {
      await session.close();
    }
  });
}
