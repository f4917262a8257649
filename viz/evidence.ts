// The sentences behind nodes and edges, read from the page's evidence block the first time a
// panel asks (parsing it while the page opens would delay the first picture for no one).
import { EVIDENCE_FIELDS, type EvidenceData } from "./viewer-data.js";

export interface EvidenceItem {
  sentence: string;
  /** The article's id; its node is `Article:<id>`. */
  article: string;
  /** Where the node is named in the sentence, or null when it could not be found. */
  mark: [number, number] | null;
}

export class EvidenceStore {
  private data: EvidenceData | null = null;

  /** `nodeIndex` and `edgeIndex` give a key's position in the page's node and edge lists. */
  constructor(
    private readonly nodeIndex: ReadonlyMap<string, number>,
    private readonly edgeIndex: (edge: string) => number,
  ) {}

  forNode(key: string): EvidenceItem[] {
    const index = this.nodeIndex.get(key);
    return index === undefined ? [] : this.decode(this.load().nodes[index]);
  }

  forEdge(edge: string): EvidenceItem[] {
    return this.decode(this.load().edges[this.edgeIndex(edge)]);
  }

  private load(): EvidenceData {
    if (!this.data) {
      const script = document.getElementById("newsgraph-evidence");
      this.data = script?.textContent ? (JSON.parse(script.textContent) as EvidenceData) : { sentences: [], articles: [], nodes: [], edges: [] };
    }
    return this.data;
  }

  private decode(run: number[] | undefined): EvidenceItem[] {
    const { sentences, articles } = this.load();
    const items: EvidenceItem[] = [];
    for (let at = 0; run && at < run.length; at += EVIDENCE_FIELDS) {
      const [sentence, article, start, end] = run.slice(at, at + EVIDENCE_FIELDS);
      items.push({ sentence: sentences[sentence], article: articles[article], mark: start >= 0 ? [start, end] : null });
    }
    return items;
  }
}
