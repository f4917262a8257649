// Build-time layout for the viewer: every node gets `x`, `y`, so the page opens on a
// finished picture instead of laying out in the reader's browser.
import { createRequire } from "node:module";
import type ForceAtlas2Module from "graphology-layout-forceatlas2";
import type NoverlapModule from "graphology-layout-noverlap";
import type { NewsGraph } from "./index.js";

// Both packages are CommonJS whose module.exports is the layout function; NodeNext types
// their default import as the module object, so they are loaded with require.
const require = createRequire(import.meta.url);
const forceAtlas2: (typeof ForceAtlas2Module)["default"] = require("graphology-layout-forceatlas2");
const noverlap: (typeof NoverlapModule)["default"] = require("graphology-layout-noverlap");

/**
 * Above this many nodes ForceAtlas2 approximates repulsion with a Barnes–Hut quadtree
 * (O(n log n) instead of O(n²)); measured 2-3× faster per iteration from 1,000 nodes on.
 */
const BARNES_HUT_ABOVE = 500;
/** Coarser than the default 0.5: four times faster per iteration at 10k nodes, no visible difference at overview zoom. */
const BARNES_HUT_THETA = 1;

/**
 * ForceAtlas2 iterations for a graph of `order` nodes: a fixed work budget, so 10k nodes
 * lay out in a few seconds; the floor keeps 50k nodes from being left as the initial disc.
 */
export function layoutIterations(order: number): number {
  return Math.min(300, Math.max(30, Math.round(500_000 / order)));
}

/** Up to this many nodes the viewer labels every node (viz/main.ts, smallGraph). */
const LABELLED_UP_TO = 300;

/** Noverlap passes: a few dozen settle real output; huge graphs get fewer, each being costly. */
function noverlapIterations(order: number): number {
  if (order <= LABELLED_UP_TO) return 200;
  return order <= 10_000 ? 20 : 10;
}

/**
 * Noverlap compares the nodes that share a grid cell and remembers every pair it compared in one
 * Set, which holds at most 2^24 entries (a 200 × 200 grid overflowed it at 867,000 nodes, from
 * 100,000 articles). So the grid starts at about four nodes a cell on average and is refined
 * while its pairs, counted once for each cell a pair shares (so never fewer than noverlap keeps),
 * exceed what the Set holds.
 */
const NOVERLAP_PAIR_BUDGET = 2 ** 24 - 1;
/** The finest grid tried: its cells are arrays, and this many are still a few hundred MB at most. */
const NOVERLAP_MAX_GRID = 2_000;

/** The pairs noverlap compares in its first pass over these discs with a grid of `grid` × `grid` cells, a pair once per cell it shares. */
function noverlapPairs(discs: Float64Array, grid: number, margin: number, ratio: number): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < discs.length; i += 3) {
    const reach = discs[i + 2] * ratio + margin;
    minX = Math.min(minX, discs[i] - reach);
    maxX = Math.max(maxX, discs[i] + reach);
    minY = Math.min(minY, discs[i + 1] - reach);
    maxY = Math.max(maxY, discs[i + 1] + reach);
  }
  // noverlap widens the box by 10% (its `expansion` default).
  const [width, height] = [(maxX - minX) * 1.1 || 1, (maxY - minY) * 1.1 || 1];
  [minX, minY] = [(minX + maxX) / 2 - width / 2, (minY + maxY) / 2 - height / 2];
  const counts = new Uint32Array(grid * grid);
  const cell = (value: number, min: number, extent: number) => Math.min(grid - 1, Math.max(0, Math.floor((grid * (value - min)) / extent)));
  let pairs = 0;
  for (let i = 0; i < discs.length; i += 3) {
    const reach = discs[i + 2] * ratio + margin;
    for (let column = cell(discs[i] - reach, minX, width); column <= cell(discs[i] + reach, minX, width); column++) {
      for (let row = cell(discs[i + 1] - reach, minY, height); row <= cell(discs[i + 1] + reach, minY, height); row++) pairs += counts[column * grid + row]++;
    }
    // Past the budget the count no longer matters, and a pile of wide discs would make it long.
    if (pairs > NOVERLAP_PAIR_BUDGET) return pairs;
  }
  return pairs;
}

/** The coarsest grid, from about four nodes a cell, whose first pass compares no more pairs than the Set holds, if any. */
export function noverlapGridSize(discs: Float64Array, margin: number, ratio: number): number | undefined {
  for (let grid = Math.max(20, Math.ceil(Math.sqrt(discs.length / 3) / 2)); grid <= NOVERLAP_MAX_GRID; grid *= 2) {
    if (noverlapPairs(discs, grid, margin, ratio) <= NOVERLAP_PAIR_BUDGET) return grid;
  }
  return undefined;
}

/** FNV-1a: a stable 32-bit hash of the key, so the initial position of a node never depends on insertion order or Math.random. */
function hashKey(key: string, seed: number): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Node radius in layout units, the same log scale as the viewer's, so noverlap leaves room for big nodes. */
function layoutSize(mentions: unknown): number {
  const count = typeof mentions === "number" && mentions > 0 ? mentions : 1;
  return 1 + Math.log2(1 + count);
}

/**
 * Sets `x` and `y` on every node: a seeded position on a disc (from a hash of the key),
 * then ForceAtlas2 (Barnes–Hut above a few thousand nodes) and a noverlap pass so that
 * nodes do not sit on top of one another. The same graph always gets the same layout.
 */
export function layoutGraph(graph: NewsGraph): void {
  const order = graph.order;
  if (order === 0) return;
  const radius = 10 * Math.sqrt(order);
  graph.updateEachNodeAttributes((key, attributes) => {
    const angle = (hashKey(key, 1) / 2 ** 32) * 2 * Math.PI;
    // sqrt spreads the seeds evenly over the disc rather than crowding the centre.
    const distance = radius * Math.sqrt(hashKey(key, 2) / 2 ** 32);
    return { ...attributes, x: distance * Math.cos(angle), y: distance * Math.sin(angle) };
  });
  if (graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations: layoutIterations(order),
      getEdgeWeight: null,
      settings: { ...forceAtlas2.inferSettings(order), barnesHutOptimize: order > BARNES_HUT_ABOVE, barnesHutTheta: BARNES_HUT_THETA },
    });
  }
  // A small graph shows every label, so there each node keeps room for its label too: noverlap
  // sees a disc centred on the label (which starts at the node and runs right), as wide as
  // the label, taking the drawing to span about 700 pixels on screen.
  const unitsPerPixel = order <= LABELLED_UP_TO ? layoutExtent(graph) / 700 : 0;
  const labelHalfWidth = (key: string) => String(graph.getNodeAttribute(key, "name") ?? "").length * 3.5 * unitsPerPixel;
  const disc = (key: string, attributes: { x: number; y: number }) => {
    const half = labelHalfWidth(key);
    return { x: attributes.x + half, y: attributes.y, size: Math.max(layoutSize(graph.getNodeAttribute(key, "mentions")), half) };
  };
  const discs = new Float64Array(order * 3);
  let at = 0;
  graph.forEachNode((key, attributes) => {
    const { x, y, size } = disc(key, attributes as { x: number; y: number });
    discs.set([x, y, size], at);
    at += 3;
  });
  const settings = { margin: 1, ratio: 1.2 };
  const gridSize = noverlapGridSize(discs, settings.margin, settings.ratio);
  // Where no grid keeps the comparisons within bounds, the nodes keep ForceAtlas2's positions.
  if (gridSize === undefined) return;
  noverlap.assign(graph, {
    maxIterations: noverlapIterations(order),
    inputReducer: (key, attributes) => disc(key, attributes as { x: number; y: number }),
    outputReducer: (key, position) => ({ ...position, x: position.x - labelHalfWidth(key) }),
    settings: { ...settings, gridSize },
  });
}

/** The larger side of the bounding box of the node positions. */
function layoutExtent(graph: NewsGraph): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_key, { x = 0, y = 0 }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  return Math.max(maxX - minX, maxY - minY);
}
