// CSV export in the layout `neo4j-admin database import full` reads, which a spreadsheet opens
// as well: one nodes file per label and one relationships file per type, UTF-8, RFC 4180
// quoting, CRLF line ends. Headers are typed from graph-schema (`key:ID`, `mentions:int`,
// `aliases:string[]`, `date:date`, …); node keys are one ID space, as every key starts with
// its label. Evidence is one JSON string (as in the GraphML), since its sentences may hold any
// character, the array delimiter too. An empty list is an empty field, which neo4j-admin
// leaves unset.
import { NODE_LABELS, NODE_LABEL_NAMES, RELATION_TYPES, RELATION_TYPE_NAMES, type PropertySpec, type PropertyType } from "../../graph-schema/index.js";
import type { SerializedNewsGraph } from "../graph/index.js";

/** neo4j-admin's default `--array-delimiter`: items of a `string[]` field are joined with it. */
export const CSV_ARRAY_DELIMITER = ";";

/** The neo4j-admin type suffix of a schema property type; plain strings have none. */
const HEADER_TYPE: Record<PropertyType, string> = {
  string: "",
  "string[]": ":string[]",
  integer: ":int",
  float: ":double",
  date: ":date",
  boolean: ":boolean",
  "evidence[]": "",
};

export interface CsvFile {
  /** File name, e.g. `nodes-Person.csv` or `relationships-MENTIONS.csv`. */
  name: string;
  content: string;
}

/** One field, quoted as RFC 4180 says when it holds a comma, a quote or a line end (quotes doubled). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A value as field text; absent is an empty field, an empty string a quoted one (neo4j-admin keeps "" but skips an empty field). */
function fieldText(value: unknown, type: PropertyType): string {
  if (value === undefined || value === null) return "";
  if (type === "string[]") return csvField((value as string[]).join(CSV_ARRAY_DELIMITER));
  if (type === "evidence[]") return csvField(evidenceJson(value));
  const text = String(value);
  return text === "" ? '""' : csvField(text);
}

/**
 * Evidence as JSON with quotes and backslashes written \u0022 and \u005c: LOAD CSV reads a
 * backslash before a quote as an escaped quote (the server's default,
 * dbms.import.csv.legacy_quote_escaping), which would end the field early.
 */
function evidenceJson(value: unknown): string {
  return JSON.stringify(value).replace(/\\["\\]/g, (pair) => (pair === '\\"' ? "\\u0022" : "\\u005c"));
}

/** One CSV line (fields already quoted), with its CRLF. */
const csvLine = (fields: string[]) => `${fields.join(",")}\r\n`;

/** A CSV file to be written row by row: its name and, each time asked, its lines. */
export interface CsvFileChunks {
  name: string;
  chunks: () => Iterable<string>;
}

function* csvChunks<Element>(header: string[], elements: Element[], row: (element: Element) => string[] | null): Generator<string> {
  yield csvLine(header.map(csvField));
  for (const element of elements) {
    const fields = row(element);
    if (fields) yield csvLine(fields);
  }
}

/** The graph as CSV files: `nodes-<Label>.csv` and `relationships-<TYPE>.csv` for every label and type of the schema, header-only when empty. */
export function toCsvFiles(graph: SerializedNewsGraph): CsvFile[] {
  return csvFileChunks(graph).map(({ name, chunks }) => ({ name, content: [...chunks()].join("") }));
}

/** The same files line by line, so a corpus graph is written without any file being one string. */
export function csvFileChunks(graph: SerializedNewsGraph): CsvFileChunks[] {
  const files: CsvFileChunks[] = [];
  for (const label of NODE_LABEL_NAMES) {
    const properties = Object.entries<PropertySpec>(NODE_LABELS[label].properties).filter(([name]) => name !== "key");
    const header = ["key:ID", ":LABEL", ...properties.map(([name, spec]) => name + HEADER_TYPE[spec.type])];
    const row = (node: SerializedNewsGraph["nodes"][number]) =>
      node.attributes?.kind !== label ? null : [csvField(node.key), label, ...properties.map(([name, spec]) => fieldText((node.attributes as Record<string, unknown> | undefined)?.[name], spec.type))];
    files.push({ name: `nodes-${label}.csv`, chunks: () => csvChunks(header, graph.nodes, row) });
  }
  for (const type of RELATION_TYPE_NAMES) {
    const properties = Object.entries<PropertySpec>(RELATION_TYPES[type].properties);
    const header = [":START_ID", ":END_ID", ":TYPE", ...properties.map(([name, spec]) => name + HEADER_TYPE[spec.type])];
    const row = (edge: SerializedNewsGraph["edges"][number]) =>
      edge.attributes?.kind !== type ? null : [csvField(edge.source), csvField(edge.target), type, ...properties.map(([name, spec]) => fieldText((edge.attributes as Record<string, unknown> | undefined)?.[name], spec.type))];
    files.push({ name: `relationships-${type}.csv`, chunks: () => csvChunks(header, graph.edges, row) });
  }
  return files;
}

/** The `neo4j-admin` command that imports the files (run in their folder; the database must be new or stopped). */
export function neo4jAdminImportCommand(files: { name: string }[], database = "neo4j"): string {
  const options = files.map((file) => `--${file.name.startsWith("nodes-") ? "nodes" : "relationships"}=${file.name}`);
  // Sentences in evidence may hold line breaks, inside quotes.
  return `neo4j-admin database import full ${database} --multiline-fields=true ${options.join(" ")}`;
}
