// Synthetic graphs with the shape of real `newsgraph build` output, for the layout tests
// and the viewer benchmark: the kinds mixed as in real articles, every entity mentioned
// by an article, about three edges per node, all edges allowed by the schema, and hubs as in
// news (a few people and places in hundreds of events), since a hub is what a viewer must
// keep readable.
import { MultiDirectedGraph } from "graphology";
import {
  EVENT_TYPES,
  PARTICIPANT_ROLES,
  RELATION_TYPES,
  edgeKey,
  type EdgeAttributes,
  type NodeAttributes,
  type NodeLabel,
  type RelationType,
} from "../../graph-schema/index.js";
import { seededRandom } from "../helpers/seeded-random.js";

/** Share of each kind among the nodes, close to what the pipeline produces on news. */
const KIND_MIX: [NodeLabel, number][] = [
  ["Article", 0.05],
  ["Person", 0.25],
  ["Organization", 0.18],
  ["Place", 0.2],
  ["Group", 0.05],
  ["Event", 0.27],
];

/** How strongly relation ends are drawn towards the first nodes of a kind (1: uniformly). */
const HUB_SKEW = 4;
const PARTICIPANT_KINDS: NodeLabel[] = ["Person", "Organization", "Place", "Group"];

const SYLLABLES = ["ka", "ro", "mi", "tel", "an", "sor", "vi", "da", "lun", "be", "quo", "ra", "zen", "li", "mar", "to"];

export function generateGraph(order: number, seed = 1): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  // Skewed towards the first items: the first of each kind become hubs.
  const pickHub = <T>(items: readonly T[]): T => items[Math.floor(random() ** HUB_SKEW * items.length)];
  const word = () => {
    const text = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join("");
    return text[0].toUpperCase() + text.slice(1);
  };

  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
  const byKind = new Map<NodeLabel, string[]>(KIND_MIX.map(([kind]) => [kind, []]));
  const articleCount = Math.max(1, Math.round(order * KIND_MIX[0][1]));
  for (let i = 0; i < articleCount; i++) {
    const articleId = `article-${i}`;
    const key = `Article:${articleId}`;
    const day = String(1 + (i % 28)).padStart(2, "0");
    graph.addNode(key, { kind: "Article", name: `${word()} ${word()} report`, articleId, title: `${word()} ${word()} report`, date: `2021-01-${day}`, contentHash: `hash-${i}`, words: 400 });
    byKind.get("Article")!.push(key);
  }
  const entityKinds = KIND_MIX.slice(1);
  const totalShare = entityKinds.reduce((sum, [, share]) => sum + share, 0);
  for (let i = 0; graph.order < order; i++) {
    let roll = random() * totalShare;
    const kind = entityKinds.find(([, share]) => (roll -= share) < 0)?.[0] ?? "Event";
    const name = kind === "Person" ? `${word()} ${word()}` : `${word()} ${kind === "Event" ? "incident" : word()}`;
    const key = `${kind}:${name.toLowerCase()} ${i}`;
    const article = pick(byKind.get("Article")!).slice("Article:".length);
    const mentions = 1 + Math.floor(-Math.log(1 - random()) * 3);
    graph.addNode(key, {
      kind,
      name,
      aliases: random() < 0.3 ? [name.split(" ")[0]] : [],
      mentions,
      confidence: 0.7 + random() * 0.3,
      evidence: [{ article, sentence: `${name} was mentioned in a sentence about ${word()}.`, start: 0, end: name.length }],
      ...(kind === "Event" ? { eventType: pick(EVENT_TYPES), date: random() < 0.7 ? `2021-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}` : null } : {}),
    });
    byKind.get(kind)!.push(key);
  }

  const addEdge = (kind: RelationType, source: string, target: string, role?: string) => {
    const key = edgeKey(kind, source, target, role);
    if (source === target || graph.hasEdge(key)) return;
    const evidence = graph.getNodeAttribute(source, "evidence") ?? graph.getNodeAttribute(target, "evidence") ?? [];
    graph.addDirectedEdgeWithKey(key, source, target, { kind, ...(role ? { role } : {}), ...(kind === "MENTIONS" ? { count: 1 } : {}), confidence: 0.8, evidence });
  };
  const typedRelations = (Object.keys(RELATION_TYPES) as RelationType[]).filter((kind) => kind !== "MENTIONS");
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === "Article") return;
    addEdge("MENTIONS", `Article:${attributes.evidence![0].article}`, key);
    // Two typed relations per entity; endpoints drawn from the kinds the schema allows.
    for (let made = 0, tries = 0; made < 2 && tries < 10; tries++) {
      const relation = pick(typedRelations);
      const spec = RELATION_TYPES[relation];
      if (!(spec.from as readonly NodeLabel[]).includes(attributes.kind)) continue;
      const targets = byKind.get(pick(spec.to as readonly NodeLabel[]))!;
      if (targets.length === 0) continue;
      const role = relation === "PARTICIPANT" ? pick(PARTICIPANT_ROLES) : relation === "AFFILIATED_WITH" ? "Director" : undefined;
      addEdge(relation, key, pickHub(targets), role);
      made++;
    }
    // Each event has two participants, often the same few: the hubs of a corpus.
    if (attributes.kind === "Event") {
      for (let participant = 0; participant < 2; participant++) addEdge("PARTICIPANT", pickHub(byKind.get(pick(PARTICIPANT_KINDS))!), key, pick(PARTICIPANT_ROLES));
    }
  });
  return graph;
}
