// The example queries of docs/cypher-examples.md, read from that file and run over the graph the
// pipeline builds from the sample article in seeds/; each must give the answer the document shows.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { writeGraph } from "../../src/io/neo4j/index.js";
import { buildGraph, readInputs } from "../../src/index.js";
import { clean, connect, run, target } from "./helpers.js";

interface Example {
  title: string;
  cypher: string;
  table: string[][];
}

/** Each "### " section: the first ```cypher block and the first markdown table after it. */
function readExamples(markdown: string): Example[] {
  return markdown
    .split(/^### /m)
    .slice(1)
    .map((section) => {
      const cypher = /```cypher\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
      const tableLines = section.split("\n").filter((line) => line.startsWith("|"));
      const table = tableLines
        .filter((_, index) => index !== 1)
        .map((line) => line.split("|").slice(1, -1).map((cell) => cell.trim()));
      return { title: section.split("\n")[0], cypher, table };
    })
    .filter((example) => example.cypher);
}

const examples = readExamples(readFileSync(new URL("../../docs/cypher-examples.md", import.meta.url), "utf8"));
const parameters: Record<string, Record<string, unknown>> = { "2. Events in a province, by date": { province: "Balochistan" } };

let driver: Driver;
beforeAll(async () => {
  driver = await connect();
  await clean(driver);
  await writeGraph(driver, buildGraph(readInputs(["seeds"], () => new Uint8Array())).graph.export(), { database: target.database, log: () => {} });
});
afterAll(async () => {
  if (driver) await clean(driver);
  await driver?.close();
});

describe("docs/cypher-examples.md", () => {
  it("has at least six examples, each with a query and an expected answer", () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const example of examples) expect(example.table.length, example.title).toBeGreaterThan(1);
  });

  for (const example of examples) {
    it(example.title, async () => {
      const rows = await run(driver, example.cypher, parameters[example.title] ?? {});
      const [header, ...expected] = example.table;
      const actual = rows.map((row) => header.map((column) => (typeof row[column] === "string" ? (row[column] as string) : JSON.stringify(row[column]))));
      expect(actual).toEqual(expected);
    });
  }
});
