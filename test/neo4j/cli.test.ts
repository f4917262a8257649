// The push, query and export commands as a user runs them: one clear line and a non-zero exit on
// a bad connection, results printed as plain values, and an interrupted push that a rerun completes.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hazaraGraph } from "./fixtures/hazaraGraph.js";
import { generateGraph } from "./fixtures/generatedGraph.js";
import { checksum, clean, cli, counts, targetEnv, useCleanDatabase } from "./helpers.js";

const workDir = mkdtempSync(join(tmpdir(), "newsgraph-neo4j-"));
const seedGraphFile = join(workDir, "seed.json");
writeFileSync(seedGraphFile, JSON.stringify(hazaraGraph()));

const database = useCleanDatabase();

function expectOneClearLine(result: { code: number | null; stderr: string; seconds: number }, pattern: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.seconds).toBeLessThan(30);
  const lines = result.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("connection failures", () => {
  it("reports a wrong password", async () => {
    const result = await cli(["push", seedGraphFile], targetEnv({ NEO4J_PASSWORD: "definitely-wrong-password" }));
    expectOneClearLine(result, /^newsgraph: Neo4j at .* refused user "neo4j": wrong username or password/);
  }, 40_000);

  it("reports an unreachable server", async () => {
    const result = await cli(["query", "RETURN 1"], targetEnv({ NEO4J_URI: "bolt://127.0.0.1:1" }));
    expectOneClearLine(result, /^newsgraph: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
  }, 40_000);

  it("reports a server that takes the connection and never answers, within 30 s", async () => {
    // What a frozen server looks like from outside: the kernel accepts, nothing replies.
    const silent = createServer((socket) => socket.resume());
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const uri = `bolt://127.0.0.1:${(silent.address() as AddressInfo).port}`;
      const result = await cli(["query", "RETURN 1"], targetEnv({ NEO4J_URI: uri }));
      expectOneClearLine(result, new RegExp(`^newsgraph: Neo4j at ${uri} stopped answering while connecting: Connection acquisition timed out in \\d+ ms \\(is the server stuck`));
    } finally {
      silent.close();
    }
  }, 40_000);

  it("reports a database that does not exist", async () => {
    const result = await cli(["export", "--from-neo4j", "--format", "graphology", "--out", join(workDir, "x.json")], targetEnv({ NEO4J_DATABASE: "nosuchdatabase" }));
    expectOneClearLine(result, /^newsgraph: Neo4j at .* has no database "nosuchdatabase"/);
  }, 40_000);
});

describe("push, query, export", () => {
  it("pushes a graph file, queries it in every format and exports it back", async () => {
    const pushed = await cli(["push", seedGraphFile], targetEnv());
    expect(pushed.stderr).not.toMatch(/Error/);
    expect(pushed.code).toBe(0);
    expect(pushed.stdout.trim()).toMatch(/^Neo4j bolt:\/\/.*: 16 nodes, 31 relationships written$/);

    const query = "MATCH (e:Event {eventType: $type}) RETURN e.name AS name, e.date AS date, e.mentions AS mentions, e AS event";
    const json = await cli(["query", query, "--param", "type=Attack", "--format", "json"], targetEnv());
    expect(json.code).toBe(0);
    const [row] = JSON.parse(json.stdout);
    expect(row).toMatchObject({ name: "attack on Hazara coal miners in Mach", date: "2021-01-03", mentions: 1 });
    expect(row.event).toMatchObject({ key: "Event:hazara-miners-2021#0", eventType: "Attack", date: "2021-01-03" });

    const csv = await cli(["query", "MATCH (p:Person) RETURN p.name AS name, p.mentions AS mentions ORDER BY name", "--format", "csv"], targetEnv());
    expect(csv.stdout).toBe("name,mentions\nAntonio Guterres,2\nImran Khan,1\nVolkan Bozkir,2\n");
    const table = await cli(["query", "MATCH (p:Person) WHERE p.mentions > $min RETURN p.name AS name ORDER BY name", "--param", "min=1"], targetEnv());
    expect(table.stdout).toBe("name\n----------------\nAntonio Guterres\nVolkan Bozkir\n(2 rows)\n");

    const exported = join(workDir, "stored.json");
    const exportResult = await cli(["export", "--from-neo4j", "--format", "graphology", "--out", exported], targetEnv());
    expect(exportResult.code).toBe(0);
    const graph = JSON.parse(readFileSync(exported, "utf8"));
    const byKey = (items: { key: string }[]) => [...items].sort((a, b) => a.key.localeCompare(b.key));
    expect(byKey(graph.nodes)).toEqual(byKey(hazaraGraph().nodes));
    expect(byKey(graph.edges)).toEqual(byKey(hazaraGraph().edges));

    const graphml = join(workDir, "affiliations.graphml");
    const partial = await cli(["export", "--from-neo4j", "--format", "graphml", "--out", graphml, "--query", "MATCH p = (:Person)-[:AFFILIATED_WITH]->() RETURN p"], targetEnv());
    expect(partial.code).toBe(0);
    expect(partial.stdout).toMatch(/6 nodes, 3 relationships exported/);
    const xml = readFileSync(graphml, "utf8");
    expect(xml).toContain("<graphml");
    expect(xml).toContain("Secretary-General");
    expect(xml).not.toContain("Islamic State");
  }, 90_000);

  it("rejects a write query", async () => {
    const result = await cli(["query", "CREATE (:Person {name: 'x'})"], targetEnv());
    expectOneClearLine(result, /^newsgraph: .*(write|Writing|read)/i);
    expect(await counts(database.driver)).toEqual({ nodes: 0, relationships: 0 });
  }, 40_000);
});

describe("an interrupted push", () => {
  it("killed with SIGKILL mid-write, then rerun, ends equal to a clean run", async () => {
    const graph = generateGraph({ articles: 1500, entityPool: 20_000, entitiesPerArticle: 15, eventsPerArticle: 3 });
    const file = join(workDir, "large.json");
    writeFileSync(file, JSON.stringify(graph));

    let killedAt = 0;
    const interrupted = await cli(["push", file], targetEnv(), (kill) => {
      const poll = setInterval(async () => {
        const { nodes } = await counts(database.driver);
        if (nodes > 5_000) {
          clearInterval(poll);
          killedAt = nodes;
          kill();
        }
      }, 200);
    });
    expect(interrupted.signal).toBe("SIGKILL");
    expect(killedAt).toBeGreaterThan(0);
    const partial = await counts(database.driver);
    expect(partial.nodes).toBeLessThan(graph.nodes.length + 1);
    expect(partial.relationships).toBeLessThan(graph.edges.length);

    expect((await cli(["push", file], targetEnv())).code).toBe(0);
    const resumed = { counts: await counts(database.driver), checksum: await checksum(database.driver) };

    await clean(database.driver);
    expect((await cli(["push", file], targetEnv())).code).toBe(0);
    const cleanRun = { counts: await counts(database.driver), checksum: await checksum(database.driver) };

    expect(cleanRun.counts).toEqual({ nodes: graph.nodes.length, relationships: graph.edges.length });
    expect(resumed).toEqual(cleanRun);
  }, 300_000);
});
