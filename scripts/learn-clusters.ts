// Learns word clusters and case statistics from unlabelled text, for the taggers' lexicon.
//
//   npm run learn:clusters -- --news ../shared/data/news/articles.jsonl [--conll ../shared/data/conll2003/train.txt]
//
// Each word (seen at least --min-count times) is described by the words around it: counts
// of the frequent words one and two positions to its left and right, PPMI-weighted, then
// reduced to a dense vector by a randomized truncated SVD. Spherical k-means gives the fine clusters; k-means
// over their centroids gives the middle and coarse levels, so the three ids nest like the
// prefixes of a Brown-cluster path. Writes src/nlp/models/clusters.json.gz.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { parseConll } from "../src/nlp/conll.js";
import type { LexiconData } from "../src/nlp/lexicon.js";
import { sentenceWords, splitSentences } from "../src/nlp/sentences.js";

const { values: options } = parseArgs({
  options: {
    news: { type: "string" },
    conll: { type: "string" },
    "min-count": { type: "string", default: "3" },
    contexts: { type: "string", default: "1500" },
    dimensions: { type: "string", default: "96" },
    clusters: { type: "string", default: "600,150,40" },
    out: { type: "string", default: "src/nlp/models" },
  },
});
if (!options.news) {
  console.error("usage: npm run learn:clusters -- --news ARTICLES.jsonl [--conll TRAIN.txt] [--out DIR]");
  process.exit(2);
}
const minCount = Number(options["min-count"]);
const contextCount = Number(options.contexts);
const dimensions = Number(options.dimensions);
const [fineK, middleK, coarseK] = options.clusters!.split(",").map(Number);
const started = Date.now();
const log = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

// ---- sentences of words ----
const sentences: string[][] = [];
for (const line of readFileSync(options.news, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const article = JSON.parse(line) as { title?: string; text: string };
  const text = article.title ? `${article.title}\n\n${article.text}` : article.text;
  for (const s of splitSentences(text, [{ start: 0, end: text.length }])) sentences.push(sentenceWords(text, s));
}
if (options.conll) {
  for (const doc of parseConll(readFileSync(options.conll, "utf8"))) for (const s of doc.sentences) sentences.push(s.words);
}
log(`${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.length, 0)} tokens`);

// ---- case statistics: how often each word is written lowercase, mid-sentence ----
const isHeadline = (words: string[]) => words.every((w) => w === w.toUpperCase());
const lowercaseCount = new Map<string, number>();
const seenCount = new Map<string, number>();
for (const words of sentences) {
  if (isHeadline(words)) continue;
  for (let i = 1; i < words.length; i++) {
    const lower = words[i].toLowerCase();
    if (lower === words[i].toUpperCase()) continue; // no letters
    seenCount.set(lower, (seenCount.get(lower) ?? 0) + 1);
    if (words[i] === lower) lowercaseCount.set(lower, (lowercaseCount.get(lower) ?? 0) + 1);
  }
}
const caseBuckets: Record<string, number> = {};
for (const [lower, seen] of seenCount) {
  if (seen < 2) continue;
  const ratio = (lowercaseCount.get(lower) ?? 0) / seen;
  caseBuckets[lower] = ratio === 0 ? 0 : ratio < 0.1 ? 1 : ratio < 0.5 ? 2 : ratio < 0.9 ? 3 : 4;
}

// ---- context vectors ----
const frequency = new Map<string, number>();
for (const words of sentences) for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
const vocabulary = [...frequency].filter(([, n]) => n >= minCount).map(([w]) => w);
const wordIndex = new Map(vocabulary.map((w, i) => [w, i]));
const lowerFrequency = new Map<string, number>();
for (const [w, n] of frequency) lowerFrequency.set(w.toLowerCase(), (lowerFrequency.get(w.toLowerCase()) ?? 0) + n);
const contextWords = [...lowerFrequency].sort((a, b) => b[1] - a[1]).slice(0, contextCount).map(([w]) => w);
const contextIndex = new Map(contextWords.map((w, i) => [w, i]));
const OFFSETS = [-2, -1, 1, 2];
const columns = contextCount * OFFSETS.length + 2; // + sentence start / end markers
const counts = new Map<number, number>(); // word * columns + column → count
for (const words of sentences) {
  for (let i = 0; i < words.length; i++) {
    const row = wordIndex.get(words[i]);
    if (row === undefined) continue;
    OFFSETS.forEach((offset, o) => {
      const j = i + offset;
      let column: number | undefined;
      if (j === -1) column = columns - 2;
      else if (j === words.length) column = columns - 1;
      else if (j >= 0 && j < words.length) {
        const c = contextIndex.get(words[j].toLowerCase());
        if (c !== undefined) column = o * contextCount + c;
      }
      if (column !== undefined) counts.set(row * columns + column, (counts.get(row * columns + column) ?? 0) + 1);
    });
  }
}
const rowTotals = new Float64Array(vocabulary.length);
const columnTotals = new Float64Array(columns);
let total = 0;
for (const [cell, n] of counts) {
  rowTotals[Math.floor(cell / columns)] += n;
  columnTotals[cell % columns] += n;
  total += n;
}
// PPMI matrix as sparse rows, then a randomized range finder (Halko et al.): project onto
// random directions and refine with power iterations, so the vectors keep the leading
// singular directions of the PPMI matrix rather than a noisy random mix.
const cellRow: number[] = [];
const cellColumn: number[] = [];
const cellValue: number[] = [];
for (const [cell, n] of counts) {
  const row = Math.floor(cell / columns);
  const column = cell % columns;
  const ppmi = Math.log((n * total) / (rowTotals[row] * Math.pow(columnTotals[column], 0.75) * Math.pow(total, 0.25)));
  if (ppmi <= 0) continue;
  cellRow.push(row);
  cellColumn.push(column);
  cellValue.push(ppmi);
}
let seed = 12345;
const random = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296 - 0.5;
};
/** rows × dimensions = sparse (rows × columns) · dense (columns × dimensions), or its transpose product. */
function multiply(input: Float32Array, transpose: boolean): Float32Array {
  const output = new Float32Array((transpose ? columns : vocabulary.length) * dimensions);
  for (let c = 0; c < cellValue.length; c++) {
    const from = (transpose ? cellRow[c] : cellColumn[c]) * dimensions;
    const to = (transpose ? cellColumn[c] : cellRow[c]) * dimensions;
    const v = cellValue[c];
    for (let d = 0; d < dimensions; d++) output[to + d] += v * input[from + d];
  }
  return output;
}
/** Orthonormalises the columns of a (rows × dimensions) matrix in place (Gram-Schmidt). */
function orthonormaliseColumns(matrix: Float32Array, rows: number): void {
  for (let d = 0; d < dimensions; d++) {
    for (let e = 0; e < d; e++) {
      let dot = 0;
      for (let r = 0; r < rows; r++) dot += matrix[r * dimensions + d] * matrix[r * dimensions + e];
      for (let r = 0; r < rows; r++) matrix[r * dimensions + d] -= dot * matrix[r * dimensions + e];
    }
    let norm = 0;
    for (let r = 0; r < rows; r++) norm += matrix[r * dimensions + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < rows; r++) matrix[r * dimensions + d] /= norm;
  }
}
const omega = new Float32Array(columns * dimensions);
for (let i = 0; i < omega.length; i++) omega[i] = random();
let range = multiply(omega, false);
for (let iteration = 0; iteration < 2; iteration++) {
  orthonormaliseColumns(range, vocabulary.length);
  range = multiply(multiply(range, true), false);
}
orthonormaliseColumns(range, vocabulary.length);
// Word vectors: coordinates of each PPMI row in the leading subspace, i.e. rows of Q·(QᵀA)
// expressed in that basis = A·(AᵀQ) normalised, which weights directions by importance.
const vectors = multiply(multiply(range, true), false);
function normaliseRows(matrix: Float32Array, rows: number): void {
  for (let r = 0; r < rows; r++) {
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += matrix[r * dimensions + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d++) matrix[r * dimensions + d] /= norm;
  }
}
normaliseRows(vectors, vocabulary.length);
log(`${vocabulary.length} words × ${columns} contexts → ${dimensions} dimensions`);

// ---- spherical k-means ----
function kMeans(points: Float32Array, pointCount: number, k: number, iterations: number): Int32Array {
  const centroids = new Float32Array(k * dimensions);
  // Start from k points spread evenly over the list (words are in first-seen order).
  for (let c = 0; c < k; c++) {
    const p = Math.floor((c * pointCount) / k);
    centroids.set(points.subarray(p * dimensions, (p + 1) * dimensions), c * dimensions);
  }
  const assignment = new Int32Array(pointCount);
  for (let iteration = 0; iteration < iterations; iteration++) {
    let changed = 0;
    for (let p = 0; p < pointCount; p++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < dimensions; d++) dot += points[p * dimensions + d] * centroids[c * dimensions + d];
        if (dot > bestScore) {
          bestScore = dot;
          best = c;
        }
      }
      if (assignment[p] !== best) changed++;
      assignment[p] = best;
    }
    centroids.fill(0);
    for (let p = 0; p < pointCount; p++) {
      for (let d = 0; d < dimensions; d++) centroids[assignment[p] * dimensions + d] += points[p * dimensions + d];
    }
    normaliseRows(centroids, k);
    if (changed === 0) break;
  }
  return assignment;
}
function centroidsOf(points: Float32Array, assignment: Int32Array, k: number): Float32Array {
  const centroids = new Float32Array(k * dimensions);
  assignment.forEach((c, p) => {
    for (let d = 0; d < dimensions; d++) centroids[c * dimensions + d] += points[p * dimensions + d];
  });
  normaliseRows(centroids, k);
  return centroids;
}

const fine = kMeans(vectors, vocabulary.length, fineK, 12);
log(`fine clusters: ${fineK}`);
const fineCentroids = centroidsOf(vectors, fine, fineK);
const middleOfFine = kMeans(fineCentroids, fineK, middleK, 20);
const middleCentroids = centroidsOf(fineCentroids, middleOfFine, middleK);
const coarseOfMiddle = kMeans(middleCentroids, middleK, coarseK, 20);

const clusters: LexiconData["clusters"] = {};
vocabulary.forEach((word, i) => {
  const middle = middleOfFine[fine[i]];
  clusters[word] = [coarseOfMiddle[middle], middle, fine[i]];
});
const outPath = join(options.out!, "clusters.json.gz");
const bytes = gzipSync(JSON.stringify({ clusters, caseBuckets }), { level: 9 });
writeFileSync(outPath, bytes);
log(`wrote ${outPath}: ${vocabulary.length} words, ${Object.keys(caseBuckets).length} case entries, ${(bytes.length / 1e6).toFixed(2)} MB`);
for (const probe of ["London", "Clinton", "Microsoft", "Monday", "said", "France"]) {
  const id = wordIndex.get(probe);
  if (id === undefined) continue;
  const sameCluster = vocabulary.filter((_, j) => fine[j] === fine[id]).slice(0, 12);
  console.log(`  ${probe}: ${sameCluster.join(" ")}`);
}
