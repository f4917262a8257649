// The viewer's pure parts, without a browser: event headlines, where a mention is in its
// sentence, the page's data, the label picker and the ego layout.
import { describe, expect, it } from "vitest";
import type { SerializedNewsGraph } from "../../src/graph/index.js";
import { egoLayout, egoMembers, type EgoMember } from "../../viz/ego.js";
import { eventHeadline, presentTense, type EventFacts, type VerbMorphology } from "../../viz/event-headline.js";
import { boxesOverlap, labelBox, pickLabels, type LabelCandidate } from "../../viz/label-picker.js";
import { buildViewerData, EVIDENCE_FIELDS, findMention, viewerDataPieces } from "../../viz/viewer-data.js";

/** Enough morphology for the cases below: regular "-ed" pasts, and "said". */
const verbs: VerbMorphology = {
  lemma: (word, tag) => {
    if (word === "said" && tag !== "VBG") return "say";
    if (tag === "VBN" && word.endsWith("ised")) return word.slice(0, -1);
    if (tag === "VBN" && word.endsWith("ed")) return word.slice(0, -2);
    return word;
  },
};

const facts = (overrides: Partial<EventFacts>): EventFacts => ({ name: "", eventType: "Other", date: null, agents: [], objects: [], places: [], topics: [], ...overrides });

describe("event headlines", () => {
  it("says who did what to whom, over what", () => {
    const headline = eventHeadline(
      facts({ name: "Tony Blair: criticised", eventType: "Statement", agents: [{ name: "Tony Blair", kind: "Person" }], objects: [{ name: "Michael Howard", kind: "Person" }], topics: ["asylum"] }),
      verbs,
    );
    expect(headline).toBe("Blair criticises Howard over asylum");
  });

  it("names an attack by its noun, its victims, place and day", () => {
    const headline = eventHeadline(facts({ name: "attack", eventType: "Attack", objects: [{ name: "Hazaras", kind: "Group" }], places: ["Mach"], date: "2021-01-03" }), verbs);
    expect(headline).toBe("Attack on Hazaras in Mach, 3 Jan 2021");
  });

  it("turns a bare report of speech into '<who> on <topic>'", () => {
    expect(eventHeadline(facts({ name: "Jack Straw: said", eventType: "Statement", agents: [{ name: "Jack Straw", kind: "Person" }], topics: ["Iraq"] }), verbs)).toBe("Straw on Iraq");
  });

  it("puts the verb in the present for one doer and leaves it plain for several", () => {
    expect(presentTense("criticise", false)).toBe("criticises");
    expect(presentTense("try", false)).toBe("tries");
    expect(presentTense("catch", false)).toBe("catches");
    expect(presentTense("meet", true)).toBe("meet");
  });
});

describe("findMention", () => {
  it("prefers the surface form as long as the recorded mention, then the longest, case-sensitive first", () => {
    expect(findMention("Mr Blair met Tony Blair.", ["Tony Blair", "Mr Blair"], 8)).toEqual([0, 8]);
    expect(findMention("Mr Blair met Tony Blair.", ["Tony Blair", "Mr Blair"])).toEqual([13, 23]);
    expect(findMention("the un said", ["UN"])).toEqual([4, 6]);
    expect(findMention("nothing here", ["UN"])).toBeNull();
  });
});

describe("buildViewerData", () => {
  const evidence = (sentence: string, start: number, end: number) => [{ article: "a1", sentence, start, end }];
  const sentence = "Guterres condemned the attack.";
  const graph: SerializedNewsGraph = {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: [
      { key: "Person:guterres", attributes: { kind: "Person", name: "Antonio Guterres", aliases: ["Guterres"], mentions: 1, confidence: 1, evidence: evidence(sentence, 100, 108) } },
      { key: "Event:a1#1", attributes: { kind: "Event", name: "Antonio Guterres: condemned", aliases: ["condemned"], mentions: 1, confidence: 1, eventType: "Statement", date: null, evidence: evidence(sentence, 109, 118) } },
    ],
    edges: [{ key: "e", source: "Person:guterres", target: "Event:a1#1", attributes: { kind: "PARTICIPANT", role: "agent", confidence: 0.75, evidence: evidence(sentence, 100, 118) } }],
  };
  const data = buildViewerData(graph, verbs);

  it("keeps nodes without their evidence, gives events a headline, and edges as node indices", () => {
    expect(data.graph.nodes[0].attributes).not.toHaveProperty("evidence");
    expect(data.graph.nodes[1].attributes.headline).toBe("Guterres condemns");
    expect(data.graph.edges).toEqual([[0, 1, expect.any(Number), 0.75, "agent"]]);
  });

  it("stores each sentence once, with where the node is named in it", () => {
    expect(data.evidence.sentences).toEqual([sentence]);
    expect(data.evidence.nodes[0]).toHaveLength(EVIDENCE_FIELDS);
    const [, , start, end] = data.evidence.nodes[0];
    expect(sentence.slice(start, end)).toBe("Guterres");
    const [, , edgeStart, edgeEnd] = data.evidence.edges[0];
    expect(sentence.slice(edgeStart, edgeEnd)).toBe("Guterres");
  });
});

describe("viewerDataPieces", () => {
  // Issue #14: the page writes the sentence and article tables, then the runs one at a time, so the tables are whole before any run is made.
  const [first, second, third] = ["Ada met Bo in Rome.", "Bo left Rome.", "Ada stayed."];
  const said = (article: string, sentence: string, start: number, end: number) => ({ article, sentence, start, end });
  const graph: SerializedNewsGraph = {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: [
      { key: "Article:a1", attributes: { kind: "Article", name: "a1", articleId: "a1", contentHash: "h1", words: 9 } },
      { key: "Person:ada", attributes: { kind: "Person", name: "Ada", aliases: [], mentions: 2, confidence: 1, evidence: [said("a1", first, 0, 3), said("a1", first, 0, 3), said("a2", third, 0, 3)] } },
      { key: "Place:rome", attributes: { kind: "Place", name: "Rome", aliases: [], mentions: 1, confidence: 1, evidence: [said("a1", first, 14, 18)] } },
    ],
    edges: [
      { key: "m", source: "Article:a1", target: "Person:ada", attributes: { kind: "MENTIONS", count: 1, confidence: 1, evidence: [said("a3", "Only in a mention.", 0, 3)] } },
      { key: "l", source: "Person:ada", target: "Place:rome", attributes: { kind: "LOCATED_IN", confidence: 1, evidence: [said("a4", second, 8, 12), said("a5", second, 8, 12)] } },
    ],
  };

  it("has every sentence and article in its tables before any run is made, each once, in the order the runs meet them", () => {
    const pieces = viewerDataPieces(graph, verbs);
    expect(pieces.evidence.sentences).toEqual([first, third, second]);
    expect(pieces.evidence.articles).toEqual(["a1", "a2", "a4"]);
    expect([...pieces.evidence.nodes].map((run) => run.filter((_, at) => at % EVIDENCE_FIELDS < 2))).toEqual([[], [0, 0, 1, 1], [0, 0]]);
    expect([...pieces.evidence.edges].map((run) => run.filter((_, at) => at % EVIDENCE_FIELDS < 2))).toEqual([[], [2, 2]]);
  });

  it("gives the same records as buildViewerData, as often as they are asked for", () => {
    const pieces = viewerDataPieces(graph, verbs);
    const whole = buildViewerData(graph, verbs);
    expect([...pieces.graph.nodes]).toEqual(whole.graph.nodes);
    expect([...pieces.graph.nodes]).toEqual(whole.graph.nodes);
    expect([...pieces.graph.edges]).toEqual(whole.graph.edges);
  });
});

describe("pickLabels", () => {
  const options = { budget: 3, bounds: { left: 0, top: 0, right: 400, bottom: 300 }, fontSize: 12, margin: 2, measure: (text: string) => text.length * 7 };
  const at = (key: string, x: number, y: number): LabelCandidate => ({ key, x, y, size: 4, text: key, side: "right" });

  it("takes candidates in order while their boxes stay apart, up to the budget", () => {
    const picked = pickLabels([at("first", 10, 10), at("overlaps first", 20, 12), at("second", 10, 100), at("third", 10, 200), at("fourth", 200, 200)], options);
    expect([...picked]).toEqual(["first", "second", "third"]);
  });

  it("leaves out labels that would run out of the free area", () => {
    expect([...pickLabels([at("far right label", 390, 10), at("off", -5, 10), at("too high", 10, 2)], options)]).toEqual([]);
  });

  it("places a left-side label to the left of its disc", () => {
    const box = labelBox(100, 50, 4, 30, 12, "left");
    expect(box.right).toBeLessThan(100);
    expect(boxesOverlap(box, labelBox(100, 50, 4, 30, 12, "right"))).toBe(false);
  });
});

describe("ego view", () => {
  const edges: [string, string][] = [["hub", "a"], ["hub", "b"], ["hub", "c"], ["a", "x"], ["b", "x"], ["c", "y"]];
  const source = {
    neighbours: (key: string) => edges.flatMap(([from, to]) => (from === key ? [to] : to === key ? [from] : [])),
    group: (key: string) => (key === "c" ? "Place" : "Person"),
    importance: (key: string) => ({ a: 3, b: 2, c: 1, x: 1, y: 1 })[key] ?? 0,
  };

  it("takes the first hop by importance, up to the cap", () => {
    expect(egoMembers(source, "hub", 1, 2).map((member) => member.key)).toEqual(["a", "b"]);
  });

  it("adds the second hop, a node reached twice first", () => {
    const members = egoMembers(source, "hub", 2, 10);
    expect(members.filter((member) => member.hop === 2).map((member) => member.key)).toEqual(["x", "y"]);
  });

  it("places every member apart, the first hop nearer the centre than the second", () => {
    const members: EgoMember[] = Array.from({ length: 60 }, (_, index) => ({ key: `n${index}`, hop: index < 40 ? 1 : 2, group: index % 3 === 0 ? "Place" : "Person", weight: 60 - index }));
    const positions = egoLayout(members);
    expect(positions.size).toBe(60);
    const points = [...positions.values()];
    const closest = Math.min(...points.flatMap((a, i) => points.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y))));
    expect(closest).toBeGreaterThan(0.5);
    const radius = (key: string) => Math.hypot(positions.get(key)!.x, positions.get(key)!.y);
    const farthestFirst = Math.max(...members.filter((m) => m.hop === 1).map((m) => radius(m.key)));
    const nearestSecond = Math.min(...members.filter((m) => m.hop === 2).map((m) => radius(m.key)));
    expect(nearestSecond).toBeGreaterThan(farthestFirst);
  });
});
