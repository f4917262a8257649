// Two writers at once into one database (two builds, a build and a push): locks they both want
// make one of them wait, deadlock or hit a schema change in flight; the writer tries again, so
// both succeed and the store is what one write leaves.
import { describe, expect, it } from "vitest";
import { writeGraph } from "../../src/io/neo4j/index.js";
import { generateGraph } from "./fixtures/generatedGraph.js";
import { checksum, counts, run, target, useCleanDatabase } from "./helpers.js";

const database = useCleanDatabase();

async function dropSchema(): Promise<void> {
  for (const { name } of await run(database.driver, "SHOW CONSTRAINTS YIELD name")) await run(database.driver, `DROP CONSTRAINT ${name}`);
  for (const { name } of await run(database.driver, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")) await run(database.driver, `DROP INDEX ${name} IF EXISTS`);
}

describe("two writers at once", () => {
  it("both succeed on a fresh database, and the store equals one write", async () => {
    const graph = generateGraph({ articles: 400, entityPool: 3_000, entitiesPerArticle: 15, eventsPerArticle: 3 });
    const write = () => writeGraph(database.driver, graph, { database: target.database, log: () => {}, batchSize: 500 });
    await write();
    const once = { counts: await counts(database.driver), checksum: await checksum(database.driver) };

    for (let round = 0; round < 3; round++) {
      await run(database.driver, "MATCH (n) DETACH DELETE n");
      await dropSchema();
      await Promise.all([write(), write()]);
      expect({ counts: await counts(database.driver), checksum: await checksum(database.driver) }).toEqual(once);
    }
  }, 300_000);
});
