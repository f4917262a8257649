// Averaged perceptron weights during training: a dense row of tag weights per feature key,
// averaged with the usual trick (keep Σ step·Δ; average = w − Σ/steps), then exported to a
// sparse LinearModel keeping only weights that matter.
import { LinearModel } from "../model.js";

export class PerceptronWeights {
  private readonly rowOfKey = new Map<number, number>();
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
    const existing = this.rowOfKey.get(key);
    if (existing !== undefined) return existing;
    if (!create) return -1;
    const row = this.keys.length;
    this.keys.push(key);
    this.rowOfKey.set(key, row);
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
