// Chooses the labels to draw for what sigma shows now (the whole graph, or an ego view) with
// the label picker, and applies the choice by refreshing only the nodes whose label changed.
import type Sigma from "sigma";
import { pickLabels, type Box, type LabelCandidate } from "./label-picker.js";
import { VIEWER_SETTINGS } from "./settings.js";
import type { ViewerEdgeAttributes, ViewerNodeAttributes } from "./viewer-data.js";
import { labelPriority, type ViewerGraph, type ViewState } from "./visuals.js";

export class Labeller {
  /** Every node, the most important first; ego views reuse the order. */
  private readonly byPriority: string[];
  private readonly rank = new Map<string, number>();
  private readonly widths = new Map<string, number>();
  private readonly context = document.createElement("canvas").getContext("2d")!;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    graph: ViewerGraph,
    private readonly state: ViewState,
    private readonly sigma: Sigma<ViewerNodeAttributes, ViewerEdgeAttributes>,
    /** The part of the view nothing covers. */
    private readonly freeArea: () => Box,
  ) {
    const priority = new Map(graph.mapNodes((key) => [key, labelPriority(graph, key)]));
    this.byPriority = graph.nodes().sort((a, b) => priority.get(b)! - priority.get(a)!);
    this.byPriority.forEach((key, index) => this.rank.set(key, index));
    this.context.font = `${VIEWER_SETTINGS.labelWeight} ${VIEWER_SETTINGS.labelFontSize}px ${VIEWER_SETTINGS.labelFont}`;
  }

  /** Re-chooses once the camera has rested (a zoom fires many updates). */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), VIEWER_SETTINGS.labelDelayMs);
  }

  /** Chooses now and redraws the nodes whose label appears or goes. */
  update(): void {
    clearTimeout(this.timer);
    const chosen = pickLabels(this.candidates(), {
      budget: this.state.ego ? VIEWER_SETTINGS.egoLabels : VIEWER_SETTINGS.overviewLabels,
      bounds: this.freeArea(),
      fontSize: VIEWER_SETTINGS.labelFontSize,
      margin: VIEWER_SETTINGS.labelMargin,
      measure: (text) => this.measure(text),
    });
    const changed = [...chosen].filter((key) => !this.state.labelled.has(key));
    for (const key of this.state.labelled) if (!chosen.has(key)) changed.push(key);
    this.state.labelled = chosen;
    if (changed.length > 0) this.sigma.refresh({ partialGraph: { nodes: changed }, skipIndexation: true });
  }

  private *candidates(): Generator<LabelCandidate> {
    const ego = this.state.ego;
    // In an ego view the focus is labelled first, then its members by importance.
    const order = ego ? [ego.focus, ...[...ego.positions.keys()].filter((key) => key !== ego.focus).sort((a, b) => this.rank.get(a)! - this.rank.get(b)!)] : this.byPriority;
    // Sigma converts with the matrix of its last render; the camera may have moved since.
    const now = { cameraState: this.sigma.getCamera().getState() };
    for (const key of order) {
      const display = this.sigma.getNodeDisplayData(key);
      if (!display || display.hidden || !display.label) continue;
      const { x, y } = this.sigma.framedGraphToViewport(display, now);
      yield { key, x, y, size: this.sigma.scaleSize(display.size), text: display.label, side: this.state.labelSide(key) };
    }
  }

  private measure(text: string): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      width = this.context.measureText(text).width;
      this.widths.set(text, width);
    }
    return width;
  }
}
