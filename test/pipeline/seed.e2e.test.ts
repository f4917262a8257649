// End to end on the seed article, through the CLI as a user runs it.
import { execFileSync, spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import type { SerializedNewsGraph } from "../../src/index.js";
import { validateNode, validateEdge } from "../../graph-schema/index.js";

const CLI = ["bin/newsgraph.js"];

describe("newsgraph extract on the seed article", () => {
  let graph: SerializedNewsGraph;
  const node = (kind: string, name: string) => graph.nodes.find((n) => n.attributes?.kind === kind && n.attributes.name === name);
  const edges = (kind: string, source?: string, target?: string) =>
    graph.edges.filter((e) => e.attributes?.kind === kind && (!source || e.source === source) && (!target || e.target === target));

  beforeAll(() => {
    graph = JSON.parse(execFileSync("node", [...CLI, "extract", "seeds/hazara-miners-2021.txt", "--format", "graphology"], { encoding: "utf8" }));
  });

  it("finds Guterres as Secretary-General of the United Nations", () => {
    const guterres = node("Person", "Antonio Guterres")!;
    const un = node("Organization", "United Nations")!;
    expect(guterres.attributes!.aliases).toContain("Guterres");
    expect(edges("AFFILIATED_WITH", guterres.key, un.key).map((e) => e.attributes!.role)).toEqual(["Secretary-General"]);
  });

  it("finds the attack, dated 2021-01-03 from 'on Sunday', in Mach, which is in Balochistan", () => {
    const attacks = graph.nodes.filter((n) => n.attributes?.kind === "Event" && n.attributes.eventType === "Attack");
    expect(attacks).toHaveLength(1);
    const attack = attacks[0];
    expect(attack.attributes!.date).toBe("2021-01-03");
    const mach = node("Place", "Mach")!;
    const balochistan = node("Place", "Balochistan")!;
    expect(edges("OCCURRED_IN", attack.key, mach.key)).toHaveLength(1);
    expect(edges("LOCATED_IN", mach.key, balochistan.key)).toHaveLength(1);
    expect(edges("LOCATED_IN", balochistan.key, node("Place", "Pakistan")!.key)).toHaveLength(1);
  });

  it("makes Islamic State the agent of the attack, with ISIS an alias and not a second node", () => {
    const islamicState = node("Organization", "Islamic State")!;
    expect(islamicState.attributes!.aliases).toContain("ISIS");
    expect(graph.nodes.filter((n) => n.attributes?.kind !== "Event" && /isis|islamic state/i.test(n.attributes?.name ?? ""))).toHaveLength(1);
    const attack = graph.nodes.find((n) => n.attributes?.eventType === "Attack")!;
    expect(edges("PARTICIPANT", islamicState.key, attack.key).map((e) => e.attributes!.role)).toContain("agent");
  });

  it("merges Pakistani into Pakistan and keeps the teasers and the agency credit out", () => {
    expect(node("Place", "Pakistan")!.attributes!.aliases).toContain("Pakistani");
    const names = graph.nodes.map((n) => n.attributes?.name);
    expect(names).not.toContain("ANI");
    expect(names).not.toContain("Supreme Court");
    expect(names).not.toContain("FATA");
  });

  it("records the Guterres statement about the attack, dated Monday 2021-01-04", () => {
    const guterres = node("Person", "Antonio Guterres")!;
    const statement = edges("PARTICIPANT", guterres.key).map((e) => graph.nodes.find((n) => n.key === e.target)!)[0];
    expect(statement.attributes).toMatchObject({ kind: "Event", eventType: "Statement", date: "2021-01-04" });
    const attack = graph.nodes.find((n) => n.attributes?.eventType === "Attack")!;
    expect(edges("ABOUT", statement.key, attack.key)).toHaveLength(1);
  });

  it("keeps evidence on every node and edge, and the whole graph is valid under the schema", () => {
    const kinds = new Map(graph.nodes.map((n) => [n.key, n.attributes!.kind]));
    for (const n of graph.nodes) expect(validateNode(n.key, n.attributes!)).toEqual([]);
    for (const e of graph.edges) {
      expect(validateEdge({ key: e.source, kind: kinds.get(e.source) }, { key: e.target, kind: kinds.get(e.target) }, e.attributes!)).toEqual([]);
      expect(e.attributes!.evidence.length).toBeGreaterThan(0);
    }
    const guterres = node("Person", "Antonio Guterres")!;
    expect(guterres.attributes!.evidence![0].sentence).toContain("Guterres");
    const article = graph.nodes.find((n) => n.attributes?.kind === "Article")!;
    expect(edges("MENTIONS", article.key, guterres.key)).toHaveLength(1);
  });

  it("never uses sigma's reserved `type` attribute", () => {
    expect(graph.nodes.some((n) => "type" in (n.attributes ?? {}))).toBe(false);
    expect(graph.edges.some((e) => "type" in (e.attributes ?? {}))).toBe(false);
  });

  it("filters by --min-confidence", () => {
    const strict: SerializedNewsGraph = JSON.parse(
      execFileSync("node", [...CLI, "extract", "seeds/hazara-miners-2021.txt", "--min-confidence", "0.9"], { encoding: "utf8" }),
    );
    expect(strict.edges.length).toBeLessThan(graph.edges.length);
    expect(strict.edges.every((e) => e.attributes!.confidence >= 0.9)).toBe(true);
  });
});

describe("newsgraph CLI on bad input", () => {
  it("names each bad file, still writes the good ones, and exits 1", () => {
    const result = spawnSync("node", [...CLI, "extract", "-", "--format", "summary"], { input: Buffer.from([0, 1, 2]), encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual(["newsgraph: stdin: binary file (contains NUL bytes), not a text article", "newsgraph: no article could be processed; nothing written"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it("exits 2 with usage on an unknown format", () => {
    const result = spawnSync("node", [...CLI, "extract", "seeds/hazara-miners-2021.txt", "--format", "pdf"], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are graphology, graphml, gexf, summary/);
  });

  it("has --help on every command", () => {
    for (const command of ["extract", "build"]) {
      const result = spawnSync("node", [...CLI, command, "--help"], { encoding: "utf8" });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`Usage: newsgraph ${command}`));
    }
  });
});
