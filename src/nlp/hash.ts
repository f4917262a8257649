// Integer hashing for features: every feature is a 32-bit key mixed from a template id and
// one or more value hashes, so the hot path builds no feature strings at all.

/** Mixes two 32-bit values into a well-spread 32-bit key (murmur3-style finaliser). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) | 0;
}

/** Folds typographic quotes to ASCII so BBC text and CoNLL text hash alike. */
function foldChar(c: number): number {
  if (c === 0x2019 || c === 0x2018) return 0x27;
  if (c === 0x201c || c === 0x201d) return 0x22;
  return c;
}

/** FNV-1a over code units of s[from, to), with quotes folded. */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ foldChar(s.charCodeAt(i)), 0x01000193);
  return h | 0;
}

export const hashString = (s: string): number => hashRange(s, 0, s.length);

/**
 * Hash of the compressed word shape: runs of uppercase → X, lowercase → x, digits → d,
 * other characters kept ("Secretary-General" → Xx-Xx, "1.13bn" → d.dx, "U.S." → X.X.).
 */
export function shapeHash(s: string): number {
  let h = 0x811c9dc5;
  let previous = -1;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let cls: number;
    if (c >= 0x41 && c <= 0x5a) cls = 0x58;
    else if (c >= 0x61 && c <= 0x7a) cls = 0x78;
    else if (c >= 0x30 && c <= 0x39) cls = 0x64;
    else if (c < 0x80) cls = c;
    else {
      const ch = s[i];
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      cls = lower !== upper ? (ch === upper ? 0x58 : 0x78) : foldChar(c);
    }
    if (cls !== previous) h = Math.imul(h ^ cls, 0x01000193);
    previous = cls;
  }
  return h | 0;
}
