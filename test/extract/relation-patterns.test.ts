// Every relation pattern must match its own example sentence, through the real tagger,
// parser and entity resolution.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DOC_PATH, withRelationsSection } from "../../scripts/docs-extraction.js";
import { parseTrees } from "../../src/extract/parse-tree.js";
import { patternMatches } from "../../src/extract/relation-candidates.js";
import { RELATION_PATTERNS, type RelationPattern } from "../../src/extract/relation-patterns.js";
import { matchPattern } from "../../src/extract/dependency-matcher.js";
import { analyseText } from "../../src/extract/train/relation-data.js";
import { titleAround } from "../../src/extract/relations.js";

/** Every pattern match of a text's sentences, as "pattern: source -> target". */
function analyseTextPairs(text: string): string[] {
  const doc = analyseText({ id: "pairs", text, date: null });
  return parseTrees(doc.sentences, doc.mentions).flatMap((tree) => patternMatches(tree).map((match) => `${match.pattern.id}: ${match.source.text} -> ${match.target.text}`));
}

describe("relation patterns", () => {
  it("have unique ids and name a source and a target", () => {
    expect(new Set(RELATION_PATTERNS.map((pattern) => pattern.id)).size).toBe(RELATION_PATTERNS.length);
    for (const pattern of RELATION_PATTERNS) {
      const names = pattern.nodes.map((node) => node.name);
      expect(names, pattern.id).toContain("source");
      expect(names, pattern.id).toContain("target");
      // What keeps a pattern from a pair is shown by an example, as what it matches is.
      expect(pattern.unless === undefined, pattern.id).toBe(pattern.counterExample === undefined);
    }
  });

  it.each(RELATION_PATTERNS.map((pattern) => [pattern.id, pattern] as const))("%s matches its example", (_, pattern) => {
    const doc = analyseText({ id: pattern.id, text: pattern.example.text, date: null });
    const found = parseTrees(doc.sentences, doc.mentions).flatMap((tree) => {
      return patternMatches(tree)
        .filter((match) => match.pattern.id === pattern.id)
        .map((match) => ({ source: match.source.text, target: match.target.text, role: match.role === undefined ? undefined : titleAround(tree, match.role) }));
    });
    expect(found).toContainEqual({ source: pattern.example.source, target: pattern.example.target, role: pattern.example.role });
  });

  const withCounterExample = RELATION_PATTERNS.filter((pattern) => pattern.counterExample);
  it.each(withCounterExample.map((pattern) => [pattern.id, pattern] as const))("%s does not join its counter-example's pair, which only its `unless` keeps apart", (_, pattern) => {
    const { text, source, target } = pattern.counterExample!;
    const doc = analyseText({ id: pattern.id, text, date: null });
    const pairs = (nodes: RelationPattern["unless"]) =>
      parseTrees(doc.sentences, doc.mentions).flatMap((tree) =>
        matchPattern(tree, pattern.nodes, nodes).map((match) => `${tree.mentionAt[match.source]?.text} -> ${tree.mentionAt[match.target]?.text}`),
      );
    expect(pairs(pattern.unless)).not.toContain(`${source} -> ${target}`);
    expect(pairs([])).toContain(`${source} -> ${target}`);
  });

  it("take no place for the holder of a title of an organisation where the place says where the job is: 'head of EA in Europe'", () => {
    const pairs = analyseTextPairs("Gerhard Florin, head of EA in Europe, said gamers should expect titles.");
    expect(pairs).toContain("appositive-title-of: Gerhard Florin -> EA");
    expect(pairs).not.toContain("appositive-title-of: Gerhard Florin -> Europe");
  });

  it("take no place beside a title for its holder where the parse hangs the employer on the person: 'Ian Shepherdson, chief US economist at High Frequency Economics'", () => {
    const pairs = analyseTextPairs("But Ian Shepherdson, chief US economist at High Frequency Economics, said the report was less alarming.");
    expect(pairs).not.toContain("appositive-title-of: Ian Shepherdson -> US");
  });

  it("take no place for the holder of a title where it owns the noun an organisation names: 'leader of Britain's biggest union Unison'", () => {
    const pairs = analyseTextPairs("Dave Prentis, the leader of Britain's biggest union Unison, told the Daily Record he wants a date set.");
    expect(pairs).toContain("appositive-title-of: Dave Prentis -> Unison");
    expect(pairs).not.toContain("appositive-title-of: Dave Prentis -> Britain");
  });

  it("take no holder for an envoy where the title names where they are posted: 'the U.S. special envoy to Burundi, Howard Wolpe'", () => {
    const pairs = analyseTextPairs("Nyerere arrived in Rome this week on a private visit and held talks with the U.S. special envoy to Burundi, Howard Wolpe, and the Sant ' Egidio Community.");
    expect(pairs).toContain("title-of-holder-then-name: Howard Wolpe -> U.S.");
    expect(pairs).not.toContain("title-of-holder-then-name: Howard Wolpe -> Burundi");
    // A title that is no envoy's keeps what it is held "to": "shadow chief secretary to the Treasury, George Osborne".
    expect(analyseTextPairs("The shadow chief secretary to the Treasury, George Osborne, said it was more talk.")).toContain("title-of-holder-then-name: George Osborne -> Treasury");
  });

  it("look for a title's holder inside the title's phrase, not in a clause below it: 'player … after he limped off against Saracens'", () => {
    const pairs = analyseTextPairs("Jamie Noon is another player on the sidelines after he limped off in the first half against Saracens on Friday.");
    expect(pairs).not.toContain("copula-role-of: Jamie Noon -> Saracens");
    expect(analyseTextPairs("Bernard Ebbers was the chief executive of WorldCom.")).toContain("copula-role-of: Bernard Ebbers -> WorldCom");
  });

  it("read an abbreviated office as a title: 'Texas Gov. Rick Perry'", () => {
    const titled = (text: string) => {
      const doc = analyseText({ id: "abbreviated", text, date: null });
      return parseTrees(doc.sentences, doc.mentions).flatMap((tree) =>
        patternMatches(tree)
          .filter((match) => match.pattern.id === "title-before-name" || match.pattern.id === "holder-of-title")
          .map((match) => `${match.source.text} -> ${match.target.text} [${match.role === undefined ? "" : titleAround(tree, match.role)}]`),
      );
    };
    expect(titled("Texas Gov. Rick Perry said 50 were injured.")).toEqual(["Rick Perry -> Texas [Gov.]"]);
  });
});

describe("docs/extraction.md", () => {
  it("holds the pattern table, word classes and model figures as the code has them (npm run docs:extraction)", () => {
    const current = readFileSync(DOC_PATH, "utf8");
    expect(withRelationsSection(current)).toBe(current);
  });
});
