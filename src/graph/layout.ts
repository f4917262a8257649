// Build-time layout for the viewer: every node gets `x`, `y`, so the page opens on a
// finished picture instead of laying out in the reader's browser.
import { createRequire } from "node:module";
import { MultiDirectedGraph } from "graphology";
import type ForceAtlas2Module from "graphology-layout-forceatlas2";
import type NoverlapModule from "graphology-layout-noverlap";
import type { NewsGraph } from "./index.js";
import { startWorker } from "../worker-thread.js";

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

/**
 * The positions (x, y of each node): ForceAtlas2 from the seeded positions (Barnes–Hut above a few
 * hundred nodes), then a noverlap pass so that nodes do not sit on top of one another. It works on
 * a graph of its own that holds nothing but the nodes and edges, so that it can run in a worker
 * thread (layoutGraphInWorker), whose small heap its garbage does not swell.
 */
export function layOut({ positions, mentions, nameLengths, edges }: LayoutInput): Float64Array<ArrayBuffer> {
  const order = mentions.length;
  const graph = new MultiDirectedGraph<{ x: number; y: number }>();
  for (let node = 0; node < order; node++) graph.addNode(String(node), { x: positions[node * 2], y: positions[node * 2 + 1] });
  for (let at = 0; at < edges.length; at += 2) graph.addEdge(String(edges[at]), String(edges[at + 1]));
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
  const labelHalfWidth = (node: number) => nameLengths[node] * 3.5 * unitsPerPixel;
  const disc = (key: string, attributes: { x: number; y: number }) => {
    const node = Number(key);
    const half = labelHalfWidth(node);
    return { x: attributes.x + half, y: attributes.y, size: Math.max(layoutSize(mentions[node]), half) };
  };
  const discs = new Float64Array(order * 3);
  graph.forEachNode((key, attributes) => {
    const { x, y, size } = disc(key, attributes);
    discs.set([x, y, size], Number(key) * 3);
  });
  const settings = { margin: 1, ratio: 1.2 };
  const gridSize = noverlapGridSize(discs, settings.margin, settings.ratio);
  // Where no grid keeps the comparisons within bounds, the nodes keep ForceAtlas2's positions.
  if (gridSize !== undefined) {
    noverlap.assign(graph, {
      maxIterations: noverlapIterations(order),
      inputReducer: (key, attributes) => disc(key, attributes as { x: number; y: number }),
      outputReducer: (key, position) => ({ ...position, x: position.x - labelHalfWidth(Number(key)) }),
      settings: { ...settings, gridSize },
    });
  }
  const placed = new Float64Array(order * 2);
  graph.forEachNode((key, { x, y }) => placed.set([x, y], Number(key) * 2));
  return placed;
}

/** Sets `x` and `y` on every node, in the graph's order, from layOut's positions. */
function placeNodes(graph: NewsGraph, placed: Float64Array): void {
  let at = 0;
  graph.updateEachNodeAttributes((_key, attributes) => {
    const position = { x: placed[at], y: placed[at + 1] };
    at += 2;
    return { ...attributes, ...position };
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
 * Barnes–Hut quadtree behind at every iteration, noverlap a grid and a Set of the pairs it
 * compared) piles up in a heap that holds nothing else and is freed with the thread, instead of in
 * the heap that holds the whole graph. The positions are the same as layoutGraph's.
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

/** The larger side of the bounding box of the node positions. */
function layoutExtent(graph: MultiDirectedGraph<{ x: number; y: number }>): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_key, { x = 0, y = 0 }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  return Math.max(maxX - minX, maxY - minY);
}
