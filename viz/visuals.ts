// How the data graph looks: colour by kind (from graph-schema, the one source of truth), size by
// mentions over the range present, which nodes a filter hides, the neighbourhood (ego) view,
// and which labels are drawn (chosen by the label picker, applied here).
import { MultiDirectedGraph } from "graphology";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { NODE_LABELS, isNodeLabel } from "../graph-schema/index.js";
import { LABEL_GAP, type LabelSide } from "./label-picker.js";
import { VIEWER_SETTINGS } from "./settings.js";
import type { ViewerEdgeAttributes, ViewerNodeAttributes } from "./viewer-data.js";

export type ViewerGraph = MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes>;

const UNKNOWN_KIND_COLOR = "#adb5bd";
const DIMMED_NODE_COLOR = "#e3e6ea";
const EDGE_COLOR = "#cfd4da";
const FOCUSED_EDGE_COLOR = "#56606b";
/** In an ego view every edge touches the focus: a lighter grey keeps a hub's star from going black. */
const EGO_FOCUS_EDGE_COLOR = "#98a3ae";
const EGO_EDGE_COLOR = "#d5dae0";

export function kindColor(kind: unknown): string {
  return isNodeLabel(kind) ? NODE_LABELS[kind].color : UNKNOWN_KIND_COLOR;
}

/** What a node's label says: an event's headline, anything else's name. */
export function displayName(attributes: ViewerNodeAttributes): string {
  return attributes.headline ?? attributes.name;
}

/** A label as drawn on the graph: the display name, cut with an ellipsis past maxLabelChars. */
function shortLabel(attributes: ViewerNodeAttributes): string {
  const name = displayName(attributes);
  return name.length <= VIEWER_SETTINGS.maxLabelChars ? name : `${name.slice(0, VIEWER_SETTINGS.maxLabelChars - 1).trimEnd()}…`;
}

/** Radius from mentions on a log scale spread over [min, max] mentions actually present, so the most mentioned node is the largest drawn. */
function nodeSizer(graph: ViewerGraph): (attributes: ViewerNodeAttributes) => number {
  let most = 1;
  graph.forEachNode((_key, attributes) => {
    most = Math.max(most, attributes.mentions ?? 1);
  });
  const { minNodeSize, maxNodeSize } = VIEWER_SETTINGS;
  const span = Math.log(1 + most) - Math.log(2);
  return (attributes) => {
    const mentions = Math.max(1, attributes.mentions ?? 1);
    return span > 0 ? minNodeSize + ((maxNodeSize - minNodeSize) * (Math.log(1 + mentions) - Math.log(2))) / span : (minNodeSize + maxNodeSize) / 2;
  };
}

/** Which labels win when they compete: the most mentioned, entities before events, the most connected on a tie. */
export function labelPriority(graph: ViewerGraph, key: string): number {
  const attributes = graph.getNodeAttributes(key);
  const weight = attributes.kind === "Event" ? VIEWER_SETTINGS.eventLabelWeight : 1;
  return weight * (attributes.mentions ?? 1) + graph.degree(key) / 1e6;
}

const LABEL_HALO = "rgba(247, 248, 250, 0.92)";

/** Sigma's label, drawn over a halo of the background colour so it stays readable over edges and nodes; on the side the reducer chose. */
export const drawLabelWithHalo: NodeLabelDrawingFunction<ViewerNodeAttributes, ViewerEdgeAttributes> = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const side = (data as { labelSide?: LabelSide }).labelSide ?? "right";
  const x = side === "right" ? data.x + data.size + LABEL_GAP : data.x - data.size - LABEL_GAP - context.measureText(data.label).width;
  const y = data.y + size / 3;
  context.lineJoin = "round";
  context.lineWidth = 3;
  context.strokeStyle = LABEL_HALO;
  context.strokeText(data.label, x, y);
  context.fillStyle = settings.labelColor.color ?? "#1f2933";
  context.fillText(data.label, x, y);
};

/** A node's neighbourhood on show: the focus and the nodes around it (the focus included) at their ring positions. */
export interface EgoView {
  focus: string;
  hops: 1 | 2;
  positions: Map<string, { x: number; y: number }>;
}

/** What the reader has switched off and what they are looking at. */
export class ViewState {
  readonly hiddenKinds = new Set<string>(VIEWER_SETTINGS.hiddenKindsAtStart);
  showLowConfidence = false;
  /** The whole graph shows nodes mentioned at least this often (articles, which have no count, always); neighbourhoods show all. */
  minMentions: number;
  /** ISO days; events outside [from, to] (or without a date while a bound is set) are hidden. */
  dateFrom: string | null = null;
  dateTo: string | null = null;
  hoveredNode: string | null = null;
  selectedNode: string | null = null;
  ego: EgoView | null = null;
  /** The nodes whose labels are drawn (see label-picker.ts); the rest show theirs on hover only. */
  labelled = new Set<string>();
  /** The graph sigma draws (see shownGraph). */
  view: ViewerGraph;
  /** Sigma programs for it: fast ones for a big view, discs and arrows for a small one (see fastDrawingAbove). */
  private nodeProgram = "circle";
  private edgeProgram = "arrow";
  private hoverNeighbours = new Set<string>();
  private hoverKey: string | null = null;
  readonly sizeOf: (attributes: ViewerNodeAttributes) => number;

  constructor(private readonly graph: ViewerGraph) {
    this.sizeOf = nodeSizer(graph);
    this.minMentions = this.mentionsForOverview();
    this.view = this.shownGraph();
  }

  /** The smallest mention count that leaves at most overviewNodes nodes of the kinds on show. */
  private mentionsForOverview(): number {
    const nodesMentioned: number[] = [];
    this.graph.forEachNode((_key, attributes) => {
      if (!this.isFilteredOut(attributes)) nodesMentioned[attributes.mentions ?? 1] = (nodesMentioned[attributes.mentions ?? 1] ?? 0) + 1;
    });
    let shown = 0;
    for (let mentions = nodesMentioned.length - 1; mentions >= 1; mentions--) {
      shown += nodesMentioned[mentions] ?? 0;
      if (shown > VIEWER_SETTINGS.overviewNodes) return mentions + 1;
    }
    return 1;
  }

  isFilteredOut(attributes: ViewerNodeAttributes): boolean {
    if (this.hiddenKinds.has(attributes.kind)) return true;
    if (attributes.kind === "Event" && (this.dateFrom || this.dateTo)) {
      const date = attributes.date;
      if (!date) return true;
      if (this.dateFrom && date < this.dateFrom) return true;
      if (this.dateTo && date > this.dateTo) return true;
    }
    return false;
  }

  isEdgeShown(attributes: ViewerEdgeAttributes): boolean {
    return this.showLowConfidence || attributes.confidence >= VIEWER_SETTINGS.lowConfidence;
  }

  /** Neighbours in the whole graph through edges the filters let through: what an ego view is made of. */
  *shownNeighbours(key: string): Generator<string> {
    for (const { source, target, attributes, targetAttributes, sourceAttributes } of this.graph.edgeEntries(key)) {
      const [neighbour, neighbourAttributes] = source === key ? [target, targetAttributes] : [source, sourceAttributes];
      if (this.isEdgeShown(attributes) && !this.isFilteredOut(neighbourAttributes)) yield neighbour;
    }
  }

  /**
   * What sigma is given: only the nodes and edges on show, an ego view's at their ring
   * positions. Hidden items are left out rather than hidden by a reducer, because software
   * WebGL pays for every item in sigma's buffers, drawn or not (a second per frame on BBC news).
   */
  shownGraph(): ViewerGraph {
    const view: ViewerGraph = new MultiDirectedGraph<ViewerNodeAttributes, ViewerEdgeAttributes>({ allowSelfLoops: false });
    this.graph.forEachNode((key, attributes) => {
      if (!this.ego) {
        if (!this.isFilteredOut(attributes) && (attributes.mentions ?? this.minMentions) >= this.minMentions) view.addNode(key, attributes);
        return;
      }
      // The focus is shown even when a filter hides its kind (an article chosen from a panel).
      const position = this.ego.positions.get(key);
      if (position && (key === this.ego.focus || !this.isFilteredOut(attributes))) view.addNode(key, { ...attributes, ...position });
    });
    this.graph.forEachEdge((edge, attributes, source, target) => {
      if (this.isEdgeShown(attributes) && view.hasNode(source) && view.hasNode(target)) view.addDirectedEdgeWithKey(edge, source, target, attributes);
    });
    const fast = view.order + view.size > VIEWER_SETTINGS.fastDrawingAbove;
    [this.nodeProgram, this.edgeProgram] = fast ? ["point", "line"] : ["circle", "arrow"];
    return view;
  }

  private hovered(): Set<string> {
    if (this.hoveredNode !== this.hoverKey) {
      this.hoverKey = this.hoveredNode;
      this.hoverNeighbours = new Set(this.hoveredNode && this.view.hasNode(this.hoveredNode) ? this.view.neighbors(this.hoveredNode) : []);
    }
    return this.hoverNeighbours;
  }

  /** In an ego view, nodes left of the focus label to the left, away from it. */
  labelSide(key: string): LabelSide {
    if (!this.ego || key === this.ego.focus) return "right";
    return this.view.getNodeAttribute(key, "x")! < this.view.getNodeAttribute(this.ego.focus, "x")! ? "left" : "right";
  }

  /** On the whole graph, by mentions; in an ego view neighbours smaller and the focus at least a clear disc. */
  private displaySize(key: string, attributes: ViewerNodeAttributes): number {
    const size = this.sizeOf(attributes);
    if (!this.ego) return size;
    if (key === this.ego.focus) return Math.max(VIEWER_SETTINGS.egoFocusMinSize, size);
    return Math.max(VIEWER_SETTINGS.egoMinNodeSize, size * VIEWER_SETTINGS.egoSizeFactor);
  }

  nodeReducer = (key: string, attributes: ViewerNodeAttributes): Partial<NodeDisplayData> => {
    const display: Partial<NodeDisplayData> = { x: attributes.x, y: attributes.y, label: shortLabel(attributes), color: kindColor(attributes.kind), size: this.displaySize(key, attributes), type: this.nodeProgram };
    (display as { labelSide?: LabelSide }).labelSide = this.labelSide(key);
    display.forceLabel = this.labelled.has(key);
    if (key === this.selectedNode) {
      display.highlighted = true;
      display.zIndex = 2;
    }
    const hovered = this.hoveredNode;
    if (hovered) {
      if (key === hovered) {
        display.highlighted = true;
        display.forceLabel = true;
        display.label = displayName(attributes);
        display.zIndex = 2;
      } else if (this.hovered().has(key)) {
        display.zIndex = 1;
      } else {
        display.color = DIMMED_NODE_COLOR;
        display.forceLabel = false;
        display.zIndex = 0;
      }
    }
    return display;
  };

  edgeReducer = (key: string, attributes: ViewerEdgeAttributes): Partial<EdgeDisplayData> => {
    const type = this.edgeProgram;
    const focus = this.hoveredNode ?? this.ego?.focus;
    if (!focus) return { type, color: EDGE_COLOR, size: attributes.kind === "MENTIONS" ? 0.5 : 1 };
    const [source, target] = this.view.extremities(key);
    if (source === focus || target === focus) return { type, color: this.hoveredNode ? FOCUSED_EDGE_COLOR : EGO_FOCUS_EDGE_COLOR, size: 1, zIndex: 1 };
    // In an ego view the links among neighbours stay, lighter; on hover only the hovered node's show.
    return this.hoveredNode ? { type, hidden: true } : { type, color: EGO_EDGE_COLOR, size: 1 };
  };
}
