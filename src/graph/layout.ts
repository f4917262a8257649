// Build-time layout for the viewer: every node gets `x`, `y`, so the page opens on a
// finished picture instead of laying out in the reader's browser.
import { createRequire } from "node:module";
import type ForceAtlas2Module from "graphology-layout-forceatlas2";
import type { NewsGraph } from "./index.js";
import { startWorker } from "../worker-thread.js";
import { NOVERLAP_NODE_FIELDS, noverlapStep } from "./noverlap.js";

// Both packages are CommonJS whose module.exports is the layout function; NodeNext types
// their default import as the module object, so they are loaded with require. Their iteration
// steps and default settings, which work on flat matrices, are the packages' own files.
const require = createRequire(import.meta.url);
const forceAtlas2: (typeof ForceAtlas2Module)["default"] = require("graphology-layout-forceatlas2");
const forceAtlas2Iterate: (settings: object, nodes: Float32Array, edges: Float32Array) => void = require("graphology-layout-forceatlas2/iterate.js");
const forceAtlas2Defaults: object = require("graphology-layout-forceatlas2/defaults.js");
const noverlapDefaults: { expansion: number; speed: number } = require("graphology-layout-noverlap/defaults.js");

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
 * Noverlap compares the nodes that share a grid cell. The library remembered every pair it
 * compared in one Set, which holds at most 2^24 entries (a 200 × 200 grid overflowed it at 867,000
 * nodes, from 100,000 articles). So the grid starts at about four nodes a cell on average and is
 * refined while its pairs, counted once for each cell a pair shares (so never fewer than noverlap
 * kept), exceed what the Set held. noverlapStep keeps no such Set, but the grid is still chosen
 * so, as it decides where the nodes end up: a graph is laid out as it was before.
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
function layoutSize(mentions: number): number {
  const count = mentions > 0 ? mentions : 1;
  return 1 + Math.log2(1 + count);
}

/**
 * What the layout reads of a graph, in flat arrays a worker thread can take over: the seeded
 * starting positions, the mentions and name lengths that size each node, and the edges as pairs
 * of node indices, nodes and edges in the graph's order.
 */
export interface LayoutInput {
  /** x, y of each node. */
  positions: Float64Array<ArrayBuffer>;
  mentions: Float64Array<ArrayBuffer>;
  nameLengths: Float64Array<ArrayBuffer>;
  /** Source index, target index of each edge. */
  edges: Int32Array<ArrayBuffer>;
}

export function layoutInput(graph: NewsGraph): LayoutInput {
  const order = graph.order;
  const radius = 10 * Math.sqrt(order);
  const positions = new Float64Array(order * 2);
  const mentions = new Float64Array(order);
  const nameLengths = new Float64Array(order);
  const index = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    const at = index.size;
    index.set(key, at);
    const angle = (hashKey(key, 1) / 2 ** 32) * 2 * Math.PI;
    // sqrt spreads the seeds evenly over the disc rather than crowding the centre.
    const distance = radius * Math.sqrt(hashKey(key, 2) / 2 ** 32);
    positions[at * 2] = distance * Math.cos(angle);
    positions[at * 2 + 1] = distance * Math.sin(angle);
    mentions[at] = typeof attributes.mentions === "number" ? attributes.mentions : 0;
    nameLengths[at] = String(attributes.name ?? "").length;
  });
  const edges = new Int32Array(graph.size * 2);
  let at = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    edges[at++] = index.get(source)!;
    edges[at++] = index.get(target)!;
  });
  return { positions, mentions, nameLengths, edges };
}

/** ForceAtlas2's node matrix: x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed. */
const FA2_NODE_FIELDS = 10;
/** ForceAtlas2's edge matrix: source, target (each a node's offset in the node matrix), weight. */
const FA2_EDGE_FIELDS = 3;

/**
 * ForceAtlas2 over the positions, in place, in the matrices its `assign` builds from a graph
 * (graphToByteArrays: every node of size 1 and unfixed, its mass 1 + its degree, every edge of
 * weight 1), built here from the flat arrays, so that no graph of a million nodes is built for it.
 */
function forceAtlas2Positions(positions: Float64Array, edges: Int32Array, afterIteration: () => void): void {
  const order = positions.length / 2;
  const nodeMatrix = new Float32Array(order * FA2_NODE_FIELDS);
  for (let node = 0; node < order; node++) {
    nodeMatrix.set([positions[node * 2], positions[node * 2 + 1], 0, 0, 0, 0, 1, 1, 1, 0], node * FA2_NODE_FIELDS);
  }
  const edgeMatrix = new Float32Array((edges.length / 2) * FA2_EDGE_FIELDS);
  for (let at = 0; at < edges.length; at += 2) {
    const [source, target] = [edges[at] * FA2_NODE_FIELDS, edges[at + 1] * FA2_NODE_FIELDS];
    nodeMatrix[source + 6]++;
    nodeMatrix[target + 6]++;
    edgeMatrix.set([source, target, 1], (at / 2) * FA2_EDGE_FIELDS);
  }
  const settings = { ...forceAtlas2Defaults, ...forceAtlas2.inferSettings(order), barnesHutOptimize: order > BARNES_HUT_ABOVE, barnesHutTheta: BARNES_HUT_THETA };
  for (let iteration = layoutIterations(order); iteration > 0; iteration--) {
    forceAtlas2Iterate(settings, nodeMatrix, edgeMatrix);
    afterIteration();
  }
  for (let node = 0; node < order; node++) positions.set([nodeMatrix[node * FA2_NODE_FIELDS], nodeMatrix[node * FA2_NODE_FIELDS + 1]], node * 2);
}

/**
 * The positions (x, y of each node): ForceAtlas2 from the seeded positions (Barnes–Hut above a few
 * hundred nodes), then a noverlap pass so that nodes do not sit on top of one another. Both run
 * on flat arrays (the layouts' own matrices), so that it can run in a worker thread
 * (layoutGraphInWorker) that holds nothing else: no copy of the graph is built. `afterIteration`
 * runs after each ForceAtlas2 iteration (the worker collects its garbage there).
 */
export function layOut({ positions, mentions, nameLengths, edges }: LayoutInput, afterIteration: () => void = () => {}): Float64Array<ArrayBuffer> {
  const order = mentions.length;
  const placed = Float64Array.from(positions);
  if (edges.length > 0) forceAtlas2Positions(placed, edges, afterIteration);
  // A small graph shows every label, so there each node keeps room for its label too: noverlap
  // sees a disc centred on the label (which starts at the node and runs right), as wide as
  // the label, taking the drawing to span about 700 pixels on screen.
  const unitsPerPixel = order <= LABELLED_UP_TO ? layoutExtent(placed) / 700 : 0;
  const labelHalfWidth = (node: number) => nameLengths[node] * 3.5 * unitsPerPixel;
  const discs = new Float64Array(order * 3);
  for (let node = 0; node < order; node++) {
    const half = labelHalfWidth(node);
    discs.set([placed[node * 2] + half, placed[node * 2 + 1], Math.max(layoutSize(mentions[node]), half)], node * 3);
  }
  const settings = { margin: 1, ratio: 1.2 };
  const gridSize = noverlapGridSize(discs, settings.margin, settings.ratio);
  // Where no grid keeps the comparisons within bounds, the nodes keep ForceAtlas2's positions.
  if (gridSize !== undefined) {
    // The matrix noverlap's `assign` builds (graphToByteArray), a size of 0 counting as 1.
    const matrix = new Float32Array(order * NOVERLAP_NODE_FIELDS);
    for (let node = 0; node < order; node++) matrix.set([discs[node * 3], discs[node * 3 + 1], discs[node * 3 + 2] || 1], node * NOVERLAP_NODE_FIELDS);
    const noverlapSettings = { ...noverlapDefaults, ...settings, gridSize };
    let converged = false;
    for (let iteration = 0; iteration < noverlapIterations(order) && !converged; iteration++) converged = noverlapStep(noverlapSettings, matrix);
    for (let node = 0; node < order; node++) {
      placed.set([matrix[node * NOVERLAP_NODE_FIELDS] - labelHalfWidth(node), matrix[node * NOVERLAP_NODE_FIELDS + 1]], node * 2);
    }
  }
  return placed;
}

/**
 * Sets `x` and `y` on every node, in the graph's order, from layOut's positions: on each node's own
 * attributes, as a copy of every node's attributes would be the graph's nodes over again.
 */
function placeNodes(graph: NewsGraph, placed: Float64Array): void {
  let at = 0;
  graph.updateEachNodeAttributes((_key, attributes) => {
    attributes.x = placed[at];
    attributes.y = placed[at + 1];
    at += 2;
    return attributes;
  });
}

/** Sets `x` and `y` on every node (layOut, in this thread). The same graph always gets the same layout. */
export function layoutGraph(graph: NewsGraph): void {
  if (graph.order === 0) return;
  placeNodes(graph, layOut(layoutInput(graph)));
}

const LAYOUT_WORKER = new URL("./layout-worker.js", import.meta.url);

/**
 * The layout of layoutGraph, computed in a worker thread: its garbage (ForceAtlas2 leaves a
 * Barnes–Hut quadtree behind at every iteration, noverlap a grid at every step) piles up in a heap
 * that holds nothing else and is freed with the thread, instead of in the heap that holds the
 * whole graph. The positions are the same as layoutGraph's.
 */
export async function layoutGraphInWorker(graph: NewsGraph): Promise<void> {
  if (graph.order === 0) return;
  const input = layoutInput(graph);
  const worker = startWorker(LAYOUT_WORKER);
  try {
    const placed = await new Promise<Float64Array<ArrayBuffer>>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`the layout worker stopped (exit code ${code})`)));
      worker.postMessage(input, [input.positions.buffer, input.mentions.buffer, input.nameLengths.buffer, input.edges.buffer]);
    });
    placeNodes(graph, placed);
  } finally {
    await worker.terminate();
  }
}

/** The larger side of the bounding box of the positions (x, y of each node). */
function layoutExtent(positions: Float64Array): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let at = 0; at < positions.length; at += 2) {
    minX = Math.min(minX, positions[at]);
    maxX = Math.max(maxX, positions[at]);
    minY = Math.min(minY, positions[at + 1]);
    maxY = Math.max(maxY, positions[at + 1]);
  }
  return Math.max(maxX - minX, maxY - minY);
}
