// Shared by the Neo4j tests: the server under test comes from NEO4J_URI, NEO4J_USERNAME,
// NEO4J_PASSWORD and NEO4J_DATABASE (scripts/test.sh starts the local one and exports them);
// unset, they default to the project's local server.
import { createHash } from "node:crypto";
import { spawn } from "node:child_process";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { openDriver, toPlain, type Neo4jTarget, type PlainValue } from "../../src/io/neo4j/index.js";
import { DEFAULT_LOCAL_PASSWORD, LOCAL_BOLT_URI } from "../../src/io/neo4j/localServer.js";

export const target: Neo4jTarget = {
  uri: process.env.NEO4J_URI || LOCAL_BOLT_URI,
  username: process.env.NEO4J_USERNAME || "neo4j",
  password: process.env.NEO4J_PASSWORD || DEFAULT_LOCAL_PASSWORD,
  ...(process.env.NEO4J_DATABASE ? { database: process.env.NEO4J_DATABASE } : {}),
};

/** The environment for a child `newsgraph` process pointed at the server under test. */
export function targetEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: target.uri,
    NEO4J_USERNAME: target.username,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database ?? "",
    ...overrides,
  };
}

export const connect = (): Promise<Driver> => openDriver(target);

/**
 * One driver for the test file, and an empty database before each test and after the last one, so a
 * graph built after the tests (the README's main job) does not find their data.
 */
export function useCleanDatabase(): { driver: Driver } {
  const database = {} as { driver: Driver };
  beforeAll(async () => {
    database.driver = await connect();
  });
  afterAll(async () => {
    if (database.driver) await clean(database.driver);
    await database.driver?.close();
  });
  beforeEach(async () => {
    await clean(database.driver);
  });
  return database;
}

export async function run(driver: Driver, cypher: string, parameters: Record<string, unknown> = {}): Promise<Record<string, PlainValue>[]> {
  const { records } = await driver.executeQuery(cypher, parameters, { database: target.database });
  return records.map((record) => Object.fromEntries(record.keys.map((key) => [String(key), toPlain(record.get(key))])));
}

/** Empties the database (the writer's constraints stay), so every test starts from no data. */
export async function clean(driver: Driver): Promise<void> {
  const session = driver.session({ database: target.database });
  try {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not a managed one.
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS");
  } finally {
    await session.close();
  }
}

export async function counts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const [row] = await run(driver, "MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships");
  return row as { nodes: number; relationships: number };
}

// Lists the writer keeps as sets are sorted; the parallel mention lists are compared as pairs.
function canonicalProperties(properties: Record<string, unknown>): string {
  const plain = toPlain(properties) as Record<string, PlainValue>;
  const entries = Object.entries(plain)
    .filter(([name]) => name !== "mentionArticles" && name !== "mentionCounts")
    .map(([name, value]) => [name, Array.isArray(value) ? [...value].map((v) => JSON.stringify(v)).sort() : value] as const);
  const articles = (plain.mentionArticles ?? []) as string[];
  const mentionPairs = articles.map((article, i) => `${article}=${(plain.mentionCounts as number[])[i]}`).sort();
  return JSON.stringify([...entries.sort(([a], [b]) => a.localeCompare(b)), ["mentionPairs", mentionPairs]]);
}

/** A digest of every node and relationship with all their properties, independent of storage order. */
export async function checksum(driver: Driver): Promise<string> {
  const session = driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
  try {
    const lines: string[] = [];
    const nodes = await session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties");
    for (const record of nodes.records) lines.push(`N ${[...record.get("labels")].sort().join(":")} ${canonicalProperties(record.get("properties"))}`);
    const relationships = await session.run("MATCH (s)-[r]->(t) RETURN s.key AS source, type(r) AS type, t.key AS target, properties(r) AS properties");
    for (const record of relationships.records) {
      lines.push(`R ${record.get("source")} ${record.get("type")} ${record.get("target")} ${canonicalProperties(record.get("properties"))}`);
    }
    return createHash("sha256").update(lines.sort().join("\n")).digest("hex");
  } finally {
    await session.close();
  }
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs the newsgraph CLI from source in one node process (so a signal reaches the writer itself). */
export function cli(args: string[], env: NodeJS.ProcessEnv, onStart?: (kill: () => void) => void): Promise<CliResult> {
  const started = Date.now();
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  onStart?.(() => child.kill("SIGKILL"));
  return new Promise((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr, seconds: (Date.now() - started) / 1000 })),
  );
}
