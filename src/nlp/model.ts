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

export class LinearModel {
  readonly tags: string[];
  readonly tagCount: number;
  readonly transitions: Float32Array;
  readonly meta: Record<string, unknown>;
  private readonly slotKey: Int32Array;
  private readonly slotRow: Int32Array; // row + 1; 0 marks an empty slot
  private readonly mask: number;
  private readonly rowStart: Uint32Array;
  private readonly entryTag: Uint8Array;
  private readonly entryWeight: Float32Array;

  constructor(readonly parts: LinearModelParts) {
    this.tags = parts.tags;
    this.tagCount = parts.tags.length;
    this.transitions = parts.transitions;
    this.meta = parts.meta;
    this.rowStart = parts.rowStart;
    this.entryTag = parts.entryTag;
    this.entryWeight = parts.entryWeight;
    let size = 16;
    while (size < parts.keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slotKey = new Int32Array(size);
    this.slotRow = new Int32Array(size);
    for (let row = 0; row < parts.keys.length; row++) {
      const key = parts.keys[row];
      let slot = key & this.mask;
      while (this.slotRow[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slotKey[slot] = key;
      this.slotRow[slot] = row + 1;
    }
  }

  /** Adds the weights of feature `key` to scores[offset + tag]. */
  addScores(key: number, scores: Float32Array, offset: number): void {
    let slot = key & this.mask;
    for (;;) {
      const row = this.slotRow[slot];
      if (row === 0) return;
      if (this.slotKey[slot] === key) {
        const end = this.rowStart[row];
        for (let e = this.rowStart[row - 1]; e < end; e++) scores[offset + this.entryTag[e]] += this.entryWeight[e];
        return;
      }
      slot = (slot + 1) & this.mask;
    }
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
