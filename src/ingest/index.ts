// Readers that turn input into Articles: a plain-text file (optionally starting with a
// dateline `date YYYY-MM-DD`), a folder of such files, a JSONL feed of
// {"id","date","title","text"} objects, or stdin. Bad input never throws out of a
// reader: each problem becomes an IngestProblem naming the file (and line), and the good
// articles still come through. Article ids are unique within a build: a file's is its path
// relative to the folder given (`2020/report`), a feed's is its "id" as text, and a second
// article under an id already used is reported and kept under `<id>@<source>`. HTML entities
// in the text (`&nbsp;`, `&amp;`, `&#233;`) are decoded before the text is stored, so evidence
// offsets point into the decoded text.
import { createHash } from "node:crypto";
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync, type Dirent, type Stats } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { decodeHTMLStrict } from "entities";
import type { Article, Span } from "../doc.js";

/** Larger files are refused: a news article is kilobytes, and the pipeline keeps a whole article in memory. The same limit holds for one line of a feed. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** A feed is read this many bytes at a time, so a feed of any size never becomes one string. */
const FEED_CHUNK_BYTES = 1024 * 1024;

export interface IngestProblem {
  source: string;
  problem: string;
}

/** Something skipped that is not a failure (a named pipe in a folder of articles). */
export interface IngestNote {
  source: string;
  note: string;
}

export type IngestItem = { article: Article } | IngestProblem | IngestNote;

// Anything date-like after "date" is the dateline, so "date 2024-13-45" or "date 4/3/2024" is
// named as a date that could not be read rather than left in the story as text.
const DATELINE = /^\s*date\s+(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})(?:\s+|$)/;
const utf8 = new TextDecoder("utf-8", { fatal: true });
const ARTICLE_EXTENSION = /\.(txt|text)$/i;
const FEED_EXTENSION = /\.jsonl$/i;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];
const OPEN_BRACE = 0x7b;
const BLANK_BYTES = [0x20, 0x09, NEWLINE, CARRIAGE_RETURN];

/** Decodes bytes as UTF-8, or says why the bytes are not a text article. */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.length === 0) return { problem: "empty file" };
  if (bytes.includes(0)) return { problem: "binary file (contains NUL bytes), not a text article" };
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    return { problem: "not valid UTF-8 text" };
  }
}

/** Splits an optional leading dateline off a plain-text article; a date that is not a real day leaves the article undated. */
export function parseArticleText(raw: string, id: string, source: string): Article | IngestProblem {
  const item = textArticleItems(raw, id, source).at(-1)!;
  return "article" in item ? item.article : (item as IngestProblem);
}

/** A plain-text article, after a note when its dateline's date is not a real day. */
function textArticleItems(raw: string, id: string, source: string): IngestItem[] {
  const match = DATELINE.exec(raw);
  const text = decodeHTMLStrict(match ? raw.slice(match[0].length) : raw);
  if (text.trim() === "") return [{ source, problem: "no article text" }];
  const date = match ? validDay(match[1]) : null;
  const article = { article: { id, text, date, source } };
  return match && !date ? [{ source, note: unreadDate(`dateline date ${match[1]}`) }, article] : [article];
}

const unreadDate = (what: string) => `${what} is not a real day in the form YYYY-MM-DD; the article is read without a date`;

/**
 * A graph that `newsgraph build` wrote (graphology JSON: "nodes" and "edges" arrays) given as an
 * article: refused with what to do with it instead.
 */
function graphJsonProblem(value: unknown, source: string): IngestProblem | null {
  const shape = value as { nodes?: unknown; edges?: unknown } | null;
  if (shape === null || typeof shape !== "object" || !Array.isArray(shape.nodes) || !Array.isArray(shape.edges)) return null;
  // The file, without a feed's line number; stdin has no name to repeat.
  const file = source === "stdin" ? "GRAPH.json" : source.replace(/:\d+$/, "");
  return {
    source,
    problem: `a graph newsgraph built (graphology JSON), not an article: write it to Neo4j with \`newsgraph push ${file}\`, or convert it with \`newsgraph export --from ${file} --format gexf --out graph.gexf\``,
  };
}

/** The graph-JSON problem of a whole text, when it is one. */
function graphTextProblem(text: string, source: string): IngestProblem | null {
  if (!text.trimStart().startsWith("{")) return null;
  try {
    return graphJsonProblem(JSON.parse(text), source);
  } catch {
    return null;
  }
}

function validDay(iso: string): string | null {
  const day = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === iso ? iso : null;
}

const cannotRead = (source: string, error: unknown): IngestProblem => ({
  source,
  problem: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
});

const tooLarge = (bytes: number) => `file too large (${(bytes / 1048576).toFixed(1)} MiB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MiB)`;

/** A file's article id: its path below the folder given, without the extension, with `/` between folders. */
function fileArticleId(root: string, file: string): string {
  return relative(root, file).replace(ARTICLE_EXTENSION, "").split(sep).join("/");
}

/** The articles of one file: a JSONL feed (by its extension) or one plain-text article with the given id. */
export function* readArticleFile(path: string, id: string): Generator<IngestItem> {
  if (FEED_EXTENSION.test(path)) {
    yield* readFeedFile(path);
    return;
  }
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_ARTICLE_BYTES) {
      yield { source: path, problem: tooLarge(size) };
      return;
    }
    bytes = readFileSync(path);
  } catch (error) {
    yield cannotRead(path, error);
    return;
  }
  const decoded = decodeText(bytes);
  if ("problem" in decoded) {
    yield { source: path, problem: decoded.problem };
    return;
  }
  const graph = graphTextProblem(decoded.text, path);
  if (graph) yield graph;
  else yield* textArticleItems(decoded.text, id, path);
}

function* readFeedFile(path: string): Generator<IngestItem> {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    yield cannotRead(path, error);
    return;
  }
  try {
    yield* feedItems(fileChunks(fd), path);
  } catch (error) {
    yield cannotRead(path, error);
  } finally {
    closeSync(fd);
  }
}

function* fileChunks(fd: number): Generator<Uint8Array> {
  for (;;) {
    const chunk = Buffer.allocUnsafe(FEED_CHUNK_BYTES);
    const read = readSync(fd, chunk);
    if (read === 0) return;
    yield chunk.subarray(0, read);
  }
}

/**
 * The lines of a byte stream, without their newline; a line longer than `maxBytes` comes as null,
 * its bytes dropped as they arrive, so one endless line cannot fill the memory.
 */
export function* byteLines(chunks: Iterable<Uint8Array>, maxBytes: number): Generator<Uint8Array | null> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let overlong = false;
  const take = (part: Uint8Array): Uint8Array | null => {
    const line = overlong || pendingBytes + part.length > maxBytes ? null : pending.length === 0 ? part : Buffer.concat([...pending, part]);
    pending = [];
    pendingBytes = 0;
    overlong = false;
    return line;
  };
  for (const chunk of chunks) {
    let start = 0;
    for (let newline = chunk.indexOf(NEWLINE); newline !== -1; newline = chunk.indexOf(NEWLINE, start)) {
      yield take(chunk.subarray(start, newline));
      start = newline + 1;
    }
    const rest = chunk.subarray(start);
    if (overlong || pendingBytes + rest.length > maxBytes) {
      overlong = true;
      pending = [];
      pendingBytes = 0;
    } else if (rest.length > 0) {
      pending.push(rest);
      pendingBytes += rest.length;
    }
  }
  if (overlong || pendingBytes > 0) yield take(new Uint8Array());
}

/** One article (or one named problem) per line of a feed; blank lines are skipped. */
function* feedItems(chunks: Iterable<Uint8Array>, source: string): Generator<IngestItem> {
  let lineNumber = 0;
  let yielded = false;
  for (const bytes of byteLines(chunks, MAX_ARTICLE_BYTES)) {
    const items = feedLine(bytes, `${source}:${++lineNumber}`);
    if (items.length === 0) continue;
    yielded = true;
    yield* items;
  }
  if (!yielded) yield { source, problem: "empty feed (no JSON lines)" };
}

/** A line's article (after a note on its date, if any) or problem; nothing for a blank line. */
function feedLine(bytes: Uint8Array | null, where: string): IngestItem[] {
  if (bytes === null) return [{ source: where, problem: `line too long (over ${MAX_ARTICLE_BYTES / 1048576} MiB)` }];
  let line = bytes;
  if (BYTE_ORDER_MARK.every((byte, i) => line[i] === byte)) line = line.subarray(BYTE_ORDER_MARK.length);
  if (line.at(-1) === CARRIAGE_RETURN) line = line.subarray(0, -1);
  if (line.includes(0)) return [{ source: where, problem: "contains a NUL byte (binary data, not JSON text)" }];
  let text: string;
  try {
    text = utf8.decode(line);
  } catch {
    return [{ source: where, problem: "not valid UTF-8 text" }];
  }
  return text.trim() === "" ? [] : feedRecord(text, where);
}

function feedRecord(line: string, where: string): IngestItem[] {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return [{ source: where, problem: "not a JSON object" }];
  }
  if (record === null || typeof record !== "object" || typeof (record as { text?: unknown }).text !== "string") {
    return [graphJsonProblem(record, where) ?? { source: where, problem: 'no "text" string' }];
  }
  const { id, date, title, text } = record as { id?: unknown; date?: unknown; title?: unknown; text: string };
  const body = decodeHTMLStrict(text);
  if (body.trim() === "") return [{ source: where, problem: "no article text" }];
  const day = typeof date === "string" ? validDay(date.slice(0, 10)) : null;
  const headline = typeof title === "string" ? decodeHTMLStrict(title).trim() : "";
  // Ids are text: 1 and "1" are the same id (and a collision if the texts differ).
  const givenId = typeof id === "string" || typeof id === "number" ? String(id) : "";
  const article: IngestItem = {
    article: {
      id: givenId.trim() === "" ? contentId(body) : givenId,
      text: body,
      date: day,
      ...(headline ? { title: headline } : {}),
      source: where,
    },
  };
  // An absent, null or empty date is no date; any other that is not a day is said.
  const unread = day === null && date !== undefined && date !== null && date !== "";
  return unread ? [{ source: where, note: unreadDate(`"date" ${JSON.stringify(date)}`) }, article] : [article];
}

/** One article per JSONL line; a bad line is reported with its line number and the rest still read. */
export function parseFeed(text: string, source: string): IngestItem[] {
  return [...withUniqueIds(feedItems([Buffer.from(text)], source))];
}

/**
 * Ids compared as text, so different articles are never merged: a later article under an id already
 * used for another text is reported and kept under `<id>@<its source>`; the same text again keeps
 * its id (the build counts it once).
 */
function* withUniqueIds(items: Iterable<IngestItem>): Generator<IngestItem> {
  const firstUse = new Map<string, { source: string; hash: string }>();
  for (const item of items) {
    if (!("article" in item)) {
      yield item;
      continue;
    }
    const { article } = item;
    const source = article.source ?? article.id;
    const hash = contentHash(article.text);
    const first = firstUse.get(article.id);
    if (first && first.hash !== hash) {
      const id = `${article.id}@${source}`;
      yield { source, problem: `id ${JSON.stringify(article.id)} is already the id of another article (${first.source}); this one is kept as ${JSON.stringify(id)}` };
      firstUse.set(id, { source, hash });
      yield { article: { ...article, id } };
      continue;
    }
    if (!first) firstUse.set(article.id, { source, hash });
    yield item;
  }
}

/** Every article under the given paths: files, folders (recursively, sorted), or `-` for stdin. */
export function* readInputs(paths: string[], readStdin: () => Uint8Array): Generator<IngestItem> {
  yield* withUniqueIds(readPaths(paths, readStdin));
}

function* readPaths(paths: string[], readStdin: () => Uint8Array): Generator<IngestItem> {
  for (const path of paths) {
    if (path === "-") {
      yield* readStdinInput(readStdin());
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      yield { source: path, problem: "no such file or folder" };
      continue;
    }
    if (!isFolder) {
      yield* readArticleFile(path, fileArticleId(dirname(path), path));
      continue;
    }
    for (const entry of listArticleFiles(path)) {
      if ("file" in entry) yield* readArticleFile(entry.file, fileArticleId(path, entry.file));
      else yield entry;
    }
  }
}

/** Stdin holds a feed when its first non-blank character is "{", else one article. */
function* readStdinInput(bytes: Uint8Array): Generator<IngestItem> {
  let first = BYTE_ORDER_MARK.every((byte, i) => bytes[i] === byte) ? BYTE_ORDER_MARK.length : 0;
  while (first < bytes.length && BLANK_BYTES.includes(bytes[first])) first++;
  const decoded = decodeText(bytes);
  // A graph JSON, even pretty-printed over many lines, is one problem, not one per line.
  const graph = "text" in decoded ? graphTextProblem(decoded.text, "stdin") : null;
  if (graph) {
    yield graph;
    return;
  }
  if (bytes[first] === OPEN_BRACE) {
    yield* feedItems([bytes], "stdin");
    return;
  }
  if ("problem" in decoded) {
    yield { source: "stdin", problem: decoded.problem };
    return;
  }
  yield* textArticleItems(decoded.text, contentId(decoded.text), "stdin");
}

/** What a directory entry is when it is neither a folder nor a regular file; reading one could block for ever. */
function specialKind(entry: Dirent | Stats): string | null {
  if (entry.isFIFO()) return "named pipe";
  if (entry.isSocket()) return "socket";
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return "device";
  return null;
}

/** The article files under a folder, sorted; special files with an article's name are skipped with a note. */
function* listArticleFiles(folder: string): Generator<{ file: string } | IngestItem> {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    yield cannotRead(folder, error);
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      yield* listArticleFiles(path);
      continue;
    }
    if (!ARTICLE_EXTENSION.test(entry.name) && !FEED_EXTENSION.test(entry.name)) continue;
    let kind = specialKind(entry);
    if (entry.isSymbolicLink()) {
      try {
        kind = specialKind(statSync(path));
      } catch {
        // A broken link: reading it names the problem.
      }
    }
    if (kind) yield { source: path, note: `skipped: a ${kind}, not a regular file` };
    else yield { file: path };
  }
}

function contentId(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

export function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

// Lines that are not part of the story: teasers linking elsewhere, bylines, agency and photo credits.
const NOT_STORY = [
  /^(also\s+)?(read|watch|see|listen)(\s+(more|also|here))?\s*[:|–—-]\s*\S/i,
  /^(related|recommended|more)\s*(stories|articles|news)?\s*:/i,
  /^\(?\s*(with\s+)?(inputs?|additional reporting|reporting|writing|editing)\s+(from|by)\b[^\n]*\)?\s*$/i,
  /^\(?\s*(photo|image|picture|video)(\s+credits?)?\s*:/i,
  /^(?:By|BY|by)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}(\s*(,|and|&)\s*\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3})*\s*$/u,
  /^\(?(ANI|PTI|IANS|AFP|AP|Reuters|UNI)\)?\s*$/,
];

/** The parts of the text that belong to the story: one span per non-blank line, except teasers, bylines and credits. */
export function storySpans(text: string): Span[] {
  const spans: Span[] = [];
  const line = /[^\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const content = match[0].trim();
    if (content === "" || NOT_STORY.some((pattern) => pattern.test(content))) continue;
    const start = match.index + (match[0].length - match[0].trimStart().length);
    spans.push({ start, end: start + content.length });
  }
  return spans;
}
