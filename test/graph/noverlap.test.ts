// Issue #14: noverlapStep is graphology-layout-noverlap's iteration without the Set of every pair
// it compared (a gigabyte or more on a corpus graph); it must move every node exactly as the library does.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { noverlapStep } from "../../src/graph/noverlap.js";
import { seededRandom } from "../helpers/seeded-random.js";

const require = createRequire(import.meta.url);
const libraryStep: (settings: object, matrix: Float32Array) => { converged: boolean } = require("graphology-layout-noverlap/iterate.js");

/** `count` discs crowded into a small square, sizes from 1 to 6, some wide enough to span several cells. */
function crowd(count: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  return Float32Array.from({ length: count * 3 }, (_, at) => (at % 3 === 2 ? 1 + 5 * random() : 100 * random()));
}

describe("noverlapStep", () => {
  it.each([1, 7, 40])("moves every node as the library's step does, step after step, on a grid %i cells a side", (gridSize) => {
    const settings = { margin: 1, ratio: 1.2, expansion: 1.1, speed: 3, gridSize };
    const ours = crowd(800, gridSize);
    const theirs = Float32Array.from(ours);
    for (let step = 0; step < 5; step++) {
      const converged = noverlapStep(settings, ours);
      expect(converged).toBe(libraryStep(settings, theirs).converged);
      expect([...ours]).toEqual([...theirs]);
    }
  });

  it("leaves a node whose position is not a number out of the grid, as the library does", () => {
    const settings = { margin: 1, ratio: 1.2, expansion: 1.1, speed: 3, gridSize: 10 };
    const ours = crowd(200, 3);
    ours[30] = Number.NaN;
    const theirs = Float32Array.from(ours);
    expect(noverlapStep(settings, ours)).toBe(libraryStep(settings, theirs).converged);
    expect([...ours]).toEqual([...theirs]);
  });

  it("says so when no two nodes overlap", () => {
    const apart = Float32Array.from([0, 0, 1, 50, 0, 1, 0, 50, 1]);
    expect(noverlapStep({ margin: 1, ratio: 1.2, expansion: 1.1, speed: 3, gridSize: 4 }, apart)).toBe(true);
    expect([...apart]).toEqual([0, 0, 1, 50, 0, 1, 0, 50, 1]);
  });
});
