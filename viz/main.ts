// The newsgraph viewer: the graph read from the page (positions computed at build time), drawn
// with sigma; the whole graph labelled by what matters most, a selected node shown as its own
// neighbourhood picture, search, legend filters, hover focus, a node panel and a live layout.
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram, NodeCircleProgram, NodePointProgram } from "sigma/rendering";
import type { CameraState } from "sigma/types";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import { RELATION_TYPE_NAMES } from "../graph-schema/index.js";
import { element } from "./dom.js";
import { egoLayout, egoMembers } from "./ego.js";
import { EvidenceStore } from "./evidence.js";
import type { Box } from "./label-picker.js";
import { Labeller } from "./labels.js";
import { buildLegend } from "./legend.js";
import { NodePanel } from "./panel.js";
import { SearchBox } from "./search.js";
import { VIEWER_SETTINGS } from "./settings.js";
import type { ViewerEdgeAttributes, ViewerGraphData, ViewerNodeAttributes } from "./viewer-data.js";
import { ViewState, drawLabelWithHalo, labelPriority, type ViewerGraph } from "./visuals.js";
import { relationInWords } from "./words.js";
import "./style.css";

type ViewerSigma = Sigma<ViewerNodeAttributes, ViewerEdgeAttributes>;

/** What tests and the benchmark read from the page. */
export interface ViewerHook {
  sigma: ViewerSigma;
  graph: ViewerGraph;
  state: ViewState;
  search: SearchBox;
  /** Resolves once the first frame has been drawn by the GPU. */
  ready: Promise<void>;
  /** performance.now() (ms since navigation start) when sigma finished its first render: the frame is submitted. */
  firstFrameMs: number;
  /** performance.now() when the GPU had drawn that frame (with software GL, much later than firstFrameMs); set when `ready` resolves. */
  firstFrameDrawnMs: number | null;
  select(key: string): void;
  /** Back to the whole graph. */
  deselect(): void;
}

declare global {
  interface Window {
    newsgraphViewer?: ViewerHook;
  }
}

/** The graph from the page's data block, and each node's position in it (the evidence tables are in the same order). */
function readGraph(): { graph: ViewerGraph; nodeIndex: Map<string, number> } {
  const script = document.getElementById("newsgraph-data");
  if (!script?.textContent) throw new Error("this page carries no graph data");
  const data = JSON.parse(script.textContent) as ViewerGraphData;
  const graph: ViewerGraph = new MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes>({ allowSelfLoops: false });
  const nodeIndex = new Map<string, number>();
  data.nodes.forEach(({ key, attributes }, index) => {
    // A graph written without a layout still opens: unplaced nodes go on a golden-angle spiral.
    if (!Number.isFinite(attributes.x) || !Number.isFinite(attributes.y)) {
      const angle = (index + 1) * 2.399963;
      const radius = Math.sqrt(index + 1);
      Object.assign(attributes, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    }
    graph.addNode(key, attributes);
    nodeIndex.set(key, index);
  });
  // Edge keys are their positions in the page's edge list, where their evidence is found.
  data.edges.forEach(([source, target, kind, confidence, role], index) => {
    const attributes: ViewerEdgeAttributes = { kind: RELATION_TYPE_NAMES[kind], confidence, ...(role ? { role } : {}) };
    graph.addDirectedEdgeWithKey(String(index), data.nodes[source].key, data.nodes[target].key, attributes);
  });
  return { graph, nodeIndex };
}

const NON_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color"]);

/** Whether keys typed at this element are text (where `/` and Escape belong to the field). */
function isTextField(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

/** Blocks until the GPU has drawn everything sent so far: reading one pixel back waits for it. */
function waitForGpu(sigma: ViewerSigma): void {
  const pixel = new Uint8Array(4);
  for (const canvas of Object.values(sigma.getCanvases())) {
    const context = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
    context?.readPixels(0, 0, 1, 1, context.RGBA, context.UNSIGNED_BYTE, pixel);
  }
}

function start(): void {
  const { graph, nodeIndex } = readGraph();
  const state = new ViewState(graph);
  const evidence = new EvidenceStore(nodeIndex, Number);
  const container = element("div", { className: "sigma-container" });
  const tooltip = element("div", { className: "tooltip", attributes: { role: "tooltip" } });
  tooltip.hidden = true;
  const stats = element("span", { className: "stats" });
  const layoutButton = element("button", { className: "layout-button", attributes: { type: "button", "aria-pressed": "false" } }, "Run layout");
  const backButton = element("button", { className: "ego-back", attributes: { type: "button" } }, "← Whole graph");
  const hopButtons = ([1, 2] as const).map((hops) => element("button", { className: "ego-hops", attributes: { type: "button", "data-hops": String(hops), "aria-pressed": "false" } }, hops === 1 ? "1 hop" : "2 hops"));
  const egoSummary = element("span", { className: "ego-summary" });
  const egoBar = element("div", { className: "ego-bar", attributes: { role: "toolbar", "aria-label": "Neighbourhood" } }, backButton, ...hopButtons, egoSummary);
  egoBar.hidden = true;

  let sigma: ViewerSigma;
  let labeller: Labeller;
  let layout: FA2Layout | null = null;
  /** While the layout moves nodes, labels are chosen again now and then; once more when it stops. */
  let layoutLabels: ReturnType<typeof setInterval> | undefined;
  const setLayoutRunning = (running: boolean) => {
    layoutButton.textContent = running ? "Stop layout" : "Run layout";
    layoutButton.setAttribute("aria-pressed", String(running));
    clearInterval(layoutLabels);
    if (running) layoutLabels = setInterval(() => labeller.update(), VIEWER_SETTINGS.layoutLabelsMs);
  };
  let hops = VIEWER_SETTINGS.egoHops;
  /** Where the camera was on the whole graph, and whether the legend was open, to go back to both. */
  let overviewCamera: CameraState | null = null;
  let legendWasOpen = false;

  const updateStats = () => {
    const count = (shown: number, all: number) => (shown === all ? all.toLocaleString("en") : `${shown.toLocaleString("en")} of ${all.toLocaleString("en")}`);
    stats.textContent = `${count(state.view.order, graph.order)} nodes · ${count(state.view.size, graph.size)} relations`;
  };

  /** Hands sigma the graph on show now (a live layout ran on the one before, so it stops). */
  const showView = () => {
    layout?.kill();
    layout = null;
    setLayoutRunning(false);
    state.labelled = new Set();
    state.hoveredNode = null;
    state.view = state.shownGraph();
    sigma.setGraph(state.view);
  };

  /** The ego view of `focus`: its members laid out in rings around the focus's own place on the whole graph. */
  const buildEgo = (focus: string) => {
    const members = egoMembers(
      { neighbours: (key) => state.shownNeighbours(key), group: (key) => graph.getNodeAttribute(key, "kind"), importance: (key) => labelPriority(graph, key) },
      focus,
      hops,
      VIEWER_SETTINGS.egoMaxNodes,
    );
    const extent = sigma.getCustomBBox()!;
    const unit = VIEWER_SETTINGS.egoRingShare * Math.max(extent.x[1] - extent.x[0], extent.y[1] - extent.y[0]);
    const centre = { x: graph.getNodeAttribute(focus, "x")!, y: graph.getNodeAttribute(focus, "y")! };
    const positions = new Map([[focus, centre]]);
    for (const [key, { x, y }] of egoLayout(members)) positions.set(key, { x: centre.x + x * unit, y: centre.y + y * unit });
    const neighbours = new Set(state.shownNeighbours(focus)).size;
    egoSummary.textContent = `${members.filter((member) => member.hop === 1).length} of ${neighbours} neighbours` + (hops === 2 ? ` · ${members.filter((member) => member.hop === 2).length} at two hops` : "");
    return { focus, hops, positions };
  };

  /** The part of the stage the legend, the ego bar and the panel leave free, in viewport pixels. */
  const freeArea = (): Box => {
    const stageBox = container.getBoundingClientRect();
    const area = { left: 0, top: 0, right: stageBox.width, bottom: stageBox.height };
    const panelBox = panel.root.getBoundingClientRect();
    if (panelBox.width >= stageBox.width) area.bottom = Math.min(area.bottom, panelBox.top - stageBox.top);
    else if (panelBox.width > 0) area.right = Math.min(area.right, panelBox.left - stageBox.left);
    const legendBox = legend.getBoundingClientRect();
    // An open legend takes a column on the left; a folded one, like the ego bar, a band at the top.
    if (legend.open) area.left = Math.max(area.left, legendBox.right - stageBox.left);
    else area.top = Math.max(area.top, legendBox.bottom - stageBox.top);
    if (!egoBar.hidden) area.top = Math.max(area.top, egoBar.getBoundingClientRect().bottom - stageBox.top);
    return area;
  };

  /** Camera on the ego picture: all of it in the free part of the stage, with room for the labels of its outer nodes. */
  const fitEgo = () => {
    let [left, right, bottom, top] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const key of state.ego!.positions.keys()) {
      const { x, y } = sigma.getNodeDisplayData(key)!;
      [left, right, bottom, top] = [Math.min(left, x), Math.max(right, x), Math.min(bottom, y), Math.max(top, y)];
    }
    const { width, height } = sigma.getDimensions();
    const area = freeArea();
    const shortSide = Math.min(width, height);
    // Framed units per pixel are ratio / min(width, height); labels beside the outer nodes need room on both sides.
    const freeWidth = Math.max(area.right - area.left - 2 * VIEWER_SETTINGS.egoLabelRoom, (area.right - area.left) / 2);
    const fitRatio = Math.max(((right - left) * shortSide) / freeWidth, ((top - bottom) * shortSide) / (area.bottom - area.top)) / VIEWER_SETTINGS.egoFill;
    // Sigma frames the graph's longer side to 1, so a ring (egoRingShare of it) is that many framed units.
    const ratio = Math.max(fitRatio, (VIEWER_SETTINGS.egoRingShare * shortSide) / VIEWER_SETTINGS.egoMaxRingPixels);
    const camera = sigma.getCamera();
    const centre = { x: (left + right) / 2, y: (bottom + top) / 2 };
    camera.setState({ ...centre, ratio, angle: 0 });
    // Then slide it so the picture's centre lands on the free area's.
    const offset = { x: (area.left + area.right) / 2 - width / 2, y: (area.top + area.bottom) / 2 - height / 2 };
    const now = { cameraState: camera.getState() };
    const shifted = sigma.viewportToFramedGraph({ x: width / 2 - offset.x, y: height / 2 - offset.y }, now);
    camera.setState({ x: shifted.x, y: shifted.y });
  };

  const showEgo = (focus: string) => {
    state.ego = buildEgo(focus);
    // The bar first: the camera and the labels keep clear of it.
    egoBar.hidden = false;
    for (const button of hopButtons) button.setAttribute("aria-pressed", String(Number(button.dataset.hops) === hops));
    showView();
    fitEgo();
    labeller.update();
  };

  const select = (key: string) => {
    if (!graph.hasNode(key)) return;
    if (!state.ego) {
      overviewCamera = sigma.getCamera().getState();
      // The neighbourhood gets the room the legend took; the reader can open it again.
      legendWasOpen = legend.open;
      legend.open = false;
    }
    state.selectedNode = key;
    panel.show(key);
    showEgo(key);
    updateStats();
  };
  const deselect = () => {
    state.selectedNode = null;
    state.ego = null;
    panel.close();
    egoBar.hidden = true;
    showView();
    if (overviewCamera) sigma.getCamera().setState(overviewCamera);
    legend.open = legendWasOpen;
    labeller.update();
    updateStats();
  };
  const refresh = () => {
    if (state.selectedNode) return showEgo(state.selectedNode);
    showView();
    labeller.update();
    updateStats();
  };

  const panel = new NodePanel(graph, evidence, select, deselect);
  const search = new SearchBox(graph, select);
  const legend = buildLegend(graph, state, refresh);
  backButton.addEventListener("click", deselect);
  for (const button of hopButtons) {
    button.addEventListener("click", () => {
      hops = Number(button.dataset.hops) as 1 | 2;
      if (state.selectedNode) showEgo(state.selectedNode);
    });
  }
  const header = element("header", { className: "topbar" }, element("h1", {}, "newsgraph"), search.root, stats, layoutButton);
  const stage = element("main", { className: "stage" }, container, legend, egoBar, tooltip);
  document.body.append(element("div", { className: "app" }, header, stage, panel.root));
  document.title = `newsgraph · ${graph.order.toLocaleString("en")} nodes`;

  sigma = new Sigma<ViewerNodeAttributes, ViewerEdgeAttributes>(state.view, container, {
    nodeReducer: state.nodeReducer,
    edgeReducer: state.edgeReducer,
    enableEdgeEvents: true,
    zIndex: true,
    renderEdgeLabels: false,
    // The reducers choose between them (see fastDrawingAbove).
    edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeLineProgram },
    nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram },
    // Only the labels the label picker chose (forceLabel) are drawn, and the hovered node's.
    labelRenderedSizeThreshold: Infinity,
    labelFont: VIEWER_SETTINGS.labelFont,
    labelSize: VIEWER_SETTINGS.labelFontSize,
    labelWeight: VIEWER_SETTINGS.labelWeight,
    labelColor: { color: "#1f2933" },
    defaultDrawNodeLabel: drawLabelWithHalo,
    hideEdgesOnMove: graph.size > VIEWER_SETTINGS.hideEdgesOnMoveAbove,
    // Discs keep their size in pixels at any zoom, so labels placed beside them stay clear of them.
    zoomToSizeRatioFunction: () => 1,
  });
  // The constructor renders synchronously (its afterRender fires before a listener could be
  // attached): this is the first frame.
  const firstFrameMs = performance.now();
  // Framing stays that of the whole graph, so an ego view placed past its edge does not rescale it.
  sigma.setCustomBBox(sigma.getBBox());
  labeller = new Labeller(graph, state, sigma, freeArea);
  labeller.update();
  updateStats();
  sigma.getCamera().on("updated", () => labeller.schedule());

  // Dimming redraws all that is shown: at once on small views, but on big ones only once the
  // pointer rests, so sweeping across nodes stays fluid.
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const setHovered = (node: string | null) => {
    clearTimeout(hoverTimer);
    const apply = () => {
      if (state.hoveredNode === node) return;
      state.hoveredNode = node;
      sigma.scheduleRefresh();
    };
    if (node && state.view.order + state.view.size > VIEWER_SETTINGS.hoverDelayFromItems) hoverTimer = setTimeout(apply, VIEWER_SETTINGS.hoverDelayMs);
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
    if (state.selectedNode) deselect();
  });
  sigma.on("enterEdge", ({ edge, event }) => {
    const attributes = graph.getEdgeAttributes(edge);
    const [source, target] = graph.extremities(edge);
    const name = (key: string) => graph.getNodeAttribute(key, "headline") ?? graph.getNodeAttribute(key, "name");
    tooltip.replaceChildren(
      element("strong", {}, relationInWords(attributes.kind, attributes.role)),
      element("div", { className: "tooltip-ends" }, `${name(source)} → ${name(target)}`),
      element("div", { className: "tooltip-confidence" }, `confidence ${attributes.confidence.toFixed(2)}`),
    );
    tooltip.style.transform = `translate(${Math.round(event.x + 12)}px, ${Math.round(event.y + 12)}px)`;
    tooltip.hidden = false;
  });
  sigma.on("leaveEdge", () => {
    tooltip.hidden = true;
  });

  // Live ForceAtlas2 on what is shown, in a web worker (created from a Blob, so it runs from file:// too).
  layoutButton.addEventListener("click", () => {
    const view = state.view;
    layout ??= new FA2Layout(view, { settings: { ...inferSettings(view), barnesHutOptimize: view.order > 500, barnesHutTheta: 1 } });
    if (layout.isRunning()) layout.stop();
    else layout.start();
    setLayoutRunning(layout.isRunning());
    if (!layout.isRunning()) labeller.update();
  });

  document.addEventListener("keydown", (event) => {
    const typing = isTextField(event.target);
    if (event.key === "/" && !typing) {
      event.preventDefault();
      search.focus();
    } else if (event.key === "Escape") {
      if (typing) (event.target as HTMLElement).blur();
      if (state.selectedNode) deselect();
    }
  });

  const hook: ViewerHook = { sigma, graph, state, search, firstFrameMs, firstFrameDrawnMs: null, select, deselect, ready: Promise.resolve() };
  hook.ready = new Promise((resolve) =>
    requestAnimationFrame(() => {
      waitForGpu(sigma);
      hook.firstFrameDrawnMs = performance.now();
      // The search index is built once the picture is up, before the reader has typed.
      setTimeout(() => search.prepare(), 0);
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
