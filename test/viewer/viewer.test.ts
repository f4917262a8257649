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

/** Writes the page for a graph (laid out first when it has no positions) and returns its path. */
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

async function openPage(path: string): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
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
  await page.keyboard.press("/");
  await page.keyboard.type(query);
  await page.locator("[role=option]").first().click();
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "newsgraph-viewer-"));
  execFileSync(process.execPath, [join(ROOT, "bin", "newsgraph.js"), "build", join(ROOT, "seeds"), "--out", workDir, "--no-neo4j"], { stdio: "pipe" });
  seedGraph = JSON.parse(readFileSync(join(workDir, "graph.json"), "utf8"));
  // Once build writes the viewer itself, its page is the one under test.
  seedPage = existsSync(join(workDir, "index.html")) ? join(workDir, "index.html") : await writePage(seedGraph, "seed.html");
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

  it("logs no console errors", () => {
    expect(opened.consoleErrors).toEqual([]);
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
    await searchAndChoose(page, "<img");
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
