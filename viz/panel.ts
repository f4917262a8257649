// The side panel for the selected node: what it is, how it is related, and the sentences
// it was found in. Every string from the articles goes in as text.
import { RELATION_TYPES, type EdgeAttributes, type Evidence, type NodeAttributes } from "../graph-schema/index.js";
import { append, clear, element } from "./dom.js";
import { kindColor, type ViewerGraph } from "./visuals.js";

/** Long lists (an article's MENTIONS, a capital's evidence) are cut here, with a count of the rest. */
const MAX_RELATIONS_PER_TYPE = 100;
const MAX_EVIDENCE = 40;

interface Relation {
  other: string;
  outgoing: boolean;
  attributes: EdgeAttributes;
}

export class NodePanel {
  readonly root: HTMLElement;
  private readonly body: HTMLElement;

  constructor(
    private readonly graph: ViewerGraph,
    private readonly onSelect: (key: string) => void,
    private readonly onClose: () => void,
  ) {
    const closeButton = element("button", { className: "panel-close", title: "Close (Esc)", attributes: { type: "button", "aria-label": "Close panel" } }, "×");
    closeButton.addEventListener("click", () => this.onClose());
    this.body = element("div", { className: "panel-body" });
    this.root = element("aside", { className: "panel", attributes: { id: "panel", "aria-label": "Selected node" } }, closeButton, this.body);
    this.root.hidden = true;
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  close(): void {
    this.root.hidden = true;
    clear(this.body);
  }

  show(key: string): void {
    const attributes = this.graph.getNodeAttributes(key);
    clear(this.body);
    const chip = element("span", { className: "kind-chip" }, attributes.kind);
    chip.style.setProperty("--kind-color", kindColor(attributes.kind));
    append(this.body, element("h2", { className: "panel-title" }, attributes.name), chip);
    if (attributes.aliases?.length) {
      append(this.body, element("p", { className: "aliases" }, element("span", { className: "muted" }, "Also: "), attributes.aliases.join(" · ")));
    }
    append(this.body, this.properties(attributes), this.relations(key), this.evidence(attributes));
    this.root.hidden = false;
    this.body.scrollTop = 0;
  }

  private properties(attributes: NodeAttributes): HTMLElement {
    const rows: [string, string][] = [];
    if (attributes.eventType) rows.push(["Event type", attributes.eventType]);
    if (attributes.kind === "Event" || attributes.kind === "Article") rows.push(["Date", attributes.date ?? "unknown"]);
    if (attributes.title) rows.push(["Title", attributes.title]);
    if (attributes.source) rows.push(["Source", attributes.source]);
    if (attributes.words !== undefined) rows.push(["Words", String(attributes.words)]);
    if (attributes.mentions !== undefined) rows.push(["Mentions", String(attributes.mentions)]);
    if (attributes.confidence !== undefined) rows.push(["Confidence", attributes.confidence.toFixed(2)]);
    const list = element("dl", { className: "properties" });
    for (const [name, value] of rows) append(list, element("dt", {}, name), element("dd", {}, value));
    return list;
  }

  private relations(key: string): HTMLElement {
    const byType = new Map<string, Relation[]>();
    const add = (other: string, outgoing: boolean, attributes: EdgeAttributes) => {
      const list = byType.get(attributes.kind) ?? [];
      list.push({ other, outgoing, attributes });
      byType.set(attributes.kind, list);
    };
    this.graph.forEachOutEdge(key, (_edge, attributes, _source, target) => add(target, true, attributes));
    this.graph.forEachInEdge(key, (_edge, attributes, source) => add(source, false, attributes));

    const section = element("section", { className: "panel-section" }, element("h3", {}, "Relations"));
    if (byType.size === 0) append(section, element("p", { className: "muted" }, "None."));
    for (const [type, relations] of byType) {
      const description = type in RELATION_TYPES ? RELATION_TYPES[type as keyof typeof RELATION_TYPES].description : "";
      const list = element("ul", { className: "relations" });
      for (const relation of relations.slice(0, MAX_RELATIONS_PER_TYPE)) list.append(this.relationItem(relation));
      append(
        section,
        element("h4", { title: description }, type, element("span", { className: "count" }, String(relations.length))),
        list,
        relations.length > MAX_RELATIONS_PER_TYPE && element("p", { className: "muted" }, `and ${relations.length - MAX_RELATIONS_PER_TYPE} more`),
      );
    }
    return section;
  }

  private relationItem({ other, outgoing, attributes }: Relation): HTMLElement {
    const otherAttributes = this.graph.getNodeAttributes(other);
    const dot = element("span", { className: "dot" });
    dot.style.background = kindColor(otherAttributes.kind);
    const button = element(
      "button",
      { className: "relation", title: `${outgoing ? "to" : "from"} ${otherAttributes.kind}`, attributes: { type: "button" } },
      element("span", { className: "direction", attributes: { "aria-hidden": "true" } }, outgoing ? "→" : "←"),
      dot,
      element("span", { className: "relation-name" }, otherAttributes.name),
      attributes.role && element("span", { className: "role" }, attributes.role),
    );
    button.addEventListener("click", () => this.onSelect(other));
    return element("li", {}, button);
  }

  private evidence(attributes: NodeAttributes): HTMLElement {
    const evidence = attributes.evidence ?? [];
    const section = element("section", { className: "panel-section" }, element("h3", {}, "Evidence", element("span", { className: "count" }, String(evidence.length))));
    if (evidence.length === 0) append(section, element("p", { className: "muted" }, "No sentences recorded."));
    const byArticle = new Map<string, Evidence[]>();
    for (const item of evidence.slice(0, MAX_EVIDENCE)) byArticle.set(item.article, [...(byArticle.get(item.article) ?? []), item]);
    for (const [articleId, items] of byArticle) {
      const articleKey = `Article:${articleId}`;
      const article = this.graph.hasNode(articleKey) ? this.graph.getNodeAttributes(articleKey) : undefined;
      const heading = element("div", { className: "article" }, element("span", { className: "article-title" }, article?.title ?? article?.name ?? articleId));
      if (article?.date) append(heading, element("span", { className: "article-date" }, article.date));
      // A sentence naming the node twice is recorded twice; show it once.
      const sentences = [...new Set(items.map((item) => item.sentence))];
      append(section, heading, ...sentences.map((sentence) => element("blockquote", {}, sentence)));
    }
    if (evidence.length > MAX_EVIDENCE) append(section, element("p", { className: "muted" }, `and ${evidence.length - MAX_EVIDENCE} more`));
    return section;
  }
}
