import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText, parseArticleText, parseFeed, readInputs, storySpans, MAX_ARTICLE_BYTES } from "../../src/ingest/index.js";

const noStdin = () => new Uint8Array();

describe("ingest", () => {
  it("splits the dateline off, even after leading space", () => {
    const article = parseArticleText(" date 2021-01-06 The United Nations said.", "a", "a.txt");
    expect(article).toMatchObject({ id: "a", date: "2021-01-06", text: "The United Nations said." });
  });

  it("reads an article without a dateline", () => {
    expect(parseArticleText("Plain story.", "b", "b.txt")).toMatchObject({ date: null, text: "Plain story." });
  });

  it("reads an article whose dateline date is not a real day without a date, and says so naming the file", () => {
    expect(parseArticleText("date 2021-02-30 Text.", "c", "c.txt")).toEqual({ id: "c", text: "Text.", date: null, source: "c.txt" });
    const folder = mkdtempSync(join(tmpdir(), "ingest-"));
    writeFileSync(join(folder, "bad.txt"), "date 2024-13-45\nTony Blair spoke.");
    writeFileSync(join(folder, "slashes.txt"), "date 4/3/2024\nGordon Brown spoke.");
    const note = (file: string, date: string) => ({ source: join(folder, file), note: `dateline date ${date} is not a real day in the form YYYY-MM-DD; the article is read without a date` });
    expect([...readInputs([folder], noStdin)]).toEqual([
      note("bad.txt", "2024-13-45"),
      { article: { id: "bad", text: "Tony Blair spoke.", date: null, source: join(folder, "bad.txt") } },
      note("slashes.txt", "4/3/2024"),
      { article: { id: "slashes", text: "Gordon Brown spoke.", date: null, source: join(folder, "slashes.txt") } },
    ]);
  });

  it("says which feed line has a date that is not a day, and keeps the article", () => {
    const items = parseFeed([JSON.stringify({ id: "a", date: "2024-13-45", text: "Tony Blair spoke." }), JSON.stringify({ id: "b", date: "", text: "Brown." })].join("\n"), "feed.jsonl");
    expect(items).toEqual([
      { source: "feed.jsonl:1", note: '"date" "2024-13-45" is not a real day in the form YYYY-MM-DD; the article is read without a date' },
      { article: expect.objectContaining({ id: "a", date: null }) },
      { article: expect.objectContaining({ id: "b", date: null }) },
    ]);
  });

  it("decodes HTML entities before the text is stored, in files and feeds", () => {
    expect(parseArticleText("date 2024-03-04\nAT&amp;T&nbsp;met Caf&#233; Ltd &lt;3 &notanentity R&D", "e", "e.txt")).toMatchObject({ text: "AT&T\u00a0met Café Ltd <3 &notanentity R&D" });
    const [item] = parseFeed(JSON.stringify({ id: "f", title: "Q&amp;A", text: "Jacques Chirac&nbsp;in Paris" }), "feed.jsonl");
    expect(item).toMatchObject({ article: { title: "Q&A", text: "Jacques Chirac\u00a0in Paris" } });
  });

  it("refuses a graph JSON given as an article, with what to do instead", () => {
    const folder = mkdtempSync(join(tmpdir(), "ingest-"));
    const graph = JSON.stringify({ attributes: {}, options: { type: "directed" }, nodes: [], edges: [] });
    writeFileSync(join(folder, "graph.json"), graph);
    const hint = (file: string) => `a graph newsgraph built (graphology JSON), not an article: write it to Neo4j with \`newsgraph push ${file}\`, or convert it with \`newsgraph export --from ${file} --format gexf --out graph.gexf\``;
    expect([...readInputs([join(folder, "graph.json")], noStdin)]).toEqual([{ source: join(folder, "graph.json"), problem: hint(join(folder, "graph.json")) }]);
    const pretty = () => Buffer.from(JSON.stringify(JSON.parse(graph), null, 2));
    expect([...readInputs(["-"], pretty)]).toEqual([{ source: "stdin", problem: hint("GRAPH.json") }]);
    expect(parseFeed(graph, "feed.jsonl")).toEqual([{ source: "feed.jsonl:1", problem: hint("feed.jsonl") }]);
  });

  it("names empty, binary and non-UTF-8 input", () => {
    expect(decodeText(new Uint8Array())).toEqual({ problem: "empty file" });
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toMatchObject({ problem: expect.stringContaining("binary") });
    expect(decodeText(new Uint8Array([0x41, 0xff, 0xfe, 0x42]))).toEqual({ problem: "not valid UTF-8 text" });
  });

  it("reads a JSONL feed and reports bad lines with their line numbers", () => {
    const feed = [
      JSON.stringify({ id: "x1", date: "2005-03-01", title: "T", text: "Tony Blair spoke." }),
      "{not json",
      JSON.stringify({ id: "x2" }),
      JSON.stringify({ id: "x3", date: null, text: "Gordon Brown spoke." }),
    ].join("\n");
    const items = parseFeed(feed, "feed.jsonl");
    expect(items).toHaveLength(4);
    expect(items[0]).toMatchObject({ article: { id: "x1", date: "2005-03-01", title: "T" } });
    expect(items[1]).toEqual({ source: "feed.jsonl:2", problem: "not a JSON object" });
    expect(items[2]).toEqual({ source: "feed.jsonl:3", problem: 'no "text" string' });
    expect(items[3]).toMatchObject({ article: { id: "x3", date: null } });
  });

  it("leaves teasers, bylines and agency credits out of the story", () => {
    const text = "The attack happened.\n\nRead: Pakistan's Supreme Court Orders Reconstruction\n\nBy John Smith\n\nMore news here.\n\n(With inputs from ANI)\n";
    const spans = storySpans(text).map((span) => text.slice(span.start, span.end));
    expect(spans).toEqual(["The attack happened.", "More news here."]);
  });

  it("reads a folder of good and bad files, one problem per bad file", () => {
    const folder = mkdtempSync(join(tmpdir(), "ingest-"));
    writeFileSync(join(folder, "good.txt"), "date 2021-01-06 Antonio Guterres spoke in New York.");
    writeFileSync(join(folder, "empty.txt"), "");
    writeFileSync(join(folder, "binary.txt"), Buffer.from([0, 1, 2, 3]));
    writeFileSync(join(folder, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    writeFileSync(join(folder, "huge.txt"), Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61));
    writeFileSync(join(folder, "ignored.png"), "not an article");
    mkdirSync(join(folder, "nested"));
    writeFileSync(join(folder, "nested", "also-good.txt"), "Another story.");
    const items = [...readInputs([folder, join(folder, "missing.txt")], noStdin)];
    const problems = items.filter((item) => "problem" in item).map((item) => ("problem" in item ? `${item.source.replace(folder, "")}: ${item.problem}` : ""));
    expect(problems).toEqual([
      "/binary.txt: binary file (contains NUL bytes), not a text article",
      "/empty.txt: empty file",
      expect.stringMatching(/^\/huge\.txt: file too large/),
      "/latin1.txt: not valid UTF-8 text",
      "/missing.txt: no such file or folder",
    ]);
    expect(items.filter((item) => "article" in item).map((item) => ("article" in item ? item.article.id : ""))).toEqual(["good", "nested/also-good"]);
  });

  it("reads an article from stdin", () => {
    const items = [...readInputs(["-"], () => new TextEncoder().encode("date 2020-05-01 Story from stdin."))];
    expect(items[0]).toMatchObject({ article: { date: "2020-05-01", text: "Story from stdin.", source: "stdin" } });
  });
});
