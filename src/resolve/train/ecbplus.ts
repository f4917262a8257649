// Reading ECB+ articles (training and evaluation only): `<token>` elements, `<Markables>` (typed
// mentions anchored on token ids) and `<Relations>` (coreference chains), as the corpus's XML
// files hold them, one file per article under DIR/<topic>/.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface EcbToken {
  id: string;
  sentence: number;
  text: string;
}

export interface EcbMarkable {
  tag: string;
  tokenIds: string[];
}

export interface EcbArticle {
  file: string;
  tokens: EcbToken[];
  markables: Map<string, EcbMarkable>;
  /** Each coreference relation (cross- or within-document) as the ids of the markables it joins. */
  chains: string[][];
}

const unescape = (text: string) => text.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

export function parseEcbArticle(xml: string, file: string): EcbArticle {
  const tokens = [...xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)" number="\d+">([^<]*)<\/token>/g)].map((match) => ({ id: match[1], sentence: Number(match[2]), text: unescape(match[3]) }));
  const markables = new Map<string, EcbMarkable>();
  const markableXml = xml.split("<Markables>")[1]?.split("</Markables>")[0] ?? "";
  for (const match of markableXml.matchAll(/<(\w+) m_id="(\d+)"[^>]*>([\s\S]*?)<\/\1>/g)) {
    markables.set(match[2], { tag: match[1], tokenIds: [...match[3].matchAll(/t_id="(\d+)"/g)].map((id) => id[1]) });
  }
  const relationXml = xml.split("<Relations>")[1] ?? "";
  const chains = [...relationXml.matchAll(/<(CROSS_DOC_COREF|INTRA_DOC_COREF)[^>]*>([\s\S]*?)<\/\1>/g)].map((match) => [...match[2].matchAll(/<source m_id="(\d+)"/g)].map((source) => source[1]));
  return { file, tokens, markables, chains };
}

/** The articles of the topics in `range` ("1-22"), in file order; topics missing from DIR are skipped. */
export function readEcbTopics(dir: string, range: string): EcbArticle[] {
  const [from, to] = range.split("-").map(Number);
  const articles: EcbArticle[] = [];
  for (let topic = from; topic <= (to ?? from); topic++) {
    let files: string[];
    try {
      files = readdirSync(join(dir, String(topic))).filter((file) => file.endsWith(".xml")).sort();
    } catch {
      continue;
    }
    for (const file of files) articles.push(parseEcbArticle(readFileSync(join(dir, String(topic), file), "utf8"), file));
  }
  return articles;
}
