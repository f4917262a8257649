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
import { launchChromium } from "./browser.js";

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

async function openPage(path: string, viewport = { width: 1280, height: 800 }): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport });
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

  it("draws every node of the graph, and leaves a screenshot of the overview", async () => {
    mkdirSync(join(ROOT, "test-output"), { recursive: true });
    await opened.page.screenshot({ path: join(ROOT, "test-output", "viewer-seed.png") });
    const drawn = await opened.page.evaluate(() => {
      const { sigma, graph } = window.newsgraphViewer!;
      return { graphOrder: graph.order, displayed: graph.nodes().filter((node) => sigma.getNodeDisplayData(node) !== undefined).length };
    });
    expect(drawn.graphOrder).toBe(seedGraph.nodes.length);
    expect(drawn.displayed).toBe(seedGraph.nodes.length);
  });

  it("dims all but the hovered node and its neighbours, and shows an edge's type and role on hover", async () => {
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
        const neighbours = new Set(graph.neighbors(key));
        const colourOf = (node: string) => sigma.getNodeDisplayData(node)!.color;
        return {
          hovered: colourOf(key),
          neighbours: [...neighbours].map(colourOf),
          others: graph.filterNodes((node) => node !== key && !neighbours.has(node)).map(colourOf),
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
    expect(await tooltip.innerText()).toMatch(/AFFILIATED_WITH[\s\S]*Secretary-General/);
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

  it("hides places when Place is switched off in the legend, and shows them again", async () => {
    const { page } = opened;
    const hiddenPlaces = () =>
      page.evaluate(() => {
        const { sigma, graph } = window.newsgraphViewer!;
        const places = graph.filterNodes((_, attributes) => attributes.kind === "Place");
        return { places: places.length, hidden: places.filter((node) => sigma.getNodeDisplayData(node)?.hidden).length };
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

  it("shows only the events of the chosen date range", async () => {
    const { page } = opened;
    const dated = seedGraph.nodes.filter((node) => node.attributes?.kind === "Event" && node.attributes.date);
    expect(dated.length).toBeGreaterThan(0);
    const day = dated[0].attributes!.date!;
    const visibleEvents = () =>
      page.evaluate(() => {
        const { sigma, graph } = window.newsgraphViewer!;
        return graph.filterNodes((node, attributes) => attributes.kind === "Event" && !sigma.getNodeDisplayData(node)!.hidden).sort();
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
    const positions = () => page.evaluate(() => window.newsgraphViewer!.graph.mapNodes((_, attributes) => [attributes.x, attributes.y]));
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
