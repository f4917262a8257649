// The side panel for the selected node: what it is; for an entity, its events as a timeline
// (grouped by type, in date order, each with the sentence that links them, the entity marked in
// it, and the article); its other relations in words; and the sentences it was found in.
// Every string from the articles goes in as text.
import type { RelationType } from "../graph-schema/index.js";
import { append, clear, element } from "./dom.js";
import { headlineDate } from "./event-headline.js";
import type { EvidenceItem, EvidenceStore } from "./evidence.js";
import { VIEWER_SETTINGS } from "./settings.js";
import type { ViewerEdgeAttributes, ViewerNodeAttributes } from "./viewer-data.js";
import { displayName, kindColor, type ViewerGraph } from "./visuals.js";
import { relationInWords, roleInWords } from "./words.js";

interface Relation {
  edge: string;
  other: string;
  outgoing: boolean;
  attributes: ViewerEdgeAttributes;
}

/** Relations that make an entity's timeline: it took part in the event, or the event was about it. */
const TIMELINE_RELATIONS: readonly { kind: RelationType; outgoing: boolean }[] = [
  { kind: "PARTICIPANT", outgoing: true },
  { kind: "ABOUT", outgoing: false },
];
const UNDATED = "9999";

export class NodePanel {
  readonly root: HTMLElement;
  private readonly body: HTMLElement;

  constructor(
    private readonly graph: ViewerGraph,
    private readonly evidence: EvidenceStore,
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
    const chip = element("span", { className: "kind-chip" }, attributes.eventType ? `${attributes.kind} · ${attributes.eventType}` : attributes.kind);
    chip.style.setProperty("--kind-color", kindColor(attributes.kind));
    append(this.body, element("h2", { className: "panel-title" }, displayName(attributes)), chip);
    if (attributes.aliases?.length) {
      append(this.body, element("p", { className: "aliases" }, element("span", { className: "muted" }, "Also: "), attributes.aliases.join(" · ")));
    }
    const relations = this.relationsOf(key);
    const inTimeline = (relation: Relation) => TIMELINE_RELATIONS.some(({ kind, outgoing }) => relation.attributes.kind === kind && relation.outgoing === outgoing);
    const timeline = attributes.kind === "Event" ? [] : relations.filter(inTimeline);
    append(
      this.body,
      this.properties(attributes),
      timeline.length > 0 && this.timeline(timeline),
      this.relations(relations.filter((relation) => !timeline.includes(relation))),
      this.mentions(key),
    );
    this.root.hidden = false;
    this.body.scrollTop = 0;
  }

  private relationsOf(key: string): Relation[] {
    const relations: Relation[] = [];
    this.graph.forEachOutEdge(key, (edge, attributes, _source, target) => relations.push({ edge, other: target, outgoing: true, attributes }));
    this.graph.forEachInEdge(key, (edge, attributes, source) => relations.push({ edge, other: source, outgoing: false, attributes }));
    return relations;
  }

  private properties(attributes: ViewerNodeAttributes): HTMLElement {
    const rows: [string, string][] = [];
    if (attributes.headline) rows.push(["Trigger", attributes.name]);
    if (attributes.kind === "Event" || attributes.kind === "Article") rows.push(["Date", attributes.date ? headlineDate(attributes.date) : "unknown"]);
    if (attributes.title && attributes.title !== attributes.name) rows.push(["Title", attributes.title]);
    if (attributes.mentions !== undefined) rows.push(["Mentions", String(attributes.mentions)]);
    if (attributes.confidence !== undefined) rows.push(["Confidence", attributes.confidence.toFixed(2)]);
    const list = element("dl", { className: "properties" });
    for (const [name, value] of rows) append(list, element("dt", {}, name), element("dd", {}, value));
    return list;
  }

  /** The entity's events by type (the busiest type first), each type in date order. */
  private timeline(relations: Relation[]): HTMLElement {
    const section = element("section", { className: "panel-section timeline" }, element("h3", {}, "Timeline", element("span", { className: "count" }, `${relations.length} events`)));
    const byType = new Map<string, Relation[]>();
    for (const relation of relations) {
      const type = this.graph.getNodeAttribute(relation.other, "eventType") ?? "Other";
      byType.set(type, [...(byType.get(type) ?? []), relation]);
    }
    const dateOf = (relation: Relation) => this.graph.getNodeAttribute(relation.other, "date") ?? UNDATED;
    const types = [...byType].sort(([a, left], [b, right]) => right.length - left.length || a.localeCompare(b));
    types.forEach(([type, items], index) => {
      items.sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || a.other.localeCompare(b.other));
      const list = element("ol", { className: "timeline-items" });
      const group = element("details", { className: "timeline-type", attributes: { "data-event-type": type } }, element("summary", {}, type, element("span", { className: "count" }, String(items.length))), list);
      group.open = index === 0;
      const showFrom = (start: number) => {
        const end = Math.min(items.length, start + VIEWER_SETTINGS.timelineItemsPerType);
        for (const relation of items.slice(start, end)) list.append(this.timelineItem(relation));
        if (end < items.length) {
          const more = element("button", { className: "link-button more", attributes: { type: "button" } }, `Show ${Math.min(VIEWER_SETTINGS.timelineItemsPerType, items.length - end)} more of ${items.length - end}`);
          more.addEventListener("click", () => {
            more.remove();
            showFrom(end);
          });
          list.append(element("li", {}, more));
        }
      };
      showFrom(0);
      section.append(group);
    });
    return section;
  }

  private timelineItem(relation: Relation): HTMLElement {
    const event = this.graph.getNodeAttributes(relation.other);
    const role = relation.attributes.kind === "PARTICIPANT" ? roleInWords("PARTICIPANT", relation.attributes.role) : "about them";
    const item = element(
      "li",
      { className: "timeline-item" },
      element("div", { className: "timeline-when" }, event.date ? headlineDate(event.date) : "date unknown", role && element("span", { className: "role" }, role)),
      this.nodeButton(relation.other, "timeline-event"),
    );
    // The sentence that links them: the edge's own, else the event's.
    const [first] = this.evidence.forEdge(relation.edge);
    const sentence = first ?? this.evidence.forNode(relation.other)[0];
    if (sentence) append(item, this.sentence(sentence), this.articleLine(sentence.article));
    return item;
  }

  private relations(relations: Relation[]): HTMLElement | null {
    if (relations.length === 0) return null;
    const section = element("section", { className: "panel-section" }, element("h3", {}, "Relations", element("span", { className: "count" }, String(relations.length))));
    const byWords = new Map<string, Relation[]>();
    for (const relation of relations) {
      // Participants group by their role ("involved, as victim"); other roles are per item ("as Secretary-General").
      const { kind, role } = relation.attributes;
      const words = relationInWords(kind, kind === "PARTICIPANT" ? role : undefined, relation.outgoing);
      byWords.set(words, [...(byWords.get(words) ?? []), relation]);
    }
    for (const [words, items] of byWords) {
      const list = element("ul", { className: "relations" });
      for (const relation of items.slice(0, VIEWER_SETTINGS.relationsPerType)) {
        const { kind, role } = relation.attributes;
        list.append(element("li", {}, this.nodeButton(relation.other, "relation", kind === "PARTICIPANT" ? "" : roleInWords(kind, role))));
      }
      append(
        section,
        element("h4", {}, words, element("span", { className: "count" }, String(items.length))),
        list,
        items.length > VIEWER_SETTINGS.relationsPerType && element("p", { className: "muted" }, `and ${items.length - VIEWER_SETTINGS.relationsPerType} more`),
      );
    }
    return section;
  }

  /** The sentences the node was found in, by article, the mention marked. */
  private mentions(key: string): HTMLElement {
    const items = this.evidence.forNode(key);
    const section = element("section", { className: "panel-section" }, element("h3", {}, "Found in", element("span", { className: "count" }, `${items.length} sentences`)));
    if (items.length === 0) append(section, element("p", { className: "muted" }, "No sentences recorded."));
    let article: string | null = null;
    for (const item of items.slice(0, VIEWER_SETTINGS.mentionsShown)) {
      if (item.article !== article) append(section, this.articleLine(item.article));
      article = item.article;
      append(section, this.sentence(item));
    }
    if (items.length > VIEWER_SETTINGS.mentionsShown) append(section, element("p", { className: "muted" }, `and ${items.length - VIEWER_SETTINGS.mentionsShown} more`));
    return section;
  }

  private nodeButton(key: string, className: string, note?: string): HTMLElement {
    const attributes = this.graph.getNodeAttributes(key);
    const dot = element("span", { className: "dot" });
    dot.style.background = kindColor(attributes.kind);
    const button = element("button", { className, title: attributes.kind, attributes: { type: "button" } }, dot, element("span", { className: "relation-name" }, displayName(attributes)), note && element("span", { className: "role" }, note));
    button.addEventListener("click", () => this.onSelect(key));
    return button;
  }

  private sentence({ sentence, mark }: EvidenceItem): HTMLElement {
    if (!mark) return element("blockquote", {}, sentence);
    return element("blockquote", {}, sentence.slice(0, mark[0]), element("mark", {}, sentence.slice(mark[0], mark[1])), sentence.slice(mark[1]));
  }

  private articleLine(articleId: string): HTMLElement {
    const key = `Article:${articleId}`;
    const article = this.graph.hasNode(key) ? this.graph.getNodeAttributes(key) : undefined;
    const line = element("div", { className: "article" }, element("span", { className: "article-title" }, article?.title ?? article?.name ?? articleId));
    if (article?.date) append(line, element("span", { className: "article-date" }, headlineDate(article.date)));
    return line;
  }
}
