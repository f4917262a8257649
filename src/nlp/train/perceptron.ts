// Averaged perceptron weights during training: a dense row of tag weights per feature key,
// averaged with the usual trick (keep Σ step·Δ; average = w − Σ/steps), then exported to a
// sparse LinearModel keeping only weights that matter.
import { LinearModel } from "../model.js";

export class PerceptronWeights {
  /** Open-addressing table of key → row + 1 (0 = empty), two ints a slot; faster than a Map. */
  private slots = new Int32Array(1 << 17);
  private mask = (1 << 16) - 1;
  private readonly keys: number[] = [];
  private weights: Float32Array;
  private stepWeighted: Float64Array;
  readonly transitions: Float32Array;
  private readonly transitionsStepWeighted: Float64Array;
  /** Number of updates so far plus one; every update is weighted by it. */
  step = 1;

  constructor(
    readonly tags: string[],
    transitionCount = 0,
  ) {
    this.weights = new Float32Array(1 << 16);
    this.stepWeighted = new Float64Array(1 << 16);
    this.transitions = new Float32Array(transitionCount);
    this.transitionsStepWeighted = new Float64Array(transitionCount);
  }

  get rowCount(): number {
    return this.keys.length;
  }

  /** Row of a feature key, created on first sight when `create` (else -1). */
  row(key: number, create: boolean): number {
    const slots = this.slots;
    let slot = key & this.mask;
    for (;;) {
      const stored = slots[slot * 2 + 1];
      if (stored === 0) break;
      if (slots[slot * 2] === key) return stored - 1;
      slot = (slot + 1) & this.mask;
    }
    if (!create) return -1;
    const row = this.keys.length;
    this.keys.push(key);
    slots[slot * 2] = key;
    slots[slot * 2 + 1] = row + 1;
    if (this.keys.length * 2 > this.mask) this.growTable();
    const needed = (row + 1) * this.tags.length;
    if (needed > this.weights.length) {
      const grownWeights = new Float32Array(this.weights.length * 2);
      grownWeights.set(this.weights);
      this.weights = grownWeights;
      const grownSums = new Float64Array(this.stepWeighted.length * 2);
      grownSums.set(this.stepWeighted);
      this.stepWeighted = grownSums;
    }
    return row;
  }

  /** Doubles the key table and re-inserts every key. */
  private growTable(): void {
    const size = (this.mask + 1) * 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    this.keys.forEach((key, row) => {
      let slot = key & this.mask;
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = row + 1;
    });
  }

  /** scores[offset + tag] += weight of (row, tag) for each row. */
  addRowScores(rows: Int32Array, from: number, to: number, scores: Float32Array, offset: number): void {
    const tags = this.tags.length;
    const weights = this.weights;
    for (let f = from; f < to; f++) {
      const row = rows[f];
      if (row < 0) continue;
      const base = row * tags;
      for (let t = 0; t < tags; t++) scores[offset + t] += weights[base + t];
    }
  }

  update(row: number, tag: number, delta: number): void {
    if (row < 0) return;
    const index = row * this.tags.length + tag;
    this.weights[index] += delta;
    this.stepWeighted[index] += this.step * delta;
  }

  updateTransition(index: number, delta: number): void {
    this.transitions[index] += delta;
    this.transitionsStepWeighted[index] += this.step * delta;
  }

  /** Averaged weights as a sparse model; entries below `minWeight` in magnitude are dropped. */
  toModel(minWeight: number, meta: Record<string, unknown>): LinearModel {
    const tags = this.tags.length;
    const averaged = (index: number) => this.weights[index] - this.stepWeighted[index] / this.step;
    const keptKeys: number[] = [];
    const rowStart: number[] = [0];
    const entryTag: number[] = [];
    const entryWeight: number[] = [];
    for (let row = 0; row < this.keys.length; row++) {
      const before = entryTag.length;
      for (let t = 0; t < tags; t++) {
        const w = averaged(row * tags + t);
        if (Math.abs(w) >= minWeight) {
          entryTag.push(t);
          entryWeight.push(w);
        }
      }
      if (entryTag.length > before) {
        keptKeys.push(this.keys[row]);
        rowStart.push(entryTag.length);
      }
    }
    const transitions = new Float32Array(this.transitions.length);
    for (let i = 0; i < transitions.length; i++) {
      transitions[i] = this.transitions[i] - this.transitionsStepWeighted[i] / this.step;
    }
    return new LinearModel({
      tags: this.tags,
      keys: Int32Array.from(keptKeys),
      rowStart: Uint32Array.from(rowStart),
      entryTag: Uint8Array.from(entryTag),
      entryWeight: Float32Array.from(entryWeight),
      transitions,
      meta,
    });
  }
}
