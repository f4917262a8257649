// `newsgraph parse` as a user runs it (from source, so no build is needed): CoNLL-U comes back
// with its own tokens and lines and a well-formed tree per sentence, plain text becomes valid
// CoNLL-U, and a malformed file is one clear line on stderr with nothing on stdout.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { looksLikeConllu } from "../../src/cli/parse.js";
import { parseConllu } from "../../src/nlp/conllu.js";

const UPOS = new Set("ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split(" "));

const row = (...columns: (string | number)[]) => columns.join("\t");

// Gold heads and labels are deliberately nonsense ("dep" to the previous word) so the test sees the prediction.
const CONLLU = [
  "# sent_id = a",
  "# text = I don't like rain in London.",
  row(1, "I", "_", "_", "_", "Case=Nom", 0, "root", "_", "_"),
  row(2, "do", "_", "_", "_", "_", 1, "dep", "_", "_"),
  row("3-4", "don't", "_", "_", "_", "_", "_", "_", "_", "_"),
  row(3, "n't", "_", "_", "_", "Polarity=Neg", 2, "dep", "_", "_"),
  row(4, "like", "_", "_", "_", "_", 3, "dep", "_", "_"),
  row(5, "rain", "_", "_", "_", "_", 4, "dep", "5:dep", "_"),
  row(6, "in", "_", "_", "_", "_", 5, "dep", "_", "_"),
  row(7, "London", "_", "_", "_", "_", 6, "dep", "_", "SpaceAfter=No"),
  row(8, ".", "_", "_", "_", "_", 7, "dep", "_", "_"),
  "",
  "# sent_id = b",
  "# text = Sue likes coffee and Bill tea",
  row(1, "Sue", "_", "_", "_", "_", 0, "root", "_", "_"),
  row(2, "likes", "_", "_", "_", "_", 1, "dep", "_", "_"),
  row(3, "coffee", "_", "_", "_", "_", 2, "dep", "_", "_"),
  row(4, "and", "_", "_", "_", "_", 3, "dep", "_", "_"),
  row(5, "Bill", "_", "_", "_", "_", 4, "dep", "_", "_"),
  row("5.1", "likes", "like", "VERB", "VBZ", "_", "_", "_", "2:conj", "CopyOf=2"),
  row(6, "tea", "_", "_", "_", "_", 5, "dep", "_", "_"),
  "",
  "",
].join("\n");

const TEXT = "The Prime Minister met union leaders in London on Monday. They didn't agree.\n\nTalks resume (probably) next week.\n";

const workDir = mkdtempSync(join(tmpdir(), "newsgraph-parse-"));
const file = (name: string, content: string) => {
  const path = join(workDir, name);
  writeFileSync(path, content);
  return path;
};

function parse(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "parse", ...args], { input, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Heads 1-based with 0 for the root: exactly one root, every head in range, no cycle. */
function isTree(heads: number[]): boolean {
  if (heads.filter((h) => h === 0).length !== 1) return false;
  if (heads.some((h) => !Number.isInteger(h) || h < 0 || h > heads.length)) return false;
  return heads.every((_, start) => {
    let node = start + 1;
    for (let steps = 0; node !== 0; steps++) {
      if (steps > heads.length) return false;
      node = heads[node - 1];
    }
    return true;
  });
}

describe("newsgraph parse on CoNLL-U", () => {
  let result: ReturnType<typeof parse>;
  beforeAll(() => {
    result = parse([file("gold.conllu", CONLLU)]);
  });

  it("keeps every line, token, comment, multiword-token and empty-node line of the input", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const inputLines = CONLLU.split("\n");
    const outputLines = result.stdout.split("\n");
    expect(outputLines).toHaveLength(inputLines.length);
    inputLines.forEach((line, n) => {
      const kept = line === "" || line.startsWith("#") || /^\d+[-.]\d+\t/.test(line);
      if (kept) expect(outputLines[n]).toBe(line);
      else {
        const [id, form, , , , feats, , , deps, misc] = line.split("\t");
        const output = outputLines[n].split("\t");
        expect(output).toHaveLength(10);
        expect([output[0], output[1], output[5], output[8], output[9]]).toEqual([id, form, feats, deps, misc]);
      }
    });
  });

  it("predicts tags, lemmas and a tree for every sentence", () => {
    const sentences = parseConllu(result.stdout);
    expect(sentences.map((s) => s.words.length)).toEqual([8, 6]);
    for (const sentence of sentences) {
      expect(isTree(sentence.words.map((w) => w.head))).toBe(true);
      for (const word of sentence.words) {
        expect(UPOS.has(word.upos)).toBe(true);
        expect(word.xpos).not.toBe("_");
        expect(word.lemma).not.toBe("_");
        expect(word.deprel).toMatch(/^[a-z]+(:[a-z]+)?$/);
        expect(word.deprel === "root").toBe(word.head === 0);
      }
    }
    // The nonsense gold chain (every word on the one before) is not what comes back.
    expect(sentences[0].words.map((w) => w.head)).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("reads stdin with -, and plain text forced as CoNLL-U fails on its first line", () => {
    expect(parse(["-"], CONLLU).stdout).toBe(result.stdout);
    const forced = parse(["--format", "conllu", "-"], TEXT);
    expect(forced.code).toBe(1);
    expect(forced.stdout).toBe("");
    expect(forced.stderr).toMatch(/^newsgraph: stdin: line 1: /);
  });
});

describe("newsgraph parse on plain text", () => {
  let result: ReturnType<typeof parse>;
  beforeAll(() => {
    result = parse([file("story.txt", TEXT)]);
  });

  it("prints CoNLL-U with sentence ids, text and a tree per sentence", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const sentences = parseConllu(result.stdout);
    expect(sentences.length).toBe(3);
    sentences.forEach((sentence, s) => {
      expect(sentence.comments[0]).toBe(`# sent_id = ${s + 1}`);
      expect(isTree(sentence.words.map((w) => w.head))).toBe(true);
      for (const word of sentence.words) expect([word.feats, word.deps]).toEqual(["_", "_"]);
      // The forms and their SpaceAfter=No marks rebuild the sentence's text.
      const rebuilt = sentence.words.map((w, i) => w.form + (w.misc === "SpaceAfter=No" || i === sentence.words.length - 1 ? "" : " ")).join("");
      expect(sentence.comments[1]).toBe(`# text = ${rebuilt}`);
    });
    expect(sentences[1].words.map((w) => w.form)).toEqual(["They", "did", "n't", "agree", "."]);
  });
});

describe("newsgraph parse on bad input", () => {
  it("names the file and line of a malformed CoNLL-U line, prints nothing and exits 1", () => {
    const lines = CONLLU.split("\n");
    lines[14] = "1 Sue _ _ _ _ 0 root _ _";
    const path = file("broken.conllu", lines.join("\n"));
    const result = parse([path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`newsgraph: ${path}: line 15: expected 10 tab-separated columns, found 1\n`);
  });

  it("reports a file it cannot read", () => {
    const result = parse([join(workDir, "missing.conllu")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^newsgraph: cannot read .*missing\.conllu: ENOENT/);
  });

  it("says what it does in --help", () => {
    const result = parse(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: newsgraph parse \[options\] <file>/);
    expect(result.stdout).toMatch(/dependency-parse/);
  });
});

describe("looksLikeConllu", () => {
  it("looks at the first line that is not blank or a comment", () => {
    expect(looksLikeConllu(CONLLU)).toBe(true);
    expect(looksLikeConllu(`\n# only a comment\n${row("1-2", "don't", "_", "_", "_", "_", "_", "_", "_", "_")}\n`)).toBe(true);
    expect(looksLikeConllu(TEXT)).toBe(false);
    expect(looksLikeConllu("# a comment\nword\tNN\n")).toBe(false);
    expect(looksLikeConllu("")).toBe(false);
  });
});
