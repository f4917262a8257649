// A node's neighbourhood as its own picture: who is within one or two hops (the most important
// first, capped), laid out around it in sectors by kind, nearest rings for the most important.
// Pure: graph questions come in as functions, positions go out in ring units around (0, 0).

export interface EgoMember {
  key: string;
  hop: 1 | 2;
  /** The sector it goes in: its kind, or for a second hop, its first-hop parent's. */
  group: string;
  weight: number;
}

export interface EgoSource {
  /** Shown neighbours of a node, through shown edges, either direction. */
  neighbours(key: string): Iterable<string>;
  group(key: string): string;
  importance(key: string): number;
}

/** Share of the places a first hop takes when two hops are shown, so the second hop gets room too. */
const FIRST_HOP_SHARE_OF_TWO = 0.6;

export function egoMembers(source: EgoSource, focus: string, hops: 1 | 2, maxNodes: number): EgoMember[] {
  const byWeight = (a: EgoMember, b: EgoMember) => b.weight - a.weight || (a.key < b.key ? -1 : 1);
  const first = [...new Set(source.neighbours(focus))]
    .filter((key) => key !== focus)
    .map((key): EgoMember => ({ key, hop: 1, group: source.group(key), weight: source.importance(key) }))
    .sort(byWeight)
    .slice(0, hops === 2 ? Math.ceil(maxNodes * FIRST_HOP_SHARE_OF_TWO) : maxNodes);
  if (hops === 1) return first;
  const inFirst = new Set([focus, ...first.map((member) => member.key)]);
  // A second-hop node reached through several first-hop nodes matters more: weight by paths.
  const second = new Map<string, EgoMember>();
  for (const parent of first) {
    for (const key of new Set(source.neighbours(parent.key))) {
      if (inFirst.has(key)) continue;
      const member = second.get(key);
      if (member) member.weight += source.importance(key);
      else second.set(key, { key, hop: 2, group: parent.group, weight: source.importance(key) });
    }
  }
  return [...first, ...[...second.values()].sort(byWeight).slice(0, maxNodes - first.length)];
}

/** Innermost ring radius, in ring units (one ring unit = the gap between neighbouring nodes). */
const INNER_RADIUS = 2;
/** Smallest sector, in radians, so a kind with one member still gets a visible wedge. */
const MIN_SECTOR = 0.35;

/** Positions around (0, 0): each group a sector sized by its members, first hops on the inner rings. */
export function egoLayout(members: readonly EgoMember[]): Map<string, { x: number; y: number }> {
  const groups = new Map<string, EgoMember[]>();
  for (const member of members) groups.set(member.group, [...(groups.get(member.group) ?? []), member]);
  const raw = [...groups.values()].map((list) => Math.max(MIN_SECTOR, (2 * Math.PI * list.length) / members.length));
  const scale = (2 * Math.PI) / raw.reduce((sum, angle) => sum + angle, 0);
  const positions = new Map<string, { x: number; y: number }>();
  let sectorStart = -Math.PI / 2;
  [...groups.values()].forEach((list, index) => {
    const angle = raw[index] * scale;
    const ordered = [...list].sort((a, b) => a.hop - b.hop || b.weight - a.weight);
    let radius = INNER_RADIUS;
    let at = 0;
    while (at < ordered.length) {
      // The second hop starts on a ring of its own, one ring further out.
      const hop = ordered[at].hop;
      const slots = Math.max(1, Math.floor(angle * radius));
      const ring = [];
      while (at < ordered.length && ring.length < slots && ordered[at].hop === hop) ring.push(ordered[at++]);
      ring.forEach((member, slot) => {
        const theta = sectorStart + (angle * (slot + 0.5)) / ring.length;
        positions.set(member.key, { x: radius * Math.cos(theta), y: radius * Math.sin(theta) });
      });
      radius += at < ordered.length && ordered[at].hop !== hop ? 2 : 1;
    }
    sectorStart += angle;
  });
  return positions;
}
