// Relations in words, for tooltips and the panel: "affiliated with, as Secretary-General".
// Keyed by the schema's relation types and roles, so a type added there fails to compile here
// until it has its words.
import type { ParticipantRole, RelationType } from "../graph-schema/index.js";

/** How a relation reads from its source ("Guterres affiliated with UN") and from its target ("UN has member Guterres"). */
const RELATION_WORDS: Record<RelationType, { forward: string; backward: string }> = {
  AFFILIATED_WITH: { forward: "affiliated with", backward: "has member" },
  PART_OF: { forward: "part of", backward: "includes" },
  LOCATED_IN: { forward: "located in", backward: "location of" },
  OCCURRED_IN: { forward: "happened in", backward: "scene of" },
  PARTICIPANT: { forward: "took part in", backward: "involved" },
  ABOUT: { forward: "about", backward: "subject of" },
  MENTIONS: { forward: "mentions", backward: "mentioned in" },
};

const ROLE_WORDS: Record<ParticipantRole, string> = { agent: "as actor", victim: "as victim", target: "as target", other: "" };

/** "as Secretary-General", "as victim"; empty when the relation has no role worth saying. */
export function roleInWords(kind: RelationType, role: string | undefined): string {
  if (role === undefined) return "";
  return kind === "PARTICIPANT" ? (ROLE_WORDS[role as ParticipantRole] ?? role) : `as ${role}`;
}

/** "affiliated with, as Secretary-General"; "took part in, as victim"; read from the target's side when `outgoing` is false. */
export function relationInWords(kind: RelationType, role: string | undefined, outgoing = true): string {
  const words = RELATION_WORDS[kind][outgoing ? "forward" : "backward"];
  const roleWords = roleInWords(kind, role);
  return roleWords ? `${words}, ${roleWords}` : words;
}
