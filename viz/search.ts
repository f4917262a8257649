// Search box with its own suggestion list (names and aliases), keyboard-driven:
// arrows move, Enter chooses, Escape closes.
import { append, clear, element } from "./dom.js";
import { kindColor, type ViewerGraph } from "./visuals.js";

const MAX_SUGGESTIONS = 10;

interface Entry {
  key: string;
  name: string;
  kind: string;
  mentions: number;
  aliases: string[];
  /** Lower-cased name first, then aliases. */
  terms: string[];
}

interface Match {
  entry: Entry;
  rank: number;
  /** The alias that matched, when it was not the name. */
  alias: string | null;
}

export class SearchBox {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  /** Built on the first keystroke, not while the page is opening. */
  private entries: Entry[] | null = null;
  private matches: Match[] = [];
  private active = -1;

  constructor(private readonly graph: ViewerGraph, private readonly onChoose: (key: string) => void) {
    this.input = element("input", {
      className: "search-input",
      attributes: { type: "search", placeholder: "Search names and aliases", "aria-label": "Search", autocomplete: "off", spellcheck: "false", role: "combobox", "aria-controls": "search-suggestions", "aria-expanded": "false" },
    });
    const shortcut = element("kbd", { className: "search-shortcut", title: "Press / to search" }, "/");
    this.list = element("ul", { className: "suggestions", attributes: { id: "search-suggestions", role: "listbox" } });
    this.list.hidden = true;
    this.root = element("div", { className: "search" }, this.input, shortcut, this.list);
    this.input.addEventListener("input", () => this.update());
    this.input.addEventListener("keydown", (event) => this.onKey(event));
    this.input.addEventListener("blur", () => setTimeout(() => this.hideList(), 150));
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

  private index(): Entry[] {
    if (!this.entries) {
      const entries: Entry[] = [];
      this.graph.forEachNode((key, attributes) => {
        const aliases = attributes.aliases ?? [];
        const terms = [attributes.name, ...aliases].map((term) => term.toLowerCase());
        entries.push({ key, name: attributes.name, kind: attributes.kind, mentions: attributes.mentions ?? 0, aliases, terms });
      });
      this.entries = entries;
    }
    return this.entries;
  }

  private find(query: string): Match[] {
    const matches: Match[] = [];
    for (const entry of this.index()) {
      let best: Match | null = null;
      for (let index = 0; index < entry.terms.length; index++) {
        const term = entry.terms[index];
        const at = term.indexOf(query);
        if (at < 0) continue;
        // Exact, then start of the name or alias, then start of one of its words, then anywhere.
        const rank = term === query ? 0 : at === 0 ? 1 : term[at - 1] === " " ? 2 : 3;
        if (!best || rank < best.rank) best = { entry, rank, alias: index === 0 ? null : entry.aliases[index - 1] };
      }
      if (best) matches.push(best);
    }
    return matches
      .sort((a, b) => a.rank - b.rank || b.entry.mentions - a.entry.mentions || a.entry.name.localeCompare(b.entry.name))
      .slice(0, MAX_SUGGESTIONS);
  }

  private update(): void {
    const query = this.input.value.trim().toLowerCase();
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
