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

  it("refuses an impossible dateline date", () => {
    expect(parseArticleText("date 2021-02-30 Text.", "c", "c.txt")).toEqual({ source: "c.txt", problem: "invalid dateline date 2021-02-30" });
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
