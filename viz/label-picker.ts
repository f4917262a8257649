// Which labels to draw: the most important first, each only where its box overlaps no box
// already taken, until a budget is reached. Sigma's own label grid keeps the biggest node per
// grid cell, which lets long labels of neighbouring cells run into each other and labels junk
// when sizes are alike; here overlap is tested on the labels' real boxes.

export interface LabelCandidate {
  key: string;
  /** Node centre and radius, in viewport pixels. */
  x: number;
  y: number;
  size: number;
  text: string;
  /** Which side of the disc the label goes: left in the left half of an ego view, so it runs away from the centre. */
  side: LabelSide;
}

export type LabelSide = "left" | "right";

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Gap between a disc and its label, in pixels. */
export const LABEL_GAP = 3;

/** Where the viewer draws a label (see drawLabelWithHalo): beside the disc, centred on it. */
export function labelBox(x: number, y: number, size: number, textWidth: number, fontSize: number, side: LabelSide = "right"): Box {
  const left = side === "right" ? x + size + LABEL_GAP : x - size - LABEL_GAP - textWidth;
  return { left, top: y - fontSize * 0.6, right: left + textWidth, bottom: y + fontSize * 0.5 };
}

export function boxesOverlap(a: Box, b: Box, margin = 0): boolean {
  return a.left < b.right + margin && b.left < a.right + margin && a.top < b.bottom + margin && b.top < a.bottom + margin;
}

function inside({ x, y }: { x: number; y: number }, bounds: Box): boolean {
  return x >= bounds.left && x <= bounds.right && y >= bounds.top && y <= bounds.bottom;
}

export interface PickOptions {
  budget: number;
  /** Where labels may go, in viewport pixels: the view less what covers it (legend, panel). */
  bounds: Box;
  fontSize: number;
  margin: number;
  measure: (text: string) => number;
}

/** Candidates in priority order in, the keys to label out (at most `budget`, no two boxes within `margin`). */
export function pickLabels(candidates: Iterable<LabelCandidate>, options: PickOptions): Set<string> {
  const { budget, bounds, fontSize, margin, measure } = options;
  const taken: Box[] = [];
  const picked = new Set<string>();
  for (const candidate of candidates) {
    if (picked.size >= budget) break;
    if (!candidate.text || !inside(candidate, bounds)) continue;
    const box = labelBox(candidate.x, candidate.y, candidate.size, measure(candidate.text), fontSize, candidate.side);
    if (!inside({ x: box.left, y: box.top }, bounds) || !inside({ x: box.right, y: box.bottom }, bounds)) continue;
    if (taken.some((other) => boxesOverlap(box, other, margin))) continue;
    taken.push(box);
    picked.add(candidate.key);
  }
  return picked;
}
