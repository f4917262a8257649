// The CSV export read back by csv-parse (a strict RFC 4180 reader, as a spreadsheet or
// neo4j-admin reads it): names with commas, quotes and line breaks survive exactly, headers
// carry graph-schema's types, and every node and edge is in the file of its label or type.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_ARRAY_DELIMITER, csvField, neo4jAdminImportCommand, toCsvFiles } from "../../src/io/csv.js";
import { createGraph, NODE_LABELS, RELATION_TYPES } from "../../src/index.js";

const TRICKY = ['Smith, John', 'The "Guardian"', 'ends in a backslash \\', "line one\nline two", "CR\r\nLF", "  spaced  ", "plain", "", "é 東京 😀"];

function trickyGraph() {
  const graph = createGraph();
  TRICKY.forEach((name, index) => {
    graph.addNode(`Person:${name}`, { kind: "Person", name, aliases: [name, "x"], mentions: index, confidence: 0.5, evidence: [{ article: "a,1", sentence: name, start: 0, end: 1 }] });
  });
  graph.addNode("Event:a#0", { kind: "Event", name: "met", eventType: "Meeting", date: null, aliases: [], mentions: 1, confidence: 1, evidence: [] });
  graph.addNode("Article:a,1", { kind: "Article", name: "a,1", articleId: "a,1", date: "2024-03-04", contentHash: "h", words: 12 });
  for (const name of TRICKY) {
    graph.addEdgeWithKey(`PARTICIPANT|${name}`, `Person:${name}`, "Event:a#0", { kind: "PARTICIPANT", role: "agent", confidence: 0.75, evidence: [] });
  }
  graph.addEdgeWithKey("MENTIONS|x", "Article:a,1", "Event:a#0", { kind: "MENTIONS", count: 2, confidence: 1, evidence: [] });
  return graph.export();
}

const read = (content: string) => parse(content, { columns: true, relax_column_count: false }) as Record<string, string>[];

describe("CSV export", () => {
  const files = new Map(toCsvFiles(trickyGraph()).map((file) => [file.name, file.content]));

  it("quotes commas, quotes and line breaks so a strict reader gets the exact names back", () => {
    const people = read(files.get("nodes-Person.csv")!);
    expect(people.map((row) => row.name)).toEqual(TRICKY);
    expect(people.map((row) => row["key:ID"])).toEqual(TRICKY.map((name) => `Person:${name}`));
    expect(people.map((row) => row["aliases:string[]"]!.split(CSV_ARRAY_DELIMITER))).toEqual(TRICKY.map((name) => [name, "x"]));
    expect(JSON.parse(people[0]!.evidence!)).toEqual([{ article: "a,1", sentence: TRICKY[0], start: 0, end: 1 }]);
    expect(files.get("nodes-Person.csv")).toContain('"The ""Guardian"""');
    // LOAD CSV would take a backslash before a quote for an escaped quote.
    expect(files.get("nodes-Person.csv")).not.toContain('\\"');
  });

  it("types every header from graph-schema, with the label and relation type columns neo4j-admin reads", () => {
    const header = (name: string) => files.get(name)!.split("\r\n")[0]!.split(",");
    expect(header("nodes-Person.csv")).toEqual(["key:ID", ":LABEL", "kind", "name", "aliases:string[]", "mentions:int", "confidence:double", "evidence", "mergedFrom:string[]"]);
    expect(header("nodes-Event.csv")).toContain("date:date");
    expect(header("nodes-Article.csv")).toContain("words:int");
    expect(header("relationships-MENTIONS.csv")).toEqual([":START_ID", ":END_ID", ":TYPE", "kind", "confidence:double", "evidence", "count:int"]);
    for (const label of Object.keys(NODE_LABELS)) expect(files.has(`nodes-${label}.csv`)).toBe(true);
    for (const type of Object.keys(RELATION_TYPES)) expect(files.has(`relationships-${type}.csv`)).toBe(true);
  });

  it("writes absent values as empty fields and an empty string as a quoted one", () => {
    const [event] = read(files.get("nodes-Event.csv")!);
    expect(event).toMatchObject({ ":LABEL": "Event", "date:date": "", "aliases:string[]": "", "mentions:int": "1" });
    expect(files.get("nodes-Person.csv")).toContain('Person:,Person,Person,"",');
    const [article] = read(files.get("nodes-Article.csv")!);
    expect(article).toMatchObject({ "key:ID": "Article:a,1", "date:date": "2024-03-04", "words:int": "12" });
  });

  it("puts every edge in its type's file, with its endpoints' keys", () => {
    const participants = read(files.get("relationships-PARTICIPANT.csv")!);
    expect(participants.map((row) => row[":START_ID"])).toEqual(TRICKY.map((name) => `Person:${name}`));
    expect(new Set(participants.map((row) => `${row[":END_ID"]} ${row[":TYPE"]} ${row.role}`))).toEqual(new Set(["Event:a#0 PARTICIPANT agent"]));
    expect(read(files.get("relationships-ABOUT.csv")!)).toEqual([]);
  });

  it("quotes only what needs it and ends lines with CRLF", () => {
    expect(["a", "a,b", 'say "hi"', "two\nlines", "cr\r"].map(csvField)).toEqual(["a", '"a,b"', '"say ""hi"""', '"two\nlines"', '"cr\r"']);
    expect(files.get("relationships-ABOUT.csv")).toMatch(/^:START_ID,:END_ID,:TYPE,[^\n]*\r\n$/);
  });

  it("names every file in the neo4j-admin command", () => {
    const command = neo4jAdminImportCommand([...files.keys()].map((name) => ({ name, content: "" })));
    expect(command).toMatch(/^neo4j-admin database import full neo4j --multiline-fields=true /);
    expect(command).toContain("--nodes=nodes-Person.csv");
    expect(command).toContain("--relationships=relationships-MENTIONS.csv");
  });
});
