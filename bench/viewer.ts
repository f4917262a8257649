// Viewer benchmark: synthetic graphs of the schema's shape (see test/viewer/generate-graph.ts)
// at 1k, 10k and 50k nodes. For each: the build-time layout, then the page in headless
// chromium: time from navigation start to sigma's first frame (submitted, and drawn: with
// software GL the GPU finishes much later), the JS heap, and how long one hover (dim all but
// a node's neighbourhood: a full sigma refresh) takes.
//   npm run bench:viewer [-- 1000 10000]
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { layoutGraph, layoutIterations } from "../src/graph/layout.js";
import { renderViewerPage } from "../src/io/viewer-page.js";
import { generateGraph } from "../test/viewer/generate-graph.js";
import { launchChromium } from "../test/viewer/browser.js";

const sizes = process.argv.slice(2).map(Number).filter((size) => size > 0);
const orders = sizes.length > 0 ? sizes : [1_000, 10_000, 50_000];
const workDir = mkdtempSync(join(tmpdir(), "newsgraph-bench-viewer-"));
const browser = await launchChromium();

console.log("nodes    edges    layout(s)  iterations  page(MB)  first frame(ms)  drawn(ms)  JS heap(MB)  hover(ms)");
try {
  for (const order of orders) {
    const graph = generateGraph(order);
    const layoutStart = performance.now();
    layoutGraph(graph);
    const layoutSeconds = (performance.now() - layoutStart) / 1000;

    const html = renderViewerPage(graph.export());
    const file = join(workDir, `graph-${order}.html`);
    writeFileSync(file, html);

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(pathToFileURL(file).href, { timeout: 120_000 });
    await page.waitForFunction(() => window.newsgraphViewer !== undefined, undefined, { timeout: 120_000 });
    const { firstFrameMs, drawnMs } = await page.evaluate(async () => {
      await window.newsgraphViewer!.ready;
      return { firstFrameMs: window.newsgraphViewer!.firstFrameMs, drawnMs: window.newsgraphViewer!.firstFrameDrawnMs! };
    });
    const hoverMs = await page.evaluate(() => {
      const { sigma, graph, state } = window.newsgraphViewer!;
      const hub = graph.nodes().reduce((best, node) => (graph.degree(node) > graph.degree(best) ? node : best));
      const start = performance.now();
      state.hoveredNode = hub;
      sigma.refresh();
      const elapsed = performance.now() - start;
      state.hoveredNode = null;
      sigma.refresh();
      return elapsed;
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const heapBytes = metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? NaN;
    await page.close();
    if (errors.length > 0) throw new Error(`page errors at ${order} nodes: ${errors.join("; ")}`);

    console.log(
      [
        String(graph.order).padEnd(8),
        String(graph.size).padEnd(8),
        layoutSeconds.toFixed(2).padStart(9),
        String(layoutIterations(order)).padStart(11),
        (html.length / 1e6).toFixed(1).padStart(9),
        firstFrameMs.toFixed(0).padStart(16),
        drawnMs.toFixed(0).padStart(10),
        (heapBytes / 1e6).toFixed(0).padStart(12),
        hoverMs.toFixed(0).padStart(10),
      ].join(" "),
    );
  }
} finally {
  await browser.close();
  rmSync(workDir, { recursive: true, force: true });
}
