// Viewer benchmark: synthetic graphs of the schema's shape, with hubs (see
// test/viewer/generate-graph.ts), at 1k, 10k, 22k (the size of the BBC news graph: 21,828
// nodes, 54,395 edges) and 50k nodes, and any built graph.json given with --graph (the BBC
// graph: `node bin/newsgraph.js build ../shared/data/news --out /tmp/bbc --no-neo4j`). For each:
// the build-time layout (synthetic only), the page's size, then in headless chromium with
// software WebGL, as page time (ms since navigation start): sigma's first frame submitted and
// drawn, and when the page is usable (a misspelt search answered and its first hit selected,
// drawn); then the time of one search, of selecting the busiest node (ego view drawn), and of
// one hover (dim all but a node's neighbourhood), and the JS heap.
//   npm run bench:viewer [-- 1000 22000] [-- --graph /tmp/bbc/graph.json]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { SerializedNewsGraph } from "../src/graph/index.js";
import { layoutGraph } from "../src/graph/layout.js";
import { renderViewerPage } from "../src/io/viewer-page.js";
import { generateGraph } from "../test/viewer/generate-graph.js";
import { launchChromium } from "../test/viewer/browser.js";

interface Case {
  name: string;
  graph: SerializedNewsGraph;
  layoutSeconds: number | null;
}

const args = process.argv.slice(2);
const graphFiles = args.flatMap((arg, index) => (args[index - 1] === "--graph" ? [arg] : []));
const sizes = args.filter((arg, index) => arg !== "--graph" && args[index - 1] !== "--graph").map(Number).filter((size) => size > 0);
const orders = sizes.length > 0 || graphFiles.length > 0 ? sizes : [1_000, 10_000, 22_000, 50_000];

function* cases(): Generator<Case> {
  for (const order of orders) {
    const graph = generateGraph(order);
    const start = performance.now();
    layoutGraph(graph);
    yield { name: `synthetic ${order}`, graph: graph.export() as SerializedNewsGraph, layoutSeconds: (performance.now() - start) / 1000 };
  }
  for (const file of graphFiles) yield { name: file, graph: JSON.parse(readFileSync(file, "utf8")) as SerializedNewsGraph, layoutSeconds: null };
}

/** A query with a typo for the busiest person: the surname's third letter dropped, the words swapped. */
function misspeltQuery(graph: SerializedNewsGraph): string {
  const degree = new Map<string, number>();
  for (const { source, target } of graph.edges) for (const end of [source, target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const person = graph.nodes.filter((node) => node.attributes?.kind === "Person" && node.attributes.name.includes(" ")).sort((a, b) => (degree.get(b.key) ?? 0) - (degree.get(a.key) ?? 0))[0];
  const [first, ...rest] = person.attributes!.name.split(" ");
  const last = rest.join(" ");
  return `${last.slice(0, 2)}${last.slice(3)} ${first}`;
}

const workDir = mkdtempSync(join(tmpdir(), "newsgraph-bench-viewer-"));
const browser = await launchChromium();

console.log(`load average ${loadavg()[0].toFixed(1)} on this machine (software WebGL shares the CPU: figures scale with it)`);
const columns = ["graph", "nodes", "edges", "layout(s)", "page(MB)", "first frame", "drawn", "usable", "search(ms)", "select(ms)", "hover(ms)", "heap(MB)", "query → first hit"];
console.log(columns.join("  "));
try {
  for (const { name, graph, layoutSeconds } of cases()) {
    const html = renderViewerPage(graph);
    const file = join(workDir, "graph.html");
    writeFileSync(file, html);
    const query = misspeltQuery(graph);

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(pathToFileURL(file).href, { timeout: 120_000 });
    await page.waitForFunction(() => window.newsgraphViewer !== undefined, undefined, { timeout: 120_000 });
    // A string, not a function: the page gets no helper code from the TypeScript transform.
    const figures = (await page.evaluate(`(async () => {
      const viewer = window.newsgraphViewer;
      await viewer.ready;
      const drawn = () => {
        const pixel = new Uint8Array(4);
        for (const canvas of Object.values(viewer.sigma.getCanvases())) {
          const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
          gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
        }
        return performance.now();
      };
      const [hit] = viewer.search.find(${JSON.stringify(query)});
      viewer.select(hit.entry.key);
      const usableMs = drawn();
      viewer.deselect();
      drawn();
      let start = performance.now();
      viewer.search.find(${JSON.stringify(query)});
      const searchMs = performance.now() - start;
      const graph = viewer.graph;
      const hub = graph.nodes().reduce((best, node) => (graph.degree(node) > graph.degree(best) ? node : best));
      start = performance.now();
      viewer.select(hub);
      const selectMs = drawn() - start;
      viewer.deselect();
      drawn();
      start = performance.now();
      viewer.state.hoveredNode = hit.entry.key;
      viewer.sigma.refresh();
      const hoverMs = drawn() - start;
      viewer.state.hoveredNode = null;
      viewer.sigma.refresh();
      return { firstFrameMs: viewer.firstFrameMs, drawnMs: viewer.firstFrameDrawnMs, usableMs, searchMs, selectMs, hoverMs, hit: hit.entry.name };
    })()`)) as Record<string, number> & { hit: string };
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const heapBytes = metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? NaN;
    await page.close();
    if (errors.length > 0) throw new Error(`page errors for ${name}: ${errors.join("; ")}`);

    console.log(
      [
        name,
        String(graph.nodes.length),
        String(graph.edges.length),
        layoutSeconds === null ? "-" : layoutSeconds.toFixed(2),
        (html.length / 1e6).toFixed(1),
        figures.firstFrameMs.toFixed(0),
        figures.drawnMs.toFixed(0),
        figures.usableMs.toFixed(0),
        figures.searchMs.toFixed(0),
        figures.selectMs.toFixed(0),
        figures.hoverMs.toFixed(0),
        (heapBytes / 1e6).toFixed(0),
        `"${query}" → ${figures.hit}`,
      ].join("  "),
    );
  }
} finally {
  await browser.close();
  rmSync(workDir, { recursive: true, force: true });
}
