// `newsgraph query 'CYPHER'`: run a read query and print its rows as a table, JSON or CSV.
import { Command, Option } from "commander";
import neo4j from "neo4j-driver";
import { UserError } from "../errors.js";
import { readQuery, type PlainValue } from "../io/neo4j/index.js";
import { csvField } from "../io/csv.js";

/** `name=value`: the value is parsed as JSON when it is JSON (numbers, booleans, lists), else kept as a string. */
function collectParameter(pair: string, parameters: Record<string, unknown>): Record<string, unknown> {
  const separator = pair.indexOf("=");
  if (separator <= 0) throw new UserError(`--param expects name=value, got ${JSON.stringify(pair)}`);
  const raw = pair.slice(separator + 1);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = raw;
  }
  // Whole numbers go to Neo4j as integers, as a Cypher literal would.
  return { ...parameters, [pair.slice(0, separator)]: Number.isInteger(value) ? neo4j.int(value as number) : value };
}

const cell = (value: PlainValue): string => (typeof value === "string" ? value : JSON.stringify(value));

export function formatRows(columns: string[], rows: PlainValue[][], format: "table" | "json" | "csv"): string {
  if (format === "json") {
    return JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i]]))), null, 2) + "\n";
  }
  if (format === "csv") {
    return [columns, ...rows.map((row) => row.map(cell))].map((line) => line.map(csvField).join(",")).join("\n") + "\n";
  }
  const text = rows.map((row) => row.map((value) => cell(value).replace(/\s+/g, " ")));
  const widths = columns.map((column, i) => Math.max(column.length, ...text.map((row) => row[i].length)));
  const line = (values: string[]) => values.map((value, i) => value.padEnd(widths[i])).join(" | ").trimEnd();
  return [line(columns), widths.map((width) => "-".repeat(width)).join("-+-"), ...text.map(line), `(${rows.length} row${rows.length === 1 ? "" : "s"})`].join("\n") + "\n";
}

export const queryCommand = new Command("query")
  .description("Run a read-only Cypher query against Neo4j and print the result")
  .argument("<cypher>", "the Cypher query, e.g. 'MATCH (p:Person) RETURN p.name LIMIT 5'")
  .option("--param <name=value>", "query parameter, repeatable; JSON values are parsed ($name in the query)", collectParameter, {})
  .addOption(new Option("--format <format>", "output format").choices(["table", "json", "csv"]).default("table"))
  .addHelpText("after", "\nValues are printed as plain JSON: integers as numbers, dates as ISO strings, nodes and relationships as their properties.\nEnvironment: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE. Examples: docs/cypher-examples.md.")
  .action(async (cypher: string, options: { param: Record<string, unknown>; format: "table" | "json" | "csv" }) => {
    const { columns, rows } = await readQuery(cypher, options.param, (line) => process.stderr.write(`${line}\n`));
    process.stdout.write(formatRows(columns, rows, options.format));
  });
