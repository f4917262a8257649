// Search box with its own suggestion list, keyboard-driven (arrows move, Enter chooses, Escape
// closes). Matching is MiniSearch's: words in any order, a prefix for the word being typed, a
// typo or two by word length, accents ignored ("Guteres", "Blair Tony", "Gutérres" for
// "Guterres"); names, aliases, event headlines and organisations' initials ("UN") are indexed;
// entities rank above events and articles, the most mentioned first among equals.
import MiniSearch, { type SearchResult } from "minisearch";
import { normaliseName } from "../graph-schema/index.js";
import { append, clear, element } from "./dom.js";
import { VIEWER_SETTINGS } from "./settings.js";
import { displayName, kindColor, type ViewerGraph } from "./visuals.js";

interface Entry {
  key: string;
  name: string;
  kind: string;
  mentions: number;
  aliases: string[];
}

interface SearchDocument {
  id: number;
  name: string;
  aliases: string;
  initials: string;
}

interface Match {
  entry: Entry;
  /** The alias that matched, when the name did not. */
  alias: string | null;
}

/** Typos allowed: a fifth of a word's letters, rounded (one in "Blar", two in "Guteress"). */
const FUZZY = 0.2;

const searchTerms = (text: string): string[] => normaliseName(text).split(" ").filter(Boolean);

/** Kinds that news names by initials: "UN" for United Nations, "BBC", "EU". */
const ABBREVIATED_KINDS = new Set(["Organization", "Place", "Group"]);

/** The initials of a name's capitalised words ("British Broadcasting Corporation" → "BBC"), or "" for a one-word name. */
function initials(name: string): string {
  const capitalised = name.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word));
  return capitalised.length >= 2 ? capitalised.map((word) => word[0]).join("") : "";
}

export class SearchBox {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private entries: Entry[] = [];
  private engine: MiniSearch<SearchDocument> | null = null;
  private matches: Match[] = [];
  private active = -1;
  private blurTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly graph: ViewerGraph, private readonly onChoose: (key: string) => void) {
    this.input = element("input", {
      className: "search-input",
      attributes: { type: "search", placeholder: "Search people, places, events…", "aria-label": "Search", autocomplete: "off", spellcheck: "false", role: "combobox", "aria-controls": "search-suggestions", "aria-expanded": "false" },
    });
    const shortcut = element("kbd", { className: "search-shortcut", title: "Press / to search" }, "/");
    this.list = element("ul", { className: "suggestions", attributes: { id: "search-suggestions", role: "listbox" } });
    this.list.hidden = true;
    this.root = element("div", { className: "search" }, this.input, shortcut, this.list);
    this.input.addEventListener("input", () => this.update());
    this.input.addEventListener("keydown", (event) => this.onKey(event));
    // Late, so a click on a suggestion lands first; cancelled if the field is back in use by then.
    this.input.addEventListener("blur", () => (this.blurTimer = setTimeout(() => this.hideList(), 150)));
    this.input.addEventListener("focus", () => clearTimeout(this.blurTimer));
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  get listOpen(): boolean {
    return !this.list.hidden;
  }

  hideList(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.active = -1;
  }

  /** Builds the index; the page calls it once the first picture is up, a first keystroke before that builds it then. */
  prepare(): void {
    if (this.engine) return;
    this.engine = new MiniSearch({
      fields: ["name", "aliases", "initials"],
      processTerm: (term) => normaliseName(term) || null,
      searchOptions: { boost: { name: 2 }, fuzzy: FUZZY, prefix: (_term, index, terms) => index === terms.length - 1 },
    });
    const documents: SearchDocument[] = [];
    this.graph.forEachNode((key, attributes) => {
      const aliases = attributes.aliases ?? [];
      // An event is found by its headline and by its stored name ("Tony Blair: said").
      const searchable = attributes.headline ? [attributes.name, ...aliases] : aliases;
      const abbreviation = ABBREVIATED_KINDS.has(attributes.kind) ? initials(attributes.name) : "";
      documents.push({ id: this.entries.length, name: displayName(attributes), aliases: searchable.join(" · "), initials: abbreviation });
      this.entries.push({ key, name: displayName(attributes), kind: attributes.kind, mentions: attributes.mentions ?? 0, aliases });
    });
    this.engine.addAll(documents);
  }

  /** The best matches for a query, best first. */
  find(query: string): Match[] {
    this.prepare();
    const boostDocument = (id: number) => {
      const entry = this.entries[id];
      return (VIEWER_SETTINGS.kindSearchBoost[entry.kind] ?? 1) * (1 + Math.log10(1 + entry.mentions));
    };
    // Every word should match; when no node has them all, the best partial matches.
    let results: SearchResult[] = this.engine!.search(query, { combineWith: "AND", boostDocument });
    if (results.length === 0) results = this.engine!.search(query, { combineWith: "OR", boostDocument });
    return results.slice(0, VIEWER_SETTINGS.maxSuggestions).map((result) => {
      const entry = this.entries[result.id as number];
      const nameTerms = new Set(searchTerms(entry.name));
      const aliasTerm = result.terms.find((term) => !nameTerms.has(term));
      const alias = aliasTerm === undefined ? null : (entry.aliases.find((candidate) => searchTerms(candidate).includes(aliasTerm)) ?? (normaliseName(initials(entry.name)) === aliasTerm ? initials(entry.name) : null));
      return { entry, alias };
    });
  }

  private update(): void {
    clearTimeout(this.blurTimer);
    const query = this.input.value.trim();
    this.matches = query ? this.find(query) : [];
    this.active = this.matches.length > 0 ? 0 : -1;
    this.renderList();
  }

  private renderList(): void {
    clear(this.list);
    if (this.input.value.trim() === "") return this.hideList();
    if (this.matches.length === 0) append(this.list, element("li", { className: "no-match" }, "No match"));
    this.matches.forEach((match, index) => {
      const dot = element("span", { className: "dot" });
      dot.style.background = kindColor(match.entry.kind);
      const option = element(
        "li",
        { className: index === this.active ? "suggestion active" : "suggestion", attributes: { role: "option", "aria-selected": String(index === this.active) } },
        dot,
        element("span", { className: "suggestion-name" }, match.entry.name),
        match.alias && element("span", { className: "suggestion-alias" }, `“${match.alias}”`),
        element("span", { className: "suggestion-kind" }, match.entry.kind),
      );
      // mousedown, not click: it fires before the input's blur hides the list.
      option.addEventListener("mousedown", (event) => {
        event.preventDefault();
        this.choose(index);
      });
      this.list.append(option);
    });
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  private choose(index: number): void {
    const match = this.matches[index];
    if (!match) return;
    this.input.value = match.entry.name;
    this.hideList();
    this.onChoose(match.entry.key);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (this.matches.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.active = (this.active + step + this.matches.length) % this.matches.length;
      this.renderList();
    } else if (event.key === "Enter") {
      event.preventDefault();
      this.choose(Math.max(0, this.active));
    } else if (event.key === "Escape" && this.listOpen) {
      event.stopPropagation();
      this.hideList();
    }
  }
}
