// Legend and filters: one row per kind from graph-schema (colour, name, count, on/off), an
// entities-only switch, low-confidence relations on/off, and a date range for events.
import { ENTITY_LABELS, NODE_LABELS, NODE_LABEL_NAMES } from "../graph-schema/index.js";
import { append, element } from "./dom.js";
import { VIEWER_SETTINGS } from "./settings.js";
import type { ViewerGraph, ViewState } from "./visuals.js";

const NON_ENTITY_KINDS = NODE_LABEL_NAMES.filter((kind) => !(ENTITY_LABELS as readonly string[]).includes(kind));

function toggle(label: string, checked: boolean, dataName: string, onChange: (checked: boolean) => void): { row: HTMLElement; checkbox: HTMLInputElement } {
  const checkbox = element("input", { attributes: { type: "checkbox", [`data-${dataName}`]: "" } });
  checkbox.checked = checked;
  checkbox.addEventListener("change", () => onChange(checkbox.checked));
  return { row: element("label", { className: "legend-toggle" }, checkbox, element("span", {}, label)), checkbox };
}

export function buildLegend(graph: ViewerGraph, state: ViewState, onChange: () => void): HTMLDetailsElement {
  const counts = new Map<string, number>();
  graph.forEachNode((_key, attributes) => counts.set(attributes.kind, (counts.get(attributes.kind) ?? 0) + 1));

  const kinds = element("ul", { className: "legend-kinds" });
  const kindBoxes = new Map<string, HTMLInputElement>();
  const entitiesOnly = toggle("Entities only", false, "entities-only", (checked) => {
    for (const kind of NON_ENTITY_KINDS) {
      if (checked || kind !== "Article") state.hiddenKinds[checked ? "add" : "delete"](kind);
      kindBoxes.get(kind)!.checked = !state.hiddenKinds.has(kind);
    }
    onChange();
  });
  for (const kind of NODE_LABEL_NAMES) {
    const checkbox = element("input", { attributes: { type: "checkbox", "data-kind": kind } });
    kindBoxes.set(kind, checkbox);
    checkbox.checked = !state.hiddenKinds.has(kind);
    checkbox.addEventListener("change", () => {
      if (checkbox.checked) state.hiddenKinds.delete(kind);
      else state.hiddenKinds.add(kind);
      entitiesOnly.checkbox.checked = NON_ENTITY_KINDS.every((other) => state.hiddenKinds.has(other));
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
  const lowConfidence = toggle(`Relations below ${VIEWER_SETTINGS.lowConfidence} confidence`, state.showLowConfidence, "low-confidence", (checked) => {
    state.showLowConfidence = checked;
    onChange();
  });
  const minMentions = element("input", { className: "mentions-input", attributes: { type: "number", min: "1", step: "1", "data-min-mentions": "", "aria-label": "Least mentions shown" } });
  minMentions.value = String(state.minMentions);
  minMentions.addEventListener("change", () => {
    state.minMentions = Math.max(1, Math.round(Number(minMentions.value)) || 1);
    minMentions.value = String(state.minMentions);
    onChange();
  });
  const mentionsRow = element("label", { className: "legend-toggle", title: "On the whole graph; a selected node's neighbourhood shows all" }, element("span", {}, "Mentioned at least"), minMentions, element("span", {}, "times"));
  append(legend, kinds, element("div", { className: "legend-toggles" }, mentionsRow, entitiesOnly.row, lowConfidence.row), dates);
  return legend;
}
