// The viewer page for the seed graph, in headless chromium: what sigma draws, search,
// the side panel, the legend's kind toggle, and that article text never becomes markup.
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SerializedNewsGraph } from "../../src/graph/index.js";
import { VIEWER_SETTINGS } from "../../viz/settings.js";
import { launchChromium } from "./browser.js";
import { generateGraph } from "./generate-graph.js";

const ROOT = join(import.meta.dirname, "..", "..");
const XSS_NAME = "<img src=x onerror=alert(1)>";

let browser: Browser;
let workDir: string;
let seedPage: string;
let seedGraph: SerializedNewsGraph;

/** The compiled modules: the page is rendered exactly as the CLI renders it, bundle included. */
async function compiledRenderer(): Promise<(graph: SerializedNewsGraph) => string> {
  const module = join(ROOT, "dist", "src", "io", "viewer-page.js");
  if (!existsSync(module)) throw new Error("dist/ is missing: run npm run build before the viewer tests");
  return (await import(pathToFileURL(module).href)).renderViewerPage;
}

async function compiledChunks(): Promise<(graph: SerializedNewsGraph) => Iterable<string>> {
  return (await import(pathToFileURL(join(ROOT, "dist", "src", "io", "viewer-page.js")).href)).viewerPageChunks;
}

async function compiledLayout(): Promise<(graph: unknown) => void> {
  return (await import(pathToFileURL(join(ROOT, "dist", "src", "graph", "layout.js")).href)).layoutGraph;
}

/** Writes the page for a graph (laid out first when a node has no position) and returns its path. */
async function writePage(graph: SerializedNewsGraph, name: string): Promise<string> {
  let placed = graph;
  if (!graph.nodes.every((node) => Number.isFinite(node.attributes?.x))) {
    const { MultiDirectedGraph } = await import("graphology");
    const instance = new MultiDirectedGraph({ allowSelfLoops: false });
    instance.import(graph);
    (await compiledLayout())(instance);
    placed = instance.export() as SerializedNewsGraph;
  }
  const path = join(workDir, name);
  writeFileSync(path, (await compiledRenderer())(placed));
  return path;
}

interface OpenedPage {
  page: Page;
  consoleErrors: string[];
  dialogs: string[];
}

/** Records every label sigma writes on its labels canvas: text, position and font, as drawn. */
function recordLabels(): void {
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  const drawn: { text: string; x: number; y: number; font: string }[] = [];
  (window as unknown as { drawnLabels: typeof drawn }).drawnLabels = drawn;
  CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
    if (this.canvas.classList.contains("sigma-labels")) drawn.push({ text, x, y, font: this.font });
    return fillText.call(this, text, x, y, maxWidth);
  };
}

async function openPage(path: string, viewport = { width: 1280, height: 800 }): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport });
  await page.addInitScript(recordLabels);
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(pathToFileURL(path).href);
  await page.waitForFunction(() => window.newsgraphViewer !== undefined);
  await page.evaluate(() => window.newsgraphViewer!.ready);
  return { page, consoleErrors, dialogs };
}

/** The boxes of the labels a full redraw writes, from the glyphs' measured extents. */
async function drawnLabelBoxes(page: Page): Promise<{ text: string; left: number; top: number; right: number; bottom: number }[]> {
  return page.evaluate(() => {
    const drawn = (window as unknown as { drawnLabels: { text: string; x: number; y: number; font: string }[] }).drawnLabels;
    drawn.length = 0;
    window.newsgraphViewer!.sigma.refresh();
    const context = document.createElement("canvas").getContext("2d")!;
    return drawn.map(({ text, x, y, font }) => {
      context.font = font;
      const metrics = context.measureText(text);
      return { text, left: x - metrics.actualBoundingBoxLeft, top: y - metrics.actualBoundingBoxAscent, right: x + metrics.actualBoundingBoxRight, bottom: y + metrics.actualBoundingBoxDescent };
    });
  });
}

/** Pairs of label boxes that overlap. */
function overlappingPairs(boxes: Awaited<ReturnType<typeof drawnLabelBoxes>>): string[] {
  const pairs: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs.push(`${a.text} / ${b.text}`);
    }),
  );
  return pairs;
}

async function searchAndChoose(page: Page, query: string): Promise<void> {
  await page.locator("input[type=search]").fill(query);
  await page.locator("[role=option]").first().click();
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "newsgraph-viewer-"));
  execFileSync(process.execPath, [join(ROOT, "bin", "newsgraph.js"), "build", join(ROOT, "seeds"), "--out", workDir, "--no-neo4j"], { stdio: "pipe" });
  seedGraph = JSON.parse(readFileSync(join(workDir, "graph.json"), "utf8"));
  // The page under test is the one `newsgraph build` writes.
  seedPage = join(workDir, "index.html");
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe("viewer page for the seed graph", () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(seedPage);
  });

  it("is written in pieces, one per node, edge and sentence, none holding the graph, that make the page the build wrote", async () => {
    const pieces = [...(await compiledChunks())(seedGraph)];
    expect(pieces.join("")).toBe(readFileSync(seedPage, "utf8"));
    // Data pieces are script-safe JSON, with no "<"; the page's markup and bundle are the others.
    const data = pieces.filter((piece) => !piece.includes("<"));
    expect(data.length).toBeGreaterThan(2 * (seedGraph.nodes.length + seedGraph.edges.length));
    const whole = data.reduce((sum, piece) => sum + piece.length, 0);
    expect(Math.max(...data.map((piece) => piece.length))).toBeLessThan(whole / 10);
  });

  it("draws every node but the articles (hidden at first), and leaves a screenshot of the overview", async () => {
    mkdirSync(join(ROOT, "test-output"), { recursive: true });
    await opened.page.screenshot({ path: join(ROOT, "test-output", "viewer-seed.png") });
    const drawn = await opened.page.evaluate(() => {
      const { sigma, graph } = window.newsgraphViewer!;
      return { graphOrder: graph.order, displayed: graph.filterNodes((node) => sigma.getNodeDisplayData(node) !== undefined).sort() };
    });
    expect(drawn.graphOrder).toBe(seedGraph.nodes.length);
    expect(drawn.displayed).toEqual(seedGraph.nodes.filter((node) => node.attributes?.kind !== "Article").map((node) => node.key).sort());
  });

  it("dims all but the hovered node and its neighbours, and says an edge's relation and role in words on hover", async () => {
    const { page } = opened;
    const guterres = seedGraph.nodes.find((node) => node.attributes?.name === "Antonio Guterres")!.key;
    const pointAt = (node: string) =>
      page.evaluate((key) => {
        const { sigma } = window.newsgraphViewer!;
        const box = sigma.getContainer().getBoundingClientRect();
        const point = sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!);
        return { x: box.left + point.x, y: box.top + point.y };
      }, node);
    const colours = () =>
      page.evaluate((key) => {
        const { sigma, graph } = window.newsgraphViewer!;
        const drawn = graph.filterNodes((node) => sigma.getNodeDisplayData(node) !== undefined);
        const neighbours = new Set(graph.neighbors(key).filter((node) => drawn.includes(node)));
        const colourOf = (node: string) => sigma.getNodeDisplayData(node)!.color;
        return {
          hovered: colourOf(key),
          neighbours: [...neighbours].map(colourOf),
          others: drawn.filter((node) => node !== key && !neighbours.has(node)).map(colourOf),
        };
      }, guterres);
    const before = await colours();
    const { x, y } = await pointAt(guterres);
    await page.mouse.move(x, y);
    await expect.poll(async () => (await colours()).others.every((colour) => !before.others.includes(colour))).toBe(true);
    const during = await colours();
    expect(during.hovered).toBe(before.hovered);
    expect(during.neighbours).toEqual(before.neighbours);

    // The AFFILIATED_WITH edge to the United Nations: hover its midpoint.
    const unitedNations = seedGraph.edges.find((edge) => edge.source === guterres && edge.attributes?.kind === "AFFILIATED_WITH")!.target;
    const [from, to] = [await pointAt(guterres), await pointAt(unitedNations)];
    const tooltip = page.locator("[role=tooltip]");
    // Edges are a pixel or two wide: sweep across the line near its middle until sigma picks it.
    for (const offset of [0, 1, -1, 2, -2]) {
      await page.mouse.move((from.x + to.x) / 2 + offset, (from.y + to.y) / 2);
      if (await tooltip.isVisible()) break;
    }
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toMatch(/affiliated with, as Secretary-General[\s\S]*Antonio Guterres → United Nations/);
    await page.mouse.move(1, 799);
    await expect.poll(async () => (await colours()).others).toEqual(before.others);
  });

  it("finds Guterres by search, selects him and shows his post and organisation", async () => {
    const { page } = opened;
    await searchAndChoose(page, "Guterres");
    const panel = page.locator("#panel");
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect.poll(() => panel.innerText()).toContain("Secretary-General");
    expect(await panel.innerText()).toContain("United Nations");
    const selected = await page.evaluate(() => {
      const { sigma, graph } = window.newsgraphViewer!;
      return graph.nodes().filter((node) => sigma.getNodeDisplayData(node)?.highlighted).map((node) => graph.getNodeAttribute(node, "name"));
    });
    expect(selected.join(" ")).toMatch(/Guterres/);
    await page.keyboard.press("Escape");
    await expect.poll(() => panel.isVisible()).toBe(false);
  });

  it("finds a name typed with an accent it lacks, words in another order", async () => {
    await opened.page.locator("input[type=search]").fill("gutérres antonio");
    await expect.poll(() => opened.page.locator("[role=option]").first().innerText()).toContain("Antonio Guterres");
    await opened.page.locator("input[type=search]").fill("");
  });

  it("finds an organisation by its initials, above the events that name it", async () => {
    await opened.page.locator("input[type=search]").fill("UN");
    // The suggestion says which form matched: the initials.
    await expect.poll(() => opened.page.locator("[role=option]").first().innerText()).toMatch(/^United Nations\s+“UN”/);
    await opened.page.locator("input[type=search]").fill("");
  });

  it("hides places when Place is switched off in the legend, and shows them again", async () => {
    const { page } = opened;
    const hiddenPlaces = () =>
      page.evaluate(() => {
        const { sigma, graph } = window.newsgraphViewer!;
        const places = graph.filterNodes((_, attributes) => attributes.kind === "Place");
        return { places: places.length, hidden: places.filter((node) => sigma.getNodeDisplayData(node) === undefined).length };
      });
    const before = await hiddenPlaces();
    expect(before.places).toBeGreaterThan(0);
    expect(before.hidden).toBe(0);
    await page.locator("[data-kind=Place]").click();
    expect(await hiddenPlaces()).toEqual({ places: before.places, hidden: before.places });
    await page.locator("[data-kind=Place]").click();
    expect((await hiddenPlaces()).hidden).toBe(0);
  });

  it("selects a neighbour from the panel's relations", async () => {
    const { page } = opened;
    await searchAndChoose(page, "Guterres");
    const panel = page.locator("#panel");
    await panel.getByRole("button").filter({ has: page.getByText("United Nations", { exact: true }) }).first().click();
    await expect.poll(() => panel.locator("h2").innerText()).toBe("United Nations");
    await page.keyboard.press("Escape");
  });

  it("hides relations below the confidence threshold until asked, and events in the entities-only view", async () => {
    // The switch is tested on the seed graph with one relation made weak, whatever confidences today's extraction gives.
    const graph: SerializedNewsGraph = structuredClone(seedGraph);
    graph.edges.find((edge) => edge.attributes!.kind !== "MENTIONS")!.attributes!.confidence = 0.3;
    const { page } = await openPage(await writePage(graph, "weak-relation.html"));
    const drawn = () =>
      page.evaluate(() => {
        const { sigma, graph } = window.newsgraphViewer!;
        return {
          edges: sigma.getGraph().size,
          lowConfidence: sigma.getGraph().filterEdges((_, attributes) => attributes.confidence < 0.5).length,
          events: graph.filterNodes((node, attributes) => attributes.kind === "Event" && sigma.getNodeDisplayData(node) !== undefined).length,
        };
      });
    const before = await drawn();
    expect(before.lowConfidence).toBe(0);
    await page.locator("[data-low-confidence]").check();
    const withLow = await drawn();
    expect(withLow.lowConfidence).toBe(graph.edges.filter((edge) => edge.attributes!.confidence < 0.5 && edge.attributes!.kind !== "MENTIONS").length);
    expect(withLow.lowConfidence).toBeGreaterThan(0);
    await page.locator("[data-low-confidence]").uncheck();
    expect(before.events).toBeGreaterThan(0);
    await page.locator("[data-entities-only]").check();
    expect((await drawn()).events).toBe(0);
    await page.locator("[data-entities-only]").uncheck();
    expect(await drawn()).toEqual(before);
  });

  it("shows an article chosen from a panel with what it mentions, though articles are hidden", async () => {
    const { page } = opened;
    await searchAndChoose(page, "Guterres");
    const article = seedGraph.nodes.find((node) => node.attributes?.kind === "Article")!;
    await page.locator("#panel").getByRole("button", { name: article.attributes!.name }).click();
    await expect.poll(() => page.locator("#panel h2").innerText()).toBe(article.attributes!.name);
    const drawn = await page.evaluate((key) => {
      const { sigma, graph } = window.newsgraphViewer!;
      return { article: sigma.getNodeDisplayData(key) !== undefined, mentioned: graph.outNeighbors(key).filter((node) => sigma.getNodeDisplayData(node) !== undefined).length };
    }, article.key);
    expect(drawn.article).toBe(true);
    expect(drawn.mentioned).toBeGreaterThan(5);
    await page.keyboard.press("Escape");
  });

  it("shows only the events of the chosen date range", async () => {
    const { page } = opened;
    const dated = seedGraph.nodes.filter((node) => node.attributes?.kind === "Event" && node.attributes.date);
    expect(dated.length).toBeGreaterThan(0);
    const day = dated[0].attributes!.date!;
    const visibleEvents = () =>
      page.evaluate(() => {
        const { sigma, graph } = window.newsgraphViewer!;
        return graph.filterNodes((node, attributes) => attributes.kind === "Event" && sigma.getNodeDisplayData(node) !== undefined).sort();
      });
    await page.locator("[data-range=from]").fill(day);
    await page.locator("[data-range=to]").fill(day);
    const expected = seedGraph.nodes.filter((node) => node.attributes?.kind === "Event" && node.attributes.date === day).map((node) => node.key).sort();
    await expect.poll(visibleEvents).toEqual(expected);
    await page.locator("[data-range=from]").fill("");
    await page.locator("[data-range=to]").fill("");
    await expect.poll(async () => (await visibleEvents()).length).toBe(seedGraph.nodes.filter((node) => node.attributes?.kind === "Event").length);
  });

  it("focuses the search on `/` from anywhere but a text field, and Escape closes the panel", async () => {
    const { page } = opened;
    await page.locator("[data-kind=Person]").click();
    await page.locator("[data-kind=Person]").click();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe("search");
    await searchAndChoose(page, "Guterres");
    await expect.poll(() => page.locator("#panel").isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#panel").isVisible()).toBe(false);
  });

  it("runs ForceAtlas2 live in a web worker and stops it", async () => {
    const { page } = opened;
    const positions = () => page.evaluate(() => window.newsgraphViewer!.sigma.getGraph().mapNodes((_, attributes) => [attributes.x, attributes.y]));
    const before = await positions();
    const button = page.getByRole("button", { name: "Run layout" });
    await button.click();
    await expect.poll(positions).not.toEqual(before);
    await page.getByRole("button", { name: "Stop layout" }).click();
    const stopped = await positions();
    await page.waitForTimeout(300);
    expect(await positions()).toEqual(stopped);
  });

  it("logs no console errors", () => {
    expect(opened.consoleErrors).toEqual([]);
  });
});

describe("viewer page for a 20,000-node graph", () => {
  let opened: OpenedPage;
  let graph: SerializedNewsGraph;
  /** The busiest person: a hub in hundreds of events. */
  let hub: { key: string; name: string; timeline: number };
  beforeAll(async () => {
    graph = generateGraph(20_000).export() as SerializedNewsGraph;
    const kindOf = new Map(graph.nodes.map((node) => [node.key, node.attributes!.kind]));
    const timeline = new Map<string, number>();
    for (const { source, target, attributes } of graph.edges) {
      if (attributes?.kind === "PARTICIPANT") timeline.set(source, (timeline.get(source) ?? 0) + 1);
      if (attributes?.kind === "ABOUT" && kindOf.get(target) === "Person") timeline.set(target, (timeline.get(target) ?? 0) + 1);
    }
    const [key, count] = [...timeline].filter(([node]) => kindOf.get(node) === "Person").sort((a, b) => b[1] - a[1])[0];
    hub = { key, name: graph.nodes.find((node) => node.key === key)!.attributes!.name, timeline: count };
    opened = await openPage(await writePage(graph, "generated-20k.html"));
  });
  afterAll(() => opened?.page.close());

  it("labels the overview with at most the set number of labels, none overlapping", async () => {
    const boxes = await drawnLabelBoxes(opened.page);
    expect(boxes.length).toBeGreaterThan(10);
    expect(boxes.length).toBeLessThanOrEqual(VIEWER_SETTINGS.overviewLabels);
    expect(overlappingPairs(boxes)).toEqual([]);
  });

  it("finds the hub from a misspelt name in the wrong order and selects it", async () => {
    const [first, last] = hub.name.split(" ");
    // One letter dropped from the surname, and the words swapped.
    const typo = `${last.slice(0, 2)}${last.slice(3)} ${first}`;
    expect(typo.toLowerCase()).not.toContain(last.toLowerCase());
    await opened.page.locator("input[type=search]").fill(typo);
    await expect.poll(() => opened.page.locator("[role=option]").first().innerText()).toContain(hub.name);
    await opened.page.keyboard.press("Enter");
    await expect.poll(() => opened.page.evaluate(() => window.newsgraphViewer!.state.selectedNode)).toBe(hub.key);
    expect(await opened.page.locator("#panel h2").innerText()).toBe(hub.name);
  });

  it("shows the hub's neighbourhood alone, with at most the set number of labels, none overlapping", async () => {
    const { page } = opened;
    const view = await page.evaluate(() => {
      const { sigma, graph, state } = window.newsgraphViewer!;
      const focus = state.selectedNode!;
      const drawn = graph.filterNodes((node) => sigma.getNodeDisplayData(node) !== undefined);
      return { drawn: drawn.length, strangers: drawn.filter((node) => node !== focus && !graph.areNeighbors(node, focus)).length, neighbours: graph.neighbors(focus).length };
    });
    expect(view.drawn).toBeGreaterThan(20);
    expect(view.drawn).toBeLessThanOrEqual(VIEWER_SETTINGS.egoMaxNodes + 1);
    expect(view.strangers).toBe(0);
    // A neighbourhood's edges are drawn with arrowheads.
    expect(await page.evaluate(() => [...new Set(window.newsgraphViewer!.sigma.getGraph().mapEdges((edge) => window.newsgraphViewer!.sigma.getEdgeDisplayData(edge)!.type))])).toEqual(["arrow"]);
    const boxes = await drawnLabelBoxes(page);
    expect(boxes.length).toBeGreaterThan(10);
    expect(boxes.length).toBeLessThanOrEqual(VIEWER_SETTINGS.egoLabels);
    expect(overlappingPairs(boxes)).toEqual([]);
    // Every label is inside the view.
    const { width, height } = await page.evaluate(() => window.newsgraphViewer!.sigma.getDimensions());
    expect(boxes.filter((box) => box.left < 0 || box.top < 0 || box.right > width || box.bottom > height)).toEqual([]);
    mkdirSync(join(ROOT, "test-output"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "test-output", "viewer-20k-ego.png") });
  });

  it("lists the hub's events in the panel by type, each type in date order, with the hub marked in each sentence", async () => {
    const panel = opened.page.locator("#panel");
    const groups = await panel.locator(".timeline-type").evaluateAll((folds) =>
      folds.map((fold) => ({ type: fold.getAttribute("data-event-type"), count: Number(fold.querySelector("summary .count")!.textContent) })),
    );
    expect(groups.length).toBeGreaterThan(3);
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(hub.timeline);
    const firstGroup = panel.locator(".timeline-type").first();
    const items = firstGroup.locator(".timeline-item");
    expect(await items.count()).toBe(Math.min(groups[0].count, VIEWER_SETTINGS.timelineItemsPerType));
    const dates = (await items.locator(".timeline-when").allInnerTexts()).map((text) => text.split("\n")[0]);
    const days = dates.filter((date) => date !== "date unknown").map((date) => Date.parse(date));
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(await items.first().locator("blockquote mark").innerText()).toBe(hub.name);
  });

  it("goes back to the whole graph", async () => {
    const { page } = opened;
    await page.getByRole("button", { name: "← Whole graph" }).click();
    const { drawn, minMentions } = await page.evaluate(() => {
      const { sigma, graph, state } = window.newsgraphViewer!;
      return { drawn: graph.filterNodes((node) => sigma.getNodeDisplayData(node) !== undefined).sort(), minMentions: state.minMentions };
    });
    // The whole graph opens on the most mentioned nodes, a few thousand.
    const expected = graph.nodes.filter((node) => node.attributes?.kind !== "Article" && node.attributes!.mentions! >= minMentions);
    expect(expected.length).toBeLessThanOrEqual(VIEWER_SETTINGS.overviewNodes);
    expect(expected.length).toBeGreaterThan(VIEWER_SETTINGS.overviewNodes / 3);
    expect(drawn).toEqual(expected.map((node) => node.key).sort());
    expect(opened.consoleErrors).toEqual([]);
  });

  it("chooses the labels again when the live layout has moved the nodes", async () => {
    const { page } = opened;
    await page.getByRole("button", { name: "Run layout" }).click();
    await page.waitForTimeout(1500);
    await page.getByRole("button", { name: "Stop layout" }).click();
    const boxes = await drawnLabelBoxes(page);
    expect(boxes.length).toBeGreaterThan(10);
    expect(overlappingPairs(boxes)).toEqual([]);
  });
});

describe("viewer page on a narrow screen", () => {
  it("fits the width, and the panel opens within it", async () => {
    const { page, consoleErrors } = await openPage(seedPage, { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await searchAndChoose(page, "Guterres");
    const panel = await page.locator("#panel").boundingBox();
    expect(panel).not.toBeNull();
    expect(panel!.x).toBeGreaterThanOrEqual(0);
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(390);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe("viewer page with hostile article text", () => {
  it("shows an entity named like an HTML tag as text and runs nothing", async () => {
    const graph: SerializedNewsGraph = structuredClone(seedGraph);
    const article = graph.nodes.find((node) => node.attributes?.kind === "Article")!;
    const articleId = article.attributes!.articleId!;
    const evidence = [{ article: articleId, sentence: `Police said ${XSS_NAME} was arrested.`, start: 12, end: 12 + XSS_NAME.length }];
    graph.nodes.push({ key: "Person:xss", attributes: { kind: "Person", name: XSS_NAME, aliases: [`<script>alert(2)</script>`], mentions: 1, confidence: 1, evidence } });
    graph.edges.push({ key: `MENTIONS|${article.key}|Person:xss|`, source: article.key, target: "Person:xss", attributes: { kind: "MENTIONS", count: 1, confidence: 1, evidence } });

    const { page, dialogs, consoleErrors } = await openPage(await writePage(graph, "xss.html"));
    await page.locator("input[type=search]").fill("<img");
    const suggestion = page.locator("[role=option]").first();
    expect(await suggestion.innerText()).toContain(XSS_NAME);
    await suggestion.click();
    const panel = page.locator("#panel");
    await expect.poll(() => panel.innerText()).toContain(XSS_NAME);
    expect(await panel.innerText()).toContain(`Police said ${XSS_NAME} was arrested.`);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll("script:not([id])").length)).toBe(1);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe("newsgraph view", () => {
  it("serves the page on 127.0.0.1 and prints its address", async () => {
    const server = spawn(process.execPath, [join(ROOT, "bin", "newsgraph.js"), "view", join(workDir, "graph.json"), "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      let output = "";
      server.stdout.setEncoding("utf8");
      while (!/http:\/\/127\.0\.0\.1:\d+\//.test(output)) {
        const [chunk] = (await Promise.race([once(server.stdout, "data"), once(server, "exit")])) as [string];
        if (server.exitCode !== null) throw new Error(`view exited with ${server.exitCode}`);
        output += chunk;
      }
      const url = output.match(/http:\/\/127\.0\.0\.1:\d+\//)![0];
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toMatch(/text\/html/);
      expect(await page.text()).toContain('<script id="newsgraph-data" type="application/json">');
      expect((await fetch(new URL("elsewhere", url))).status).toBe(404);
    } finally {
      server.kill();
    }
  });
});
