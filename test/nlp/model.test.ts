import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NER_TAGS } from "../../src/nlp/features.js";
import { LinearModel } from "../../src/nlp/model.js";
import { constrainTransitions, viterbi } from "../../src/nlp/tagger.js";
import { entitySpans, scoreEntities } from "../../src/nlp/train/evaluate.js";
import { PerceptronWeights } from "../../src/nlp/train/perceptron.js";

describe("LinearModel", () => {
  it("averages perceptron weights, scores a key by its row, and survives serialisation", () => {
    const weights = new PerceptronWeights(["A", "B", "C"], 9);
    const row = weights.row(12345, true);
    weights.update(row, 2, 1.5);
    weights.update(row, 0, -0.5);
    weights.updateTransition(4, 2);
    weights.step++; // one more step without updates: the average is half the final weight
    const model = LinearModel.deserialize(weights.toModel(1e-6, { note: "test" }).serialize());
    const scores = new Float32Array(3);
    model.addScores(12345, scores, 0);
    model.addScores(999, scores, 0); // unknown key adds nothing
    expect(scores[0]).toBeCloseTo(-0.25, 3);
    expect(scores[1]).toBe(0);
    expect(scores[2]).toBeCloseTo(0.75, 3);
    expect(model.transitions[4]).toBeCloseTo(1, 5);
    expect(model.meta).toEqual({ note: "test" });
  });
});

describe("viterbi", () => {
  it("never puts I-X after anything but B-X or I-X, whatever the scores", () => {
    const tags = NER_TAGS.length;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.float({ min: -10, max: 10, noNaN: true }), { minLength: n * tags, maxLength: n * tags })),
        ),
        ([n, scores]) => {
          const out = new Uint8Array(n);
          viterbi(Float32Array.from(scores), n, constrainTransitions(new Float32Array(tags * tags)), out);
          const labels = Array.from(out, (t) => NER_TAGS[t]);
          labels.forEach((label, i) => {
            if (!label.startsWith("I-")) return;
            expect(i).toBeGreaterThan(0);
            expect(labels[i - 1].slice(2)).toBe(label.slice(2));
          });
        },
      ),
    );
  });
});

describe("entity scoring", () => {
  it("counts exact spans like conlleval", () => {
    expect(entitySpans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"])).toEqual(["PER:0:2", "LOC:3:4", "LOC:4:5", "ORG:5:6"]);
    const scores = scoreEntities([["B-PER", "I-PER", "O", "B-LOC"]], [["B-PER", "O", "O", "B-LOC"]], ["PER", "LOC"]);
    expect(scores.overall).toMatchObject({ tp: 1, predicted: 2, gold: 2 });
    expect(scores.PER.f1).toBe(0);
    expect(scores.LOC.f1).toBe(1);
  });
});
