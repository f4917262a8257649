// What the XML exporters (GraphML, GEXF) share: one exact escaping, since the usual XML
// writers leave entity-like text ("&nbsp;") or control characters as they are, the JSON
// encoding of lists (neither format has a list type every reader knows), and a node's label.
import type { SerializedNewsGraph } from "../graph/index.js";

// Characters XML 1.0 cannot hold at all, not even as character references: C0 controls
// other than tab, LF and CR, U+FFFE, U+FFFF, and surrogates that are not part of a pair.
// They are replaced with U+FFFD (the replacement character); that is the exports' only
// lossy step. Everything else survives exactly.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\r": "&#13;", "\t": "&#9;", "\n": "&#10;", "\u0085": "&#x85;", "\u2028": "&#x2028;" };

/**
 * Element content: the markup characters escaped, and CR as a reference (a parser turns a
 * literal CR into LF); so are U+0085 and U+2028, which XML 1.1 readers (and xmldom) treat as
 * line ends.
 */
export function escapeText(value: string): string {
  return value.replace(NOT_XML, "\uFFFD").replace(/[&<>\r\u0085\u2028]/g, (char) => ESCAPES[char]!);
}

/** An attribute value in double quotes: also quotes, and tab and LF as references (attribute normalisation makes them spaces). */
export function escapeAttribute(value: string): string {
  return value.replace(NOT_XML, "\uFFFD").replace(/[&<>"'\r\t\n\u0085\u2028]/g, (char) => ESCAPES[char]!);
}

/**
 * A list or evidence as JSON text, which already writes controls and lone surrogates as \u
 * escapes; escaping U+FFFE and U+FFFF too makes the value survive XML exactly.
 */
export function jsonForXml(value: unknown): string {
  return JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`);
}

/** What Gephi, yEd and Cytoscape show for a node: its name, or an article's title. */
export function nodeLabel(key: string, attributes: SerializedNewsGraph["nodes"][number]["attributes"]): string {
  return (attributes?.kind === "Article" ? attributes.title : undefined) || attributes?.name || key;
}

/** Lines of XML, each ended by a newline, as one piece of a file written piece by piece. */
export function lines(parts: string[]): string {
  return parts.map((line) => `${line}\n`).join("");
}
