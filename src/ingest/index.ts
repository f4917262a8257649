// Readers that turn input into Articles: a plain-text file (optionally starting with a
// dateline `date YYYY-MM-DD`), a folder of such files, a JSONL feed of
// {"id","date","title","text"} objects, or stdin. Bad input never throws out of a
// reader: each problem becomes an IngestProblem naming the file, and the good
// articles still come through.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { Article, Span } from "../doc.js";

/** Larger files are refused: a news article is kilobytes, and the pipeline keeps a whole article in memory. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** A JSONL feed is read line by line, so it may be larger; each line is still one article. */
export const MAX_FEED_BYTES = 1024 * 1024 * 1024;

export interface IngestProblem {
  source: string;
  problem: string;
}

export type IngestItem = { article: Article } | IngestProblem;

const DATELINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)/;
const utf8 = new TextDecoder("utf-8", { fatal: true });

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

/** Splits an optional leading dateline off a plain-text article. */
export function parseArticleText(raw: string, id: string, source: string): Article | IngestProblem {
  const match = DATELINE.exec(raw);
  const text = match ? raw.slice(match[0].length) : raw;
  const date = match ? validDay(match[1]) : null;
  if (match && !date) return { source, problem: `invalid dateline date ${match[1]}` };
  if (text.trim() === "") return { source, problem: "no article text" };
  return { id, text, date, source };
}

function validDay(iso: string): string | null {
  const day = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === iso ? iso : null;
}

export function readArticleFile(path: string): IngestItem[] {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    return [{ source: path, problem: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }];
  }
  const isFeed = extname(path).toLowerCase() === ".jsonl";
  const limit = isFeed ? MAX_FEED_BYTES : MAX_ARTICLE_BYTES;
  if (size > limit) {
    return [{ source: path, problem: `file too large (${(size / 1048576).toFixed(1)} MiB; the limit is ${limit / 1048576} MiB)` }];
  }
  const decoded = decodeText(readFileSync(path));
  if ("problem" in decoded) return [{ source: path, problem: decoded.problem }];
  if (isFeed) return parseFeed(decoded.text, path);
  const article = parseArticleText(decoded.text, basename(path, extname(path)), path);
  return ["problem" in article ? article : { article }];
}

/** One article per JSONL line; a bad line is reported with its line number and the rest still read. */
export function parseFeed(text: string, source: string): IngestItem[] {
  const items: IngestItem[] = [];
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const where = `${source}:${index + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      items.push({ source: where, problem: "not a JSON object" });
      return;
    }
    if (record === null || typeof record !== "object" || typeof (record as { text?: unknown }).text !== "string") {
      items.push({ source: where, problem: 'no "text" string' });
      return;
    }
    const { id, date, title, text: body } = record as { id?: unknown; date?: unknown; title?: unknown; text: string };
    if (body.trim() === "") {
      items.push({ source: where, problem: "no article text" });
      return;
    }
    const day = typeof date === "string" ? validDay(date.slice(0, 10)) : null;
    items.push({
      article: {
        id: typeof id === "string" || typeof id === "number" ? String(id) : contentId(body),
        text: body,
        date: day,
        ...(typeof title === "string" && title.trim() ? { title: title.trim() } : {}),
        source: where,
      },
    });
  });
  return items;
}

const ARTICLE_FILE = /\.(txt|text|jsonl)$/i;

/** Every article under the given paths: files, folders (recursively, sorted), or `-` for stdin. */
export function* readInputs(paths: string[], readStdin: () => Uint8Array): Generator<IngestItem> {
  for (const path of paths) {
    if (path === "-") {
      const decoded = decodeText(readStdin());
      if ("problem" in decoded) yield { source: "stdin", problem: decoded.problem };
      else if (decoded.text.trimStart().startsWith("{")) yield* parseFeed(decoded.text, "stdin");
      else {
        const article = parseArticleText(decoded.text, contentId(decoded.text), "stdin");
        yield "problem" in article ? article : { article };
      }
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
      yield* readArticleFile(path);
      continue;
    }
    for (const file of listArticleFiles(path)) yield* readArticleFile(file);
  }
}

function listArticleFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...listArticleFiles(path));
    else if (ARTICLE_FILE.test(entry.name)) files.push(path);
  }
  return files;
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
