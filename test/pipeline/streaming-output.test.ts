// Issue #14, corpus scale: graph.json, GraphML, GEXF and the CSV files are written piece by piece
// (one node or edge at a time, gathered into writes of a set size), so a corpus graph whose text
// is longer than the longest string JavaScript can hold is still written. The writes here are set
// far smaller than the graph's text, and the file must grow while its pieces are still being made.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraph, readInputs, type SerializedNewsGraph } from "../../src/index.js";
import { FILE_FORMATS, FILE_FORMAT_NAMES } from "../../src/cli/formats.js";
import { writeOutputFile } from "../../src/cli/output.js";
import { csvFileChunks, toCsvFiles } from "../../src/io/csv.js";
import { toGEXF } from "../../src/io/gexf.js";
import { toGraphML } from "../../src/io/graphml.js";

const WRITE_CHARS = 4096;
const workDir = mkdtempSync(join(tmpdir(), "streaming-output-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/**
 * Writes the pieces to `file` in writes of WRITE_CHARS characters, checking as each piece is asked
 * for that everything made before it, but less than one write, is already in the file.
 */
function writeWatched(file: string, pieces: Iterable<string>): { bytes: number; largestPiece: number } {
  let made = 0;
  let largestPiece = 0;
  function* watched(): Generator<string> {
    for (const piece of pieces) {
      // At most WRITE_CHARS characters wait to be written; in UTF-8 a UTF-16 unit takes at most 3 bytes.
      expect(statSync(file).size).toBeGreaterThanOrEqual(made - 3 * WRITE_CHARS);
      made += Buffer.byteLength(piece);
      largestPiece = Math.max(largestPiece, piece.length);
      yield piece;
    }
  }
  writeOutputFile(file, watched(), WRITE_CHARS);
  return { bytes: made, largestPiece };
}

describe("streamed output files", () => {
  let graph: SerializedNewsGraph;
  beforeAll(() => {
    graph = buildGraph(readInputs(["seeds"], () => new Uint8Array())).graph.export();
  });

  const whole: Record<(typeof FILE_FORMAT_NAMES)[number], (graph: SerializedNewsGraph) => string> = {
    graphology: (graph) => `${JSON.stringify(graph)}\n`,
    graphml: toGraphML,
    gexf: toGEXF,
  };

  it.each(FILE_FORMAT_NAMES)("writes %s many times longer than one write, growing as it goes, never as one string", (format) => {
    const file = join(workDir, `graph.${FILE_FORMATS[format].extension}`);
    const { bytes, largestPiece } = writeWatched(file, FILE_FORMATS[format].chunks(graph));
    expect(bytes).toBeGreaterThan(10 * WRITE_CHARS);
    expect(largestPiece).toBeLessThan(bytes / 10);
    expect(readFileSync(file, "utf8")).toBe(whole[format](graph));
  });

  it("writes each CSV file row by row, the same as its whole text", () => {
    const expected = new Map(toCsvFiles(graph).map((file) => [file.name, file.content]));
    for (const { name, chunks } of csvFileChunks(graph)) {
      const { largestPiece } = writeWatched(join(workDir, name), chunks());
      const content = readFileSync(join(workDir, name), "utf8");
      expect(content).toBe(expected.get(name));
      // A header and rows: no piece is the whole file.
      if (content.split("\r\n").length > 3) expect(largestPiece).toBeLessThan(content.length);
    }
  });
});
