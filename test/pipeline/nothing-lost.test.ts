// Issue #14, nothing lost: different articles never share an id, one bad line of a feed costs
// only that line, and a feed is read a chunk at a time whatever its size.
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/build.js";
import { byteLines, readInputs, type IngestItem } from "../../src/ingest/index.js";

const noStdin = () => new Uint8Array();
const workDir = mkdtempSync(join(tmpdir(), "nothing-lost-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const ids = (items: IngestItem[]) => items.flatMap((item) => ("article" in item ? [item.article.id] : []));
const problems = (items: IngestItem[]) => items.flatMap((item) => ("problem" in item ? [`${item.source.replace(workDir, "")}: ${item.problem}`] : []));
const line = (record: object) => `${JSON.stringify(record)}\n`;

describe("article ids", () => {
  it("are the path below the folder given, so report.txt in two folders is two articles", () => {
    const folder = join(workDir, "years");
    for (const year of ["2020", "2021"]) {
      mkdirSync(join(folder, year), { recursive: true });
      writeFileSync(join(folder, year, "report.txt"), `date ${year}-05-01 Tony Blair spoke in London in ${year}.`);
    }
    const items = [...readInputs([folder], noStdin)];
    expect(ids(items)).toEqual(["2020/report", "2021/report"]);
    const report = buildGraph(items);
    expect(report.articles).toBe(2);
    expect(report.graph.filterNodes((_, attributes) => attributes.kind === "Article")).toHaveLength(2);
  });

  it("are text in a feed: 1 and \"1\" with different texts are named as a collision on file:line, and both kept", () => {
    const feed = join(workDir, "numbers.jsonl");
    writeFileSync(feed, line({ id: 1, text: "Tony Blair spoke." }) + line({ id: "1", text: "Gordon Brown spoke." }) + line({ id: 1, text: "Tony Blair spoke." }));
    const items = [...readInputs([feed], noStdin)];
    expect(problems(items)).toEqual([`/numbers.jsonl:2: id "1" is already the id of another article (${feed}:1); this one is kept as "1@${feed}:2"`]);
    expect(ids(items)).toEqual(["1", `1@${feed}:2`, "1"]);
    const report = buildGraph(items);
    // The third line is the first one again: counted once, with a note.
    expect(report.articles).toBe(2);
    expect(report.notes.map((note) => note.problem)).toContain("same text as Article:1; not counted twice");
  });

  it("collide across inputs too: a feed's id and a file's name", () => {
    const folder = join(workDir, "mixed");
    mkdirSync(folder);
    writeFileSync(join(folder, "a.jsonl"), line({ id: "report", text: "Tony Blair spoke." }));
    writeFileSync(join(folder, "report.txt"), "Gordon Brown spoke.");
    const items = [...readInputs([folder], noStdin)];
    expect(ids(items)).toEqual(["report", `report@${join(folder, "report.txt")}`]);
    expect(problems(items)).toHaveLength(1);
  });
});

describe("a JSONL feed", () => {
  it("with a NUL byte in one line and an invalid UTF-8 byte in another loses only those two lines", () => {
    const feed = join(workDir, "bad-bytes.jsonl");
    const good = (n: number) => Buffer.from(line({ id: `good-${n}`, text: `Story number ${n} about Tony Blair.` }));
    writeFileSync(feed, Buffer.concat([good(1), Buffer.from('{"id":"nul","text":"a\u0000b"}\n'), good(2), Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d, 0x0a]), good(3)]));
    const items = [...readInputs([feed], noStdin)];
    expect(problems(items)).toEqual([
      "/bad-bytes.jsonl:2: contains a NUL byte (binary data, not JSON text)",
      "/bad-bytes.jsonl:4: not valid UTF-8 text",
    ]);
    expect(ids(items)).toEqual(["good-1", "good-2", "good-3"]);
  });

  it("on stdin is read line by line too", () => {
    const feed = Buffer.concat([Buffer.from(line({ id: "s1", text: "One." })), Buffer.from([0xc3, 0x28, 0x0a]), Buffer.from(line({ id: "s2", text: "Two." }))]);
    const items = [...readInputs(["-"], () => feed)];
    expect(problems(items)).toEqual(["stdin:2: not valid UTF-8 text"]);
    expect(ids(items)).toEqual(["s1", "s2"]);
  });

  it("larger than the longest string JavaScript can hold is read: its overlong line is one problem", () => {
    const feed = join(workDir, "huge.jsonl");
    writeFileSync(feed, "");
    // 600 MiB of NUL bytes on one line (a sparse file: no disk used), then one good article.
    truncateSync(feed, 600 * 1024 * 1024);
    appendFileSync(feed, `\n${line({ id: "after", text: "Tony Blair spoke." })}`);
    const items = [...readInputs([feed], noStdin)];
    expect(problems(items)).toEqual(["/huge.jsonl:1: line too long (over 2 MiB)"]);
    expect(ids(items)).toEqual(["after"]);
  }, 60_000);
});

describe("byteLines", () => {
  it("gives the same lines however the bytes are cut into chunks", () => {
    const text = Buffer.from("first\n\nsecond line\r\nthird — ünïcode\nlast without newline");
    const expected = ["first", "", "second line\r", "third — ünïcode", "last without newline"];
    for (let cut = 0; cut <= text.length; cut++) {
      for (const size of [1, 3, 7]) {
        const chunks = [text.subarray(0, cut), ...Array.from({ length: Math.ceil((text.length - cut) / size) }, (_, i) => text.subarray(cut + i * size, cut + (i + 1) * size))];
        const lines = [...byteLines(chunks, 100)].map((bytes) => Buffer.from(bytes!).toString("utf8"));
        expect(lines).toEqual(expected);
      }
    }
  });

  it("drops a line over the limit, wherever it is cut, and keeps the next", () => {
    const text = Buffer.from(`short\n${"x".repeat(50)}\nnext\n`);
    for (const size of [1, 4, 64]) {
      const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.subarray(i * size, (i + 1) * size));
      expect([...byteLines(chunks, 10)].map((bytes) => (bytes ? Buffer.from(bytes).toString() : null))).toEqual(["short", null, "next"]);
    }
  });
});
