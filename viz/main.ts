// The newsgraph viewer: the graph inlined in the page (positions computed at build time),
// drawn with sigma; search, legend filters, hover focus, a node panel and a live layout.
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import Sigma from "sigma";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import type { EdgeAttributes, NodeAttributes } from "../graph-schema/index.js";
import { element } from "./dom.js";
import { buildLegend } from "./legend.js";
import { NodePanel } from "./panel.js";
import { SearchBox } from "./search.js";
import { ViewState, drawLabelWithHalo, sizeScale, type ViewerGraph } from "./visuals.js";
import "./style.css";

/** What tests and the benchmark read from the page. */
export interface ViewerHook {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  graph: ViewerGraph;
  state: ViewState;
  /** Resolves once the first frame has been drawn by the GPU. */
  ready: Promise<void>;
  /** performance.now() (ms since navigation start) when sigma finished its first render: the frame is submitted. */
  firstFrameMs: number;
  /** performance.now() when the GPU had drawn that frame (with software GL, much later than firstFrameMs); set when `ready` resolves. */
  firstFrameDrawnMs: number | null;
  select(key: string): void;
}

declare global {
  interface Window {
    newsgraphViewer?: ViewerHook;
  }
}

function readGraph(): ViewerGraph {
  const script = document.getElementById("newsgraph-data");
  if (!script?.textContent) throw new Error("this page carries no graph data");
  const graph: ViewerGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
  graph.import(JSON.parse(script.textContent) as SerializedGraph<NodeAttributes, EdgeAttributes>);
  // A graph written without a layout still opens: unplaced nodes go on a golden-angle spiral.
  let index = 0;
  graph.updateEachNodeAttributes((_key, attributes) => {
    index++;
    if (Number.isFinite(attributes.x) && Number.isFinite(attributes.y)) return attributes;
    const angle = index * 2.399963;
    return { ...attributes, x: Math.sqrt(index) * Math.cos(angle), y: Math.sqrt(index) * Math.sin(angle) };
  });
  return graph;
}

const NON_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color"]);

/** Whether keys typed at this element are text (where `/` and Escape belong to the field). */
function isTextField(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

/** Blocks until the GPU has drawn everything sent so far: reading one pixel back waits for it. */
function waitForGpu(sigma: Sigma<NodeAttributes, EdgeAttributes>): void {
  const pixel = new Uint8Array(4);
  for (const canvas of Object.values(sigma.getCanvases())) {
    const context = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
    context?.readPixels(0, 0, 1, 1, context.RGBA, context.UNSIGNED_BYTE, pixel);
  }
}

function start(): void {
  const graph = readGraph();
  const state = new ViewState(graph);
  const container = element("div", { className: "sigma-container" });
  const tooltip = element("div", { className: "tooltip", attributes: { role: "tooltip" } });
  tooltip.hidden = true;
  const stats = element("span", { className: "stats" });
  const layoutButton = element("button", { className: "layout-button", attributes: { type: "button", "aria-pressed": "false" } }, "Run layout");

  let sigma: Sigma<NodeAttributes, EdgeAttributes>;
  const updateStats = () => {
    let shown = 0;
    graph.forEachNode((_key, attributes) => {
      if (!state.isFilteredOut(attributes)) shown++;
    });
    stats.textContent = `${shown.toLocaleString("en")} of ${graph.order.toLocaleString("en")} nodes · ${graph.size.toLocaleString("en")} relations`;
  };
  const refresh = () => {
    updateStats();
    sigma.refresh();
  };

  const select = (key: string) => {
    if (!graph.hasNode(key)) return;
    state.selectedNode = key;
    panel.show(key);
    refresh();
    const position = sigma.getNodeDisplayData(key);
    if (!position) return;
    // Zoom so that the node's neighbourhood fills most of the view (sigma's framed coordinates
    // span about 1 at ratio 1); a hub's far neighbours should not zoom out to the whole graph.
    let reach = 0.02;
    for (const neighbour of graph.neighbors(key).slice(0, 200)) {
      const other = sigma.getNodeDisplayData(neighbour);
      if (other) reach = Math.max(reach, Math.abs(other.x - position.x), Math.abs(other.y - position.y));
    }
    const ratio = Math.min(1, reach * 2.6);
    // Centre the node in the part of the graph the panel leaves visible: left of it on a wide
    // window, above it where it is a bottom sheet. Framed units per pixel are ratio / min(w, h).
    const { width, height } = sigma.getDimensions();
    const perPixel = ratio / Math.min(width, height);
    const bottomSheet = panel.root.offsetWidth >= width;
    const shiftX = bottomSheet ? 0 : (panel.root.offsetWidth / 2) * perPixel;
    const shiftY = bottomSheet ? (panel.root.offsetHeight / 2) * perPixel : 0;
    sigma.getCamera().animate({ x: position.x + shiftX, y: position.y - shiftY, ratio }, { duration: 500 });
  };
  const deselect = () => {
    state.selectedNode = null;
    panel.close();
    refresh();
  };

  const panel = new NodePanel(graph, select, deselect);
  const search = new SearchBox(graph, select);
  const legend = buildLegend(graph, state, refresh);
  const header = element("header", { className: "topbar" }, element("h1", {}, "newsgraph"), search.root, stats, layoutButton);
  const stage = element("main", { className: "stage" }, container, legend, tooltip);
  document.body.append(element("div", { className: "app" }, header, stage, panel.root));
  document.title = `newsgraph · ${graph.order.toLocaleString("en")} nodes`;

  const smallGraph = graph.order <= 300;
  sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    nodeReducer: state.nodeReducer,
    edgeReducer: state.edgeReducer,
    enableEdgeEvents: true,
    zIndex: true,
    renderEdgeLabels: false,
    // Labels: on big graphs only nodes big enough on screen and a few per grid cell, so they
    // never pile up; a small graph can afford a label on every node.
    labelDensity: smallGraph ? 0.5 : 0.08,
    labelGridCellSize: smallGraph ? 60 : 120,
    labelRenderedSizeThreshold: smallGraph ? 0 : 7 * sizeScale(graph.order),
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    labelSize: 12,
    labelWeight: "500",
    labelColor: { color: "#1f2933" },
    defaultDrawNodeLabel: drawLabelWithHalo,
    hideEdgesOnMove: graph.size > 20_000,
  });
  // The constructor renders synchronously (its afterRender fires before a listener could be
  // attached): this is the first frame.
  const firstFrameMs = performance.now();
  updateStats();

  // Dimming redraws the whole graph: immediate on small graphs, but on big ones (most of a
  // second at 50k nodes) only once the pointer rests, so sweeping across nodes stays fluid.
  const hoverDelay = graph.order > 20_000 ? 200 : 0;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const setHovered = (node: string | null) => {
    clearTimeout(hoverTimer);
    const apply = () => {
      if (state.hoveredNode === node) return;
      state.hoveredNode = node;
      sigma.scheduleRefresh();
    };
    if (node && hoverDelay > 0) hoverTimer = setTimeout(apply, hoverDelay);
    else apply();
  };
  sigma.on("enterNode", ({ node }) => {
    container.classList.add("pointer");
    setHovered(node);
  });
  sigma.on("leaveNode", () => {
    container.classList.remove("pointer");
    setHovered(null);
  });
  sigma.on("clickNode", ({ node }) => select(node));
  sigma.on("clickStage", () => {
    if (panel.isOpen) deselect();
  });
  sigma.on("enterEdge", ({ edge, event }) => {
    const attributes = graph.getEdgeAttributes(edge);
    const [source, target] = graph.extremities(edge);
    tooltip.replaceChildren(
      element("strong", {}, attributes.kind),
      attributes.role ? element("span", { className: "role" }, attributes.role) : "",
      element("div", { className: "tooltip-ends" }, `${graph.getNodeAttribute(source, "name")} → ${graph.getNodeAttribute(target, "name")}`),
    );
    tooltip.style.transform = `translate(${Math.round(event.x + 12)}px, ${Math.round(event.y + 12)}px)`;
    tooltip.hidden = false;
  });
  sigma.on("leaveEdge", () => {
    tooltip.hidden = true;
  });

  // Live ForceAtlas2 in a web worker (created from a Blob, so it runs from file:// too).
  let layout: FA2Layout | null = null;
  layoutButton.addEventListener("click", () => {
    layout ??= new FA2Layout(graph, { settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 500, barnesHutTheta: 1 } });
    if (layout.isRunning()) layout.stop();
    else layout.start();
    const running = layout.isRunning();
    layoutButton.textContent = running ? "Stop layout" : "Run layout";
    layoutButton.setAttribute("aria-pressed", String(running));
  });

  document.addEventListener("keydown", (event) => {
    const typing = isTextField(event.target);
    if (event.key === "/" && !typing) {
      event.preventDefault();
      search.focus();
    } else if (event.key === "Escape") {
      if (typing) (event.target as HTMLElement).blur();
      if (panel.isOpen) deselect();
    }
  });

  const hook: ViewerHook = { sigma, graph, state, firstFrameMs, firstFrameDrawnMs: null, select, ready: Promise.resolve() };
  hook.ready = new Promise((resolve) =>
    requestAnimationFrame(() => {
      waitForGpu(sigma);
      hook.firstFrameDrawnMs = performance.now();
      resolve();
    }),
  );
  window.newsgraphViewer = hook;
}

try {
  start();
} catch (error) {
  document.body.append(element("p", { className: "fatal" }, `The graph could not be shown: ${(error as Error).message}`));
  throw error;
}
