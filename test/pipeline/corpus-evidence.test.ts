// Each article's MENTIONS edge carries only that article's evidence and count, however many
// later articles mention the same entity (issue #14: one edge had gathered 1,734 items).
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/build.js";

const articles = ["Tony Blair spoke in London on Monday.", "Tony Blair visited Paris.", "In Berlin, Tony Blair met Gerhard Schroeder."].map((text, index) => ({
  article: { id: `blair-${index}`, text, date: "2005-03-01", source: `blair-${index}.txt` },
}));

describe("MENTIONS evidence in a corpus", () => {
  it("keeps each article's evidence on its own edge and the whole corpus's on the entity", () => {
    const { graph } = buildGraph(articles);
    const blair = "Person:tony blair";
    expect(graph.getNodeAttribute(blair, "evidence")!.map((e) => e.article)).toEqual(["blair-0", "blair-1", "blair-2"]);
    for (const { article } of articles) {
      const [edge] = graph.edges(`Article:${article.id}`, blair);
      const { count, evidence } = graph.getEdgeAttributes(edge);
      expect({ count, articles: evidence.map((e) => e.article) }).toEqual({ count: 1, articles: [article.id] });
    }
  });
});
