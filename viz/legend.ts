// Legend and filters: one row per kind from graph-schema (colour, name, count, on/off)
// and a date range for events.
import { NODE_LABELS, NODE_LABEL_NAMES } from "../graph-schema/index.js";
import { append, element } from "./dom.js";
import type { ViewerGraph, ViewState } from "./visuals.js";

export function buildLegend(graph: ViewerGraph, state: ViewState, onChange: () => void): HTMLElement {
  const counts = new Map<string, number>();
  graph.forEachNode((_key, attributes) => counts.set(attributes.kind, (counts.get(attributes.kind) ?? 0) + 1));

  const kinds = element("ul", { className: "legend-kinds" });
  for (const kind of NODE_LABEL_NAMES) {
    const checkbox = element("input", { attributes: { type: "checkbox", "data-kind": kind } });
    checkbox.checked = !state.hiddenKinds.has(kind);
    checkbox.addEventListener("change", () => {
      if (checkbox.checked) state.hiddenKinds.delete(kind);
      else state.hiddenKinds.add(kind);
      onChange();
    });
    const swatch = element("span", { className: "swatch" });
    swatch.style.background = NODE_LABELS[kind].color;
    const label = element(
      "label",
      { className: "legend-kind", title: NODE_LABELS[kind].description },
      checkbox,
      swatch,
      element("span", { className: "legend-name" }, kind),
      element("span", { className: "count" }, (counts.get(kind) ?? 0).toLocaleString("en")),
    );
    kinds.append(element("li", {}, label));
  }

  const dateInput = (name: string) => element("input", { attributes: { type: "date", "aria-label": `Events ${name}`, "data-range": name } });
  const from = dateInput("from");
  const to = dateInput("to");
  const clearDates = element("button", { className: "link-button", attributes: { type: "button" } }, "Clear");
  const onDates = () => {
    state.dateFrom = from.value || null;
    state.dateTo = to.value || null;
    onChange();
  };
  from.addEventListener("change", onDates);
  to.addEventListener("change", onDates);
  clearDates.addEventListener("click", () => {
    from.value = "";
    to.value = "";
    onDates();
  });
  const dates = element(
    "div",
    { className: "date-range", attributes: { role: "group", "aria-label": "Event dates" } },
    element("div", { className: "date-range-title" }, "Events between"),
    element("label", { className: "date-field" }, element("span", { className: "muted" }, "from"), from),
    element("label", { className: "date-field" }, element("span", { className: "muted" }, "to"), to),
    element("p", { className: "hint" }, "Undated events are hidden while a range is set. ", clearDates),
  );

  const legend = element("details", { className: "legend" }, element("summary", {}, "Legend & filters"));
  // Open beside the graph on a wide window; folded on a phone, where it would cover it.
  legend.open = !window.matchMedia("(max-width: 720px)").matches;
  append(legend, kinds, dates);
  return legend;
}
