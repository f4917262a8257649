// Training the dependency parser: online averaged perceptrons for transitions and labels.
// Greedy (the default) is guided by the arc-eager dynamic oracle (Goldberg & Nivre 2012,
// 2013): every transition is scored by how many gold arcs it makes unreachable, the
// classifier learns to prefer one that loses none, and from the second epoch it often
// follows its own mistakes, so it learns to recover from them as it must at run time. With
// a beam, whole transition sequences are learnt with max-violation updates (Huang et al. 2012).
import {
  Configuration,
  DependencyParser,
  LEFT_ARC,
  MAX_LABEL_FEATURES,
  MAX_PARSER_FEATURES,
  REDUCE,
  RIGHT_ARC,
  ROOT_LABEL,
  SHIFT,
  TRANSITIONS,
  bestLabel,
  bestValid,
  labelFeatures,
  transitionFeatures,
  type ParserInput,
  type ParserModels,
} from "../parser.js";
import { PerceptronWeights } from "./perceptron.js";
import { shuffled, xorshift } from "./shuffle.js";

export interface ParserExample {
  input: ParserInput;
  /** Gold head per token; n (the root token) for the root. Projective (see projectivize). */
  head: Int32Array;
  label: Int32Array;
}

/** Whether the arc to `dependent` covers only descendants of its head. */
function isProjectiveArc(head: Int32Array, dependent: number): boolean {
  const h = head[dependent];
  const [from, to] = h < dependent ? [h, dependent] : [dependent, h];
  for (let k = from + 1; k < to; k++) {
    let a = k;
    while (a !== h && a < head.length) a = head[a];
    if (a !== h) return false;
  }
  return true;
}

/**
 * A projective tree close to a non-projective one: the dependent of the shortest crossing
 * arc is lifted to its grandparent until no arc crosses (arc-eager builds projective trees
 * only). Heads index tokens, with head.length standing for the root.
 */
export function projectivize(heads: Int32Array): Int32Array {
  const head = heads.slice();
  const n = head.length;
  for (;;) {
    let shortest = -1;
    let shortestLength = Infinity;
    for (let d = 0; d < n; d++) {
      if (head[d] === n || isProjectiveArc(head, d)) continue;
      const length = Math.abs(head[d] - d);
      if (length < shortestLength) {
        shortest = d;
        shortestLength = length;
      }
    }
    if (shortest < 0) return head;
    head[shortest] = head[head[shortest]];
  }
}

/** Gold dependents of every token in compressed rows: start[t] … start[t+1]-1 of list. */
function goldDependents(head: Int32Array): { start: Int32Array; list: Int32Array } {
  const n = head.length;
  const start = new Int32Array(n + 2);
  for (let d = 0; d < n; d++) start[head[d] + 1]++;
  for (let t = 0; t <= n; t++) start[t + 1] += start[t];
  const fill = start.slice();
  const list = new Int32Array(n);
  for (let d = 0; d < n; d++) list[fill[head[d]]++] = d;
  return { start, list };
}

/** How many gold arcs each transition makes unreachable (arc-eager dynamic oracle). */
function transitionCosts(c: Configuration, gold: ParserExample, dependents: { start: Int32Array; list: Int32Array }, costs: Int32Array): void {
  const s0 = c.s0;
  const b = c.b;
  const goldHead = gold.head;
  const { start, list } = dependents;
  // Dependents of t in the buffer (which never have heads yet).
  const bufferDependents = (t: number) => {
    let count = 0;
    for (let k = start[t]; k < start[t + 1]; k++) if (list[k] >= b) count++;
    return count;
  };
  // Dependents of t still waiting on the stack.
  const stackDependents = (t: number) => {
    let count = 0;
    for (let k = start[t]; k < start[t + 1]; k++) if (c.onStack[list[k]] && c.head[list[k]] < 0) count++;
    return count;
  };
  costs.fill(0);
  if (s0 >= 0) {
    costs[LEFT_ARC] = (goldHead[s0] > b ? 1 : 0) + bufferDependents(s0);
    costs[REDUCE] = bufferDependents(s0);
  }
  if (b < c.n) {
    const bHead = goldHead[b];
    const headElsewhere = bHead !== s0 && (c.onStack[bHead] === 1 || bHead > b) ? 1 : 0;
    costs[RIGHT_ARC] = headElsewhere + stackDependents(b);
    costs[SHIFT] = (c.onStack[bHead] === 1 ? 1 : 0) + stackDependents(b);
  }
}

/** A configuration in the training beam, with the path that reached it. */
interface BeamNode {
  c: Configuration;
  score: number;
  parent: BeamNode | null;
  transition: number;
  /** Features of the parent configuration that scored `transition`. */
  keys: Int32Array | null;
  gold: boolean;
}

/** The canonical gold transition (static oracle): arcs as soon as possible, eager reduces. */
function staticOracle(c: Configuration, gold: ParserExample, dependents: { start: Int32Array; list: Int32Array }, costs: Int32Array): number {
  const s0 = c.s0;
  if (c.isValid(LEFT_ARC) && gold.head[s0] === c.b) return LEFT_ARC;
  if (c.isValid(RIGHT_ARC) && gold.head[c.b] === s0) return RIGHT_ARC;
  transitionCosts(c, gold, dependents, costs);
  if (c.isValid(REDUCE) && costs[REDUCE] === 0) return REDUCE;
  if (c.isValid(SHIFT)) return SHIFT;
  return c.isValid(REDUCE) ? REDUCE : LEFT_ARC;
}

export interface ParserTraining {
  examples: ParserExample[];
  labels: string[];
  epochs: number;
  /** Epochs on gold paths only before the parser starts following its own predictions. */
  staticEpochs?: number;
  /** Chance of following a wrong prediction while exploring. */
  explore?: number;
  /** Drops averaged weights smaller than this in the saved models. */
  minWeight?: number;
  /**
   * Beam width; above 1 the transition model is trained globally on whole sequences
   * (structured perceptron with max-violation updates, Huang et al. 2012) instead.
   */
  beamWidth?: number;
  /** Scores the models after each epoch (higher is better); the best epoch is kept. */
  evaluate?: (models: ParserModels, epoch: number) => number;
  log?: (message: string) => void;
}

export function trainParser(options: ParserTraining): { models: ParserModels; epoch: number; score: number } {
  const { examples, labels, epochs, staticEpochs = 1, explore = 0.9, minWeight = 0.05, beamWidth = 1, evaluate, log } = options;
  const rootLabel = labels.indexOf(ROOT_LABEL);
  const transitionWeights = new PerceptronWeights(TRANSITIONS);
  const labelWeights = new PerceptronWeights(labels);
  const keys = new Int32Array(Math.max(MAX_PARSER_FEATURES, MAX_LABEL_FEATURES));
  const rows = new Int32Array(keys.length);
  const scores = new Float32Array(TRANSITIONS.length);
  const labelScores = new Float32Array(labels.length);
  const costs = new Int32Array(TRANSITIONS.length);
  const random = xorshift(7);
  const dependents = examples.map((e) => goldDependents(e.head));
  const order = examples.map((_, k) => k);

  const score = (weights: PerceptronWeights, count: number, into: Float32Array) => {
    for (let f = 0; f < count; f++) rows[f] = weights.row(keys[f], false);
    into.fill(0);
    weights.addRowScores(rows, 0, count, into, 0);
  };
  const update = (weights: PerceptronWeights, count: number, truth: number, guess: number) => {
    for (let f = 0; f < count; f++) {
      const row = rows[f] >= 0 ? rows[f] : weights.row(keys[f], true);
      weights.update(row, truth, 1);
      weights.update(row, guess, -1);
    }
  };
  const snapshot = (epoch: number): ParserModels => ({
    transitions: transitionWeights.toModel(minWeight, { epoch, beamWidth }),
    labels: labelWeights.toModel(minWeight, { epoch }),
  });

  /**
   * Label of the arc a transition adds (predicted, as at run time; -1 for no arc). With
   * `learn`, a gold arc's label is also learnt from.
   */
  const labelArc = (example: ParserExample, c: Configuration, transition: number, learn: boolean): number => {
    if (transition !== LEFT_ARC && transition !== RIGHT_ARC) return -1;
    const [head, dependent] = c.arcOf(transition);
    if (head === example.input.n) return rootLabel;
    const labelCount = labelFeatures(example.input, c, head, dependent, keys);
    score(labelWeights, labelCount, labelScores);
    const label = bestLabel(labelScores, labels.length, rootLabel);
    if (!learn) return label;
    const truth = example.label[dependent];
    if (example.head[dependent] === head && label !== truth) update(labelWeights, labelCount, truth, label);
    labelWeights.step++;
    return label;
  };

  /** One sentence of greedy training with the dynamic oracle; returns [transitions, wrong ones]. */
  const learnGreedy = (example: ParserExample, goldDeps: { start: Int32Array; list: Int32Array }, epoch: number): [number, number] => {
    const x = example.input;
    const c = new Configuration(x.n);
    let seen = 0;
    let wrong = 0;
    while (!c.isTerminal()) {
      const count = transitionFeatures(x, c, keys);
      score(transitionWeights, count, scores);
      const predicted = bestValid(c, scores);
      transitionCosts(c, example, goldDeps, costs);
      let minCost = Infinity;
      for (let t = 0; t < 4; t++) if (c.isValid(t)) minCost = Math.min(minCost, costs[t]);
      let right = -1;
      for (let t = 0; t < 4; t++) if (c.isValid(t) && costs[t] === minCost && (right < 0 || scores[t] > scores[right])) right = t;
      seen++;
      let next = predicted;
      if (costs[predicted] > minCost) {
        wrong++;
        update(transitionWeights, count, right, predicted);
        if (epoch <= staticEpochs || random() / 0x100000000 >= explore) next = right;
      }
      transitionWeights.step++;
      c.apply(next, labelArc(example, c, next, true));
    }
    return [seen, wrong];
  };

  /** Adds `delta` to the weights of every step's transition on the path ending at node. */
  const updatePath = (node: BeamNode, delta: number) => {
    for (let step: BeamNode | null = node; step?.parent; step = step.parent) {
      for (const key of step.keys!) transitionWeights.update(transitionWeights.row(key, true), step.transition, delta);
    }
  };

  /** One sentence of global training; returns whether the best sequence was wrong. */
  const learnBeam = (example: ParserExample, goldDeps: { start: Int32Array; list: Int32Array }): boolean => {
    const x = example.input;
    const expand = (parent: BeamNode, transition: number, stepKeys: Int32Array, stepScore: number, gold: boolean): BeamNode => {
      const c = parent.c.copy();
      // Only gold-path arcs teach the labeller; other candidates just get predicted labels.
      const label = labelArc(example, c, transition, gold);
      c.apply(transition, label);
      return { c, score: parent.score + stepScore, parent, transition, keys: stepKeys, gold };
    };
    const featuresOf = (c: Configuration): Int32Array => keys.slice(0, transitionFeatures(x, c, keys));
    const scoreOf = (stepKeys: Int32Array): Float32Array => {
      keys.set(stepKeys);
      score(transitionWeights, stepKeys.length, scores);
      return scores;
    };
    let beam: BeamNode[] = [{ c: new Configuration(x.n), score: 0, parent: null, transition: -1, keys: null, gold: true }];
    let gold = beam[0];
    let violation = 0;
    let violated: [BeamNode, BeamNode] | null = null;
    const candidates: Array<{ from: BeamNode; keys: Int32Array; transition: number; score: number }> = [];
    while (!beam[0].c.isTerminal()) {
      const goldTransition = staticOracle(gold.c, example, goldDeps, costs);
      candidates.length = 0;
      for (const item of beam) {
        const itemKeys = featuresOf(item.c);
        const itemScores = scoreOf(itemKeys);
        for (let t = 0; t < 4; t++) if (item.c.isValid(t)) candidates.push({ from: item, keys: itemKeys, transition: t, score: item.score + itemScores[t] });
      }
      candidates.sort((a, b) => b.score - a.score);
      let nextGold: BeamNode | null = null;
      beam = candidates.slice(0, beamWidth).map((cand) => {
        const isGold = cand.from === gold && cand.transition === goldTransition;
        const node = expand(cand.from, cand.transition, cand.keys, cand.score - cand.from.score, isGold);
        if (isGold) nextGold = node;
        return node;
      });
      if (nextGold === null) {
        const goldKeys = featuresOf(gold.c);
        nextGold = expand(gold, goldTransition, goldKeys, scoreOf(goldKeys)[goldTransition], true);
        const gap = beam[0].score - nextGold.score;
        if (gap >= violation) {
          violation = gap;
          violated = [beam[0], nextGold];
        }
      }
      gold = nextGold;
    }
    transitionWeights.step++;
    if (beam[0].gold) return false;
    const [predicted, truth] = violated ?? [beam[0], gold];
    updatePath(truth, 1);
    updatePath(predicted, -1);
    return true;
  };

  let best: { models: ParserModels; epoch: number; score: number } | null = null;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    // Transitions when greedy, whole sentences with a beam.
    let decisions = 0;
    let wrongDecisions = 0;
    for (const k of shuffled(order, 100 + epoch)) {
      if (beamWidth > 1) {
        decisions++;
        if (learnBeam(examples[k], dependents[k])) wrongDecisions++;
      } else {
        const [seen, wrong] = learnGreedy(examples[k], dependents[k], epoch);
        decisions += seen;
        wrongDecisions += wrong;
      }
    }
    const unit = beamWidth > 1 ? "sentences" : "transitions";
    const message = `parser epoch ${epoch}: ${((100 * wrongDecisions) / decisions).toFixed(2)}% ${unit} wrong`;
    if (evaluate) {
      const models = snapshot(epoch);
      const value = evaluate(models, epoch);
      log?.(`${message}; dev ${value.toFixed(4)}`);
      if (!best || value > best.score) best = { models, epoch, score: value };
    } else log?.(message);
  }
  return best ?? { models: snapshot(epochs), epoch: epochs, score: NaN };
}

/** Parses every example's input with the given models (for evaluation during training). */
export function parseAll(models: ParserModels, inputs: ParserInput[]): Array<{ head: Int32Array; label: Int32Array }> {
  const parser = new DependencyParser(models);
  return inputs.map((x) => parser.parse(x));
}

