// A sparse linear model over hashed feature keys: each feature key owns a row holding
// weights for the few tags it ever voted for (compressed sparse rows), found through an
// open-addressing table. Stored as one gzipped binary file.
import { gunzipSync, gzipSync } from "node:zlib";

export interface LinearModelParts {
  tags: string[];
  /** Feature key of each row. */
  keys: Int32Array;
  /** Row r's entries are rowStart[r] … rowStart[r+1]-1. */
  rowStart: Uint32Array;
  entryTag: Uint8Array;
  entryWeight: Float32Array;
  /** tags × tags transition weights (from → to) for sequence decoding; empty for greedy models. */
  transitions: Float32Array;
  /** Free-form metadata (training settings, dev scores). */
  meta: Record<string, unknown>;
}

/**
 * Reads the first slot each key's probe will look at, with no branch in between, so the
 * memory loads of a batch of lookups overlap instead of waiting one after another; the probes
 * that follow then find their slots in cache. Returns the XOR of what it read, for the caller
 * to keep so the reads are not optimised away.
 */
function touchSlots(slots: Int32Array, mask: number, slotInts: number, keys: Int32Array, count: number): number {
  let touched = 0;
  for (let f = 0; f < count; f++) touched ^= slots[(keys[f] & mask) * slotInts];
  return touched;
}

export class LinearModel {
  readonly tags: string[];
  readonly tagCount: number;
  readonly transitions: Float32Array;
  readonly meta: Record<string, unknown>;
  /**
   * Open-addressing table, 2 ints a slot: the key, and its row as first entry × 256 + entry
   * count (a row has at most one entry a tag); 0 = empty. Built on first lookup, so a model
   * only read into another layout never builds it.
   */
  private slots: Int32Array | undefined;
  private mask = 0;
  /** See touchSlots. */
  private touched = 0;
  /** addAllScores's rows found, reused between calls. */
  private foundRows = new Int32Array(0);
  private readonly entryTag: Uint8Array;
  private readonly entryWeight: Float32Array;

  constructor(readonly parts: LinearModelParts) {
    this.tags = parts.tags;
    this.tagCount = parts.tags.length;
    this.transitions = parts.transitions;
    this.meta = parts.meta;
    this.entryTag = parts.entryTag;
    this.entryWeight = parts.entryWeight;
  }

  private buildTable(): Int32Array {
    const { keys, rowStart } = this.parts;
    if (this.tagCount > 255 || this.entryTag.length >= 2 ** 23) throw new Error(`LinearModel: ${this.tagCount} tags and ${this.entryTag.length} weights do not fit its table`);
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    // Key and row share 8 bytes, so a lookup touches one cache line before the weights.
    const slots = new Int32Array(size * 2);
    for (let row = 0; row < keys.length; row++) {
      const key = keys[row];
      let slot = key & this.mask;
      while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      slots[slot * 2] = key;
      slots[slot * 2 + 1] = (rowStart[row] << 8) | (rowStart[row + 1] - rowStart[row]);
    }
    this.slots = slots;
    return slots;
  }

  /**
   * Adds the weights of keys[0 … count) to scores[offset + tag], in the same order as
   * addScores key by key. The slots, then the rows found, are read ahead (see touchSlots).
   */
  addAllScores(keys: Int32Array, count: number, scores: Float32Array, offset: number): void {
    const slots = this.slots ?? this.buildTable();
    let touched = touchSlots(slots, this.mask, 2, keys, count);
    if (this.foundRows.length < count) this.foundRows = new Int32Array(keys.length);
    const found = this.foundRows;
    let rows = 0;
    for (let f = 0; f < count; f++) {
      const row = this.findRow(slots, keys[f]);
      if (row !== 0) found[rows++] = row;
    }
    for (let r = 0; r < rows; r++) {
      const first = found[r] >>> 8;
      touched ^= this.entryTag[first] ^ (this.entryWeight[first] | 0);
    }
    this.touched = touched;
    for (let r = 0; r < rows; r++) this.addRow(found[r], scores, offset);
  }

  /** Adds the weights of feature `key` to scores[offset + tag]. */
  addScores(key: number, scores: Float32Array, offset: number): void {
    const row = this.findRow(this.slots ?? this.buildTable(), key);
    if (row !== 0) this.addRow(row, scores, offset);
  }

  /** The row (as the table packs it) of `key`, or 0. */
  private findRow(slots: Int32Array, key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const row = slots[slot * 2 + 1];
      if (row === 0 || slots[slot * 2] === key) return row;
      slot = (slot + 1) & this.mask;
    }
  }

  private addRow(row: number, scores: Float32Array, offset: number): void {
    const first = row >>> 8;
    const end = first + (row & 255);
    for (let e = first; e < end; e++) scores[offset + this.entryTag[e]] += this.entryWeight[e];
  }

  get rowCount(): number {
    return this.parts.keys.length;
  }

  serialize(): Buffer {
    const { tags, keys, rowStart, entryTag, entryWeight, transitions, meta } = this.parts;
    // Weights are stored as int16 with one scale: half the size, and no visible loss.
    let largest = 1e-9;
    for (const w of entryWeight) largest = Math.max(largest, Math.abs(w));
    const scale = largest / 32767;
    const quantised = new Int16Array(entryWeight.length);
    for (let e = 0; e < entryWeight.length; e++) quantised[e] = Math.round(entryWeight[e] / scale);
    const arrays = { keys, rowStart, entryTag, quantised, transitions };
    const header = {
      tags,
      meta,
      scale,
      lengths: Object.fromEntries(Object.entries(arrays).map(([name, array]) => [name, array.length])),
    };
    const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
    const chunks: Buffer[] = [Buffer.alloc(4), headerBytes];
    chunks[0].writeUInt32LE(headerBytes.length, 0);
    for (const array of Object.values(arrays)) {
      const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
      const padding = (4 - (bytes.length % 4)) % 4;
      chunks.push(bytes, Buffer.alloc(padding));
    }
    // Pad the header so every array starts 4-byte aligned after decompression.
    const headerPadding = (4 - ((4 + headerBytes.length) % 4)) % 4;
    chunks.splice(2, 0, Buffer.alloc(headerPadding));
    return gzipSync(Buffer.concat(chunks), { level: 9 });
  }

  static deserialize(file: Buffer): LinearModel {
    const raw = gunzipSync(file);
    const buffer = raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength);
    const headerLength = raw.readUInt32LE(0);
    const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString("utf8")) as {
      tags: string[];
      meta: Record<string, unknown>;
      scale: number;
      lengths: Record<"keys" | "rowStart" | "entryTag" | "quantised" | "transitions", number>;
    };
    let offset = 4 + headerLength;
    offset += (4 - (offset % 4)) % 4;
    const take = <T>(make: (b: ArrayBuffer, o: number, n: number) => T, length: number, bytesPer: number): T => {
      const array = make(buffer, offset, length);
      offset += length * bytesPer;
      offset += (4 - (offset % 4)) % 4;
      return array;
    };
    const keys = take((b, o, n) => new Int32Array(b, o, n), header.lengths.keys, 4);
    const rowStart = take((b, o, n) => new Uint32Array(b, o, n), header.lengths.rowStart, 4);
    const entryTag = take((b, o, n) => new Uint8Array(b, o, n), header.lengths.entryTag, 1);
    const quantised = take((b, o, n) => new Int16Array(b, o, n), header.lengths.quantised, 2);
    const transitions = take((b, o, n) => new Float32Array(b, o, n), header.lengths.transitions, 4);
    const entryWeight = new Float32Array(quantised.length);
    for (let e = 0; e < quantised.length; e++) entryWeight[e] = quantised[e] * header.scale;
    return new LinearModel({ tags: header.tags, keys, rowStart, entryTag, entryWeight, transitions, meta: header.meta });
  }
}

/**
 * Two models over the same tags behind one table: each key's row holds both models'
 * weights side by side, so one lookup scores a token for both (the NER stages share
 * nearly all their features).
 */
export class StackedModel {
  readonly tagCount: number;
  private readonly slots: Int32Array; // key, row + 1
  private readonly mask: number;
  private readonly weights: Float32Array; // row × models × tags
  /** See touchSlots. */
  private touched = 0;

  constructor(models: [LinearModel, LinearModel]) {
    this.tagCount = models[0].tagCount;
    const rowOfKey = new Map<number, number>();
    for (const model of models) for (const key of model.parts.keys) if (!rowOfKey.has(key)) rowOfKey.set(key, rowOfKey.size);
    const width = models.length * this.tagCount;
    this.weights = new Float32Array(rowOfKey.size * width);
    models.forEach((model, m) => {
      const { keys, rowStart, entryTag, entryWeight } = model.parts;
      for (let r = 0; r < keys.length; r++) {
        const base = rowOfKey.get(keys[r])! * width + m * this.tagCount;
        for (let e = rowStart[r]; e < rowStart[r + 1]; e++) this.weights[base + entryTag[e]] = entryWeight[e];
      }
    });
    let size = 16;
    while (size < rowOfKey.size * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    for (const [key, row] of rowOfKey) {
      let slot = key & this.mask;
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = key;
      this.slots[slot * 2 + 1] = row + 1;
    }
  }

  /** addScores2 for keys[0 … count), one after another, their slots read ahead (see touchSlots). */
  addAllScores2(keys: Int32Array, count: number, first: Float32Array, firstOffset: number, second: Float32Array, secondOffset: number): void {
    this.touched = touchSlots(this.slots, this.mask, 2, keys, count);
    for (let f = 0; f < count; f++) this.addScores2(keys[f], first, firstOffset, second, secondOffset);
  }

  /** Adds the first model's weights of `key` to first[firstOffset + tag], the second's to second[secondOffset + tag]. */
  addScores2(key: number, first: Float32Array, firstOffset: number, second: Float32Array, secondOffset: number): void {
    const slots = this.slots;
    let slot = key & this.mask;
    for (;;) {
      const row = slots[slot * 2 + 1];
      if (row === 0) return;
      if (slots[slot * 2] === key) {
        const tags = this.tagCount;
        const weights = this.weights;
        const base = (row - 1) * 2 * tags;
        for (let t = 0; t < tags; t++) {
          first[firstOffset + t] += weights[base + t];
          second[secondOffset + t] += weights[base + tags + t];
        }
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * A model over at most six tags with each row's weights stored inline in its hash slot, as
 * int16 with one scale: a lookup touches one 16-byte slot, one cache line. For the parser's
 * transition model, looked up about 180 times a token.
 */
export class InlineModel {
  static readonly MAX_TAGS = 6;
  readonly tagCount: number;
  /** Four int32 a slot: the key, then six int16 weights in the other three. */
  private readonly slots: Int32Array;
  private readonly weights: Int16Array;
  private readonly mask: number;
  /** A key no row has, marking empty slots, so a probe needs no second array. */
  private readonly emptyKey: number;
  /** See touchSlots. */
  private touched = 0;
  /** addAllScores's sums, reused between calls. */
  private readonly sums = new Int32Array(InlineModel.MAX_TAGS);

  constructor(model: LinearModel) {
    const { keys, rowStart, entryTag, entryWeight } = model.parts;
    if (model.tagCount > InlineModel.MAX_TAGS) throw new Error(`InlineModel: ${model.tagCount} tags (at most ${InlineModel.MAX_TAGS})`);
    this.tagCount = model.tagCount;
    let largest = 1e-9;
    for (const w of entryWeight) largest = Math.max(largest, Math.abs(w));
    const scale = largest / 32767;
    let size = 16;
    while (size * 0.6 < keys.length) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 4);
    this.weights = new Int16Array(this.slots.buffer);
    const occupied = new Uint8Array(size);
    for (let row = 0; row < keys.length; row++) {
      let slot = keys[row] & this.mask;
      while (occupied[slot]) slot = (slot + 1) & this.mask;
      occupied[slot] = 1;
      this.slots[slot * 4] = keys[row];
      for (let e = rowStart[row]; e < rowStart[row + 1]; e++) this.weights[slot * 8 + 2 + entryTag[e]] = Math.round(entryWeight[e] / scale);
    }
    let emptyKey = 0;
    while (keys.includes(emptyKey)) emptyKey++;
    this.emptyKey = emptyKey;
    for (let slot = 0; slot < size; slot++) if (!occupied[slot]) this.slots[slot * 4] = emptyKey;
  }

  /** Reads ahead the slots of keys[0 … count) that addAllScores will probe next (see touchSlots). */
  touch(keys: Int32Array, count: number): void {
    this.touched = touchSlots(this.slots, this.mask, 4, keys, count);
  }

  /**
   * Adds the quantised weights of keys[from … to) to scores[offset + tag] (a key not in the
   * model adds nothing). Integer sums, kept in locals until the end: the order does not matter.
   */
  addAllScores(keys: Int32Array, from: number, to: number, scores: Int32Array, offset = 0): void {
    const slots = this.slots;
    const weights = this.weights;
    const mask = this.mask;
    const emptyKey = this.emptyKey;
    // One sum per weight a slot holds (MAX_TAGS); a model's unused ones stay zero.
    let w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0, w5 = 0;
    for (let f = from; f < to; f++) {
      const key = keys[f];
      let slot = key & mask;
      let stored = slots[slot * 4];
      while (stored !== key && stored !== emptyKey) {
        slot = (slot + 1) & mask;
        stored = slots[slot * 4];
      }
      if (stored !== key) continue;
      const base = slot * 8 + 2;
      w0 += weights[base];
      w1 += weights[base + 1];
      w2 += weights[base + 2];
      w3 += weights[base + 3];
      w4 += weights[base + 4];
      w5 += weights[base + 5];
    }
    const sums = this.sums;
    sums[0] = w0;
    sums[1] = w1;
    sums[2] = w2;
    sums[3] = w3;
    sums[4] = w4;
    sums[5] = w5;
    for (let t = 0; t < this.tagCount; t++) scores[offset + t] += sums[t];
  }
}
