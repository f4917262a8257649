// How the data graph looks: colour by kind (from graph-schema, the one source of truth),
// size by mentions on a log scale, and which nodes a filter or a focus dims or hides.
import type { MultiDirectedGraph } from "graphology";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { NODE_LABELS, isNodeLabel, type EdgeAttributes, type NodeAttributes } from "../graph-schema/index.js";

export type ViewerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

const UNKNOWN_KIND_COLOR = "#adb5bd";
const DIMMED_NODE_COLOR = "#e3e6ea";
const EDGE_COLOR = "#cfd4da";
const FOCUSED_EDGE_COLOR = "#56606b";
const ARTICLE_SIZE = 4;

export function kindColor(kind: unknown): string {
  return isNodeLabel(kind) ? NODE_LABELS[kind].color : UNKNOWN_KIND_COLOR;
}

/**
 * Radius in screen pixels: log scale, so a node mentioned 100 times is not 100 times bigger.
 * `scale` shrinks everything on huge graphs, where full-size discs would only overlap.
 */
export function nodeSize(attributes: NodeAttributes, scale = 1): number {
  if (attributes.kind === "Article") return ARTICLE_SIZE * scale;
  const mentions = Math.max(1, attributes.mentions ?? 1);
  return Math.min(20, 3 + 2.2 * Math.log2(1 + mentions)) * scale;
}

/** Node size factor by graph order: 1 up to 1k nodes, 0.5 at 10k, 0.35 from 50k on. */
export function sizeScale(order: number): number {
  return order <= 1_000 ? 1 : Math.max(0.35, 1 - 0.5 * Math.log10(order / 1_000));
}

const LABEL_HALO = "rgba(247, 248, 250, 0.92)";

/** Sigma's label, drawn over a halo of the background colour so it stays readable over edges and nodes. */
export const drawLabelWithHalo: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes> = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 3;
  const y = data.y + size / 3;
  context.lineJoin = "round";
  context.lineWidth = 3;
  context.strokeStyle = LABEL_HALO;
  context.strokeText(data.label, x, y);
  context.fillStyle = settings.labelColor.color ?? "#1f2933";
  context.fillText(data.label, x, y);
};

/** What the reader has switched off and what they are looking at. */
export class ViewState {
  readonly hiddenKinds = new Set<string>();
  /** ISO days; events outside [from, to] (or without a date while a bound is set) are hidden. */
  dateFrom: string | null = null;
  dateTo: string | null = null;
  hoveredNode: string | null = null;
  selectedNode: string | null = null;
  private focusNeighbours = new Set<string>();
  private focusKey: string | null = null;

  private readonly sizeScale: number;

  constructor(private readonly graph: ViewerGraph) {
    this.sizeScale = sizeScale(graph.order);
  }

  /** The node whose neighbourhood stays lit: the hovered one, else the selected one. */
  get focus(): string | null {
    return this.hoveredNode ?? this.selectedNode;
  }

  isFilteredOut(attributes: NodeAttributes): boolean {
    if (this.hiddenKinds.has(attributes.kind)) return true;
    if (attributes.kind === "Event" && (this.dateFrom || this.dateTo)) {
      const date = attributes.date;
      if (!date) return true;
      if (this.dateFrom && date < this.dateFrom) return true;
      if (this.dateTo && date > this.dateTo) return true;
    }
    return false;
  }

  private neighbours(): Set<string> {
    const focus = this.focus;
    if (focus !== this.focusKey) {
      this.focusKey = focus;
      this.focusNeighbours = new Set(focus && this.graph.hasNode(focus) ? this.graph.neighbors(focus) : []);
    }
    return this.focusNeighbours;
  }

  nodeReducer = (key: string, attributes: NodeAttributes): Partial<NodeDisplayData> => {
    // Sigma draws what the reducer returns, so the position has to come along.
    const display: Partial<NodeDisplayData> = { x: attributes.x, y: attributes.y, label: attributes.name, color: kindColor(attributes.kind), size: nodeSize(attributes, this.sizeScale) };
    if (this.isFilteredOut(attributes)) display.hidden = true;
    const focus = this.focus;
    if (focus) {
      if (key === focus) {
        display.forceLabel = true;
        display.highlighted = true;
        display.zIndex = 2;
      } else if (this.neighbours().has(key)) {
        display.forceLabel = true;
        display.zIndex = 1;
      } else {
        display.color = DIMMED_NODE_COLOR;
        display.label = null;
        display.zIndex = 0;
      }
    } else if (key === this.selectedNode) {
      display.highlighted = true;
    }
    return display;
  };

  edgeReducer = (key: string, attributes: EdgeAttributes): Partial<EdgeDisplayData> => {
    const focus = this.focus;
    if (!focus) return { color: EDGE_COLOR, size: attributes.kind === "MENTIONS" ? 0.5 : 1 };
    const [source, target] = this.graph.extremities(key);
    if (source !== focus && target !== focus) return { hidden: true };
    return { color: FOCUSED_EDGE_COLOR, size: 1.5, zIndex: 1 };
  };
}
