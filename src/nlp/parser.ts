// A transition-based dependency parser: arc-eager transitions with the root token at the end
// of the buffer (Ballesteros & Nivre 2013), an averaged-perceptron transition classifier
// over hashed features in the style of Zhang & Nivre (2011), and a second perceptron that
// labels each arc the moment it is made, so later decisions can read the labels. Decoding is
// greedy, or a beam search when the model was trained for one (src/nlp/train/parser.ts).
//
// Everything here is shared by training and parsing: the configuration, the transition
// rules and the feature templates.
import { hashString, mix } from "./hash.js";
import { InlineModel, type LinearModel } from "./model.js";

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT_ARC = 2;
export const RIGHT_ARC = 3;
export const TRANSITIONS = ["SHIFT", "REDUCE", "LEFT-ARC", "RIGHT-ARC"];

/** The label of the arc from the artificial root token. */
export const ROOT_LABEL = "root";

/** What the parser reads of a sentence: per token, the lowercased word, tag, coarse tag and cluster. */
export interface ParserInput {
  n: number;
  /** Hash of the lowercased word. */
  word: Int32Array;
  /** Fine tag id (the tagger's joint UPOS|XPOS tag). */
  tag: Uint8Array;
  /** Coarse tag id (UPOS). */
  coarse: Uint8Array;
  /** Word cluster id, or -1. */
  cluster: Int32Array;
}

const NONE = -1;
const NONE_WORD = hashString("<none>");
const ROOT_WORD = hashString("<root>");
const NONE_TAG = 255;
const ROOT_TAG = 254;
const NONE_LABEL = 255;

/** A parser state: the stack, the buffer front (the root token n last) and the arcs so far. */
export class Configuration {
  readonly n: number;
  readonly stack: Int32Array;
  depth = 0;
  /** Buffer front; the buffer is b … n, where n is the root token. */
  b = 0;
  readonly head: Int32Array;
  readonly label: Int32Array;
  readonly onStack: Uint8Array;
  /** Leftmost and second leftmost, rightmost and second rightmost dependents. */
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Uint8Array;
  readonly rightCount: Uint8Array;
  /** Bit sets of the labels of the left and right dependents (labels 0–31 and 32–63). */
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;

  constructor(n: number) {
    this.n = n;
    const size = n + 1;
    this.stack = new Int32Array(size);
    this.head = new Int32Array(size).fill(NONE);
    this.label = new Int32Array(size).fill(NONE);
    this.onStack = new Uint8Array(size);
    this.left1 = new Int32Array(size).fill(NONE);
    this.left2 = new Int32Array(size).fill(NONE);
    this.right1 = new Int32Array(size).fill(NONE);
    this.right2 = new Int32Array(size).fill(NONE);
    this.leftCount = new Uint8Array(size);
    this.rightCount = new Uint8Array(size);
    this.leftLabels = new Int32Array(size * 2);
    this.rightLabels = new Int32Array(size * 2);
  }

  /** An independent copy. */
  copy(): Configuration {
    const c = new Configuration(this.n);
    c.copyFrom(this);
    return c;
  }

  /** Becomes a copy of `other` (same sentence), reusing this configuration's arrays. */
  copyFrom(other: Configuration): void {
    this.stack.set(other.stack);
    this.depth = other.depth;
    this.b = other.b;
    this.head.set(other.head);
    this.label.set(other.label);
    this.onStack.set(other.onStack);
    this.left1.set(other.left1);
    this.left2.set(other.left2);
    this.right1.set(other.right1);
    this.right2.set(other.right2);
    this.leftCount.set(other.leftCount);
    this.rightCount.set(other.rightCount);
    this.leftLabels.set(other.leftLabels);
    this.rightLabels.set(other.rightLabels);
  }

  get s0(): number {
    return this.depth > 0 ? this.stack[this.depth - 1] : NONE;
  }

  get s1(): number {
    return this.depth > 1 ? this.stack[this.depth - 2] : NONE;
  }

  isTerminal(): boolean {
    return this.b === this.n && this.depth === 0;
  }

  isValid(transition: number): boolean {
    switch (transition) {
      case SHIFT:
        return this.b < this.n;
      case REDUCE:
        return this.depth > 0 && this.head[this.s0] !== NONE;
      case LEFT_ARC:
        return this.depth > 0 && this.head[this.s0] === NONE;
      default:
        return this.depth > 0 && this.b < this.n;
    }
  }

  /** The (head, dependent) pair an arc transition would add. */
  arcOf(transition: number): [number, number] {
    return transition === LEFT_ARC ? [this.b, this.s0] : [this.s0, this.b];
  }

  apply(transition: number, label: number): void {
    switch (transition) {
      case SHIFT:
        this.push(this.b++);
        break;
      case REDUCE:
        this.onStack[this.stack[--this.depth]] = 0;
        break;
      case LEFT_ARC: {
        const dependent = this.stack[--this.depth];
        this.onStack[dependent] = 0;
        this.attach(this.b, dependent, label);
        break;
      }
      default: {
        const dependent = this.b++;
        this.attach(this.stack[this.depth - 1], dependent, label);
        this.push(dependent);
      }
    }
  }

  private push(token: number): void {
    this.stack[this.depth++] = token;
    this.onStack[token] = 1;
  }

  private attach(head: number, dependent: number, label: number): void {
    this.head[dependent] = head;
    this.label[dependent] = label;
    const bits = (label >> 5) & 1;
    const bit = 1 << (label & 31);
    // Arc-eager adds left dependents right to left and right dependents left to right.
    if (dependent < head) {
      this.left2[head] = this.left1[head];
      this.left1[head] = dependent;
      if (this.leftCount[head] < 255) this.leftCount[head]++;
      this.leftLabels[head * 2 + bits] |= bit;
    } else {
      this.right2[head] = this.right1[head];
      this.right1[head] = dependent;
      if (this.rightCount[head] < 255) this.rightCount[head]++;
      this.rightLabels[head * 2 + bits] |= bit;
    }
  }
}

// Token attributes with sentinels for "no token" (-1) and the root token (n). Module-level
// functions rather than closures: the feature functions run for every transition.
const wordOf = (x: ParserInput, i: number) => (i < 0 ? NONE_WORD : i === x.n ? ROOT_WORD : x.word[i]);
const tagOf = (x: ParserInput, i: number) => (i < 0 ? NONE_TAG : i === x.n ? ROOT_TAG : x.tag[i]);
const coarseOf = (x: ParserInput, i: number) => (i < 0 ? NONE_TAG : i === x.n ? ROOT_TAG : x.coarse[i]);
const clusterOf = (x: ParserInput, i: number) => (i < 0 || i === x.n ? NONE : x.cluster[i]);
const labelOf = (c: Configuration, i: number) => (i < 0 || c.label[i] < 0 ? NONE_LABEL : c.label[i]);
const f1 = (t: number, a: number) => mix(t, a);
const f2 = (t: number, a: number, b: number) => mix(mix(t, a), b);
const f3 = (t: number, a: number, b: number, e: number) => mix(mix(mix(t, a), b), e);

/** Distance between two tokens in a few buckets. */
function distanceBucket(a: number, b: number): number {
  const d = b > a ? b - a : a - b;
  if (d <= 4) return d;
  if (d <= 7) return 5;
  if (d <= 10) return 6;
  return 7;
}

const cap = (count: number) => (count < 4 ? count : 4);

/**
 * Positions whose token contributes its own attributes (word, tag, word and tag, cluster) as
 * features. These depend on one token only, so the parser caches their summed weights per
 * token and role within a sentence.
 */
export const ROLES = ["S0", "N0", "N1", "N2", "S1", "S0h", "S0h2", "S0l", "S0l2", "S0r", "S0r2", "N0l", "N0l2"] as const;
export const enum Role { S0, N0, N1, N2, S1, S0h, S0h2, S0l, S0l2, S0r, S0r2, N0l, N0l2 }
export const ROLE_COUNT = ROLES.length;
export const ROLE_FEATURES = 4;
const ROLE_TEMPLATE_BASE = 1000;

/** The token at each role in c (-1 where there is none). */
export function roleTokens(c: Configuration, roles: Int32Array): void {
  const n = c.n;
  const s0 = c.s0;
  const n0 = c.b;
  const s0h = s0 >= 0 ? c.head[s0] : NONE;
  roles[Role.S0] = s0;
  roles[Role.N0] = n0;
  roles[Role.N1] = n0 + 1 <= n ? n0 + 1 : NONE;
  roles[Role.N2] = n0 + 2 <= n ? n0 + 2 : NONE;
  roles[Role.S1] = c.s1;
  roles[Role.S0h] = s0h;
  roles[Role.S0h2] = s0h >= 0 && s0h < n ? c.head[s0h] : NONE;
  roles[Role.S0l] = s0 >= 0 ? c.left1[s0] : NONE;
  roles[Role.S0l2] = s0 >= 0 ? c.left2[s0] : NONE;
  roles[Role.S0r] = s0 >= 0 ? c.right1[s0] : NONE;
  roles[Role.S0r2] = s0 >= 0 ? c.right2[s0] : NONE;
  roles[Role.N0l] = c.left1[n0];
  roles[Role.N0l2] = c.left2[n0];
}

/** The four features of `token` in `role`, written from out[k]; returns the new count. */
export function roleFeatures(x: ParserInput, role: number, token: number, out: Int32Array, k: number): number {
  const template = ROLE_TEMPLATE_BASE + role * ROLE_FEATURES;
  const word = wordOf(x, token);
  const tag = tagOf(x, token);
  out[k++] = f1(template, word);
  out[k++] = f1(template + 1, tag);
  out[k++] = f2(template + 2, word, tag);
  out[k++] = f1(template + 3, clusterOf(x, token));
  return k;
}

// Template ids of the features that join tokens (Zhang & Nivre 2011 plus clusters and
// surface context). Changing them invalidates trained models.
const enum F {
  S0wpN0wp = 1, S0wpN0w, S0wN0wp, S0wpN0p, S0pN0wp, S0wN0w, S0pN0p, N0pN1p,
  N0pN1pN2p, S0pN0pN1p, S0hpS0pN0p, S0pS0lpN0p, S0pS0rpN0p, S0pN0pN0lp,
  S0wd, S0pd, N0wd, N0pd, S0wN0wd, S0pN0pd,
  S0wvr, S0pvr, S0wvl, S0pvl, N0wvl, N0pvl,
  S0l, S0ll, S0rl, N0ll, S0hl, S0l2l, S0r2l, N0l2l,
  S0pS0lpS0l2p, S0pS0rpS0r2p, S0pS0hpS0h2p, N0pN0lpN0l2p,
  S0wsr, S0psr, S0wsl, S0psl, N0wsl, N0psl,
  S1pS0pN0p, S1wS0w, S1pS0wN0p,
  S0cN0c, S0cN0p, S0pN0c, S0hcS0cN0c,
  S0uN0uN1u, S0prevpS0pN0p, S0pS0nextpN0p, S0pN0prevpN0p, S0ldlS0rl, S0hasHead,
  Bias,
}

/** Largest number of transition features per configuration (joined plus every role's). */
export const MAX_PARSER_FEATURES = 64 + ROLE_COUNT * ROLE_FEATURES;

/** The features that join several tokens (and the bias), given the role tokens of c. */
export function joinedFeatures(x: ParserInput, c: Configuration, roles: Int32Array, out: Int32Array): number {
  const n = x.n;
  const s0 = roles[Role.S0];
  const n0 = roles[Role.N0];
  const n1 = roles[Role.N1];
  const s1 = roles[Role.S1];
  const s0h = roles[Role.S0h];
  const s0l = roles[Role.S0l];
  const s0r = roles[Role.S0r];
  const n0l = roles[Role.N0l];
  const n0w = wordOf(x, n0), n0p = tagOf(x, n0), n1p = tagOf(x, n1);
  const n0wp = mix(n0w, n0p);

  let k = 0;
  out[k++] = f1(F.Bias, 0);
  out[k++] = f2(F.N0pN1p, n0p, n1p);
  out[k++] = f3(F.N0pN1pN2p, n0p, n1p, tagOf(x, roles[Role.N2]));
  const n0vl = cap(c.leftCount[n0]);
  out[k++] = f2(F.N0wvl, n0w, n0vl);
  out[k++] = f2(F.N0pvl, n0p, n0vl);
  out[k++] = f1(F.N0ll, labelOf(c, n0l));
  out[k++] = f1(F.N0l2l, labelOf(c, roles[Role.N0l2]));
  out[k++] = f3(F.N0pN0lpN0l2p, n0p, tagOf(x, n0l), tagOf(x, roles[Role.N0l2]));
  out[k++] = f3(F.N0wsl, n0w, c.leftLabels[n0 * 2], c.leftLabels[n0 * 2 + 1]);
  out[k++] = f3(F.N0psl, n0p, c.leftLabels[n0 * 2], c.leftLabels[n0 * 2 + 1]);
  if (s0 < 0) return k;

  const s0w = wordOf(x, s0), s0p = tagOf(x, s0);
  const s0wp = mix(s0w, s0p);
  const d = distanceBucket(s0, n0);
  out[k++] = f2(F.S0wpN0wp, s0wp, n0wp);
  out[k++] = f2(F.S0wpN0w, s0wp, n0w);
  out[k++] = f2(F.S0wN0wp, s0w, n0wp);
  out[k++] = f2(F.S0wpN0p, s0wp, n0p);
  out[k++] = f2(F.S0pN0wp, s0p, n0wp);
  out[k++] = f2(F.S0wN0w, s0w, n0w);
  out[k++] = f2(F.S0pN0p, s0p, n0p);
  out[k++] = f3(F.S0pN0pN1p, s0p, n0p, n1p);
  out[k++] = f3(F.S0hpS0pN0p, tagOf(x, s0h), s0p, n0p);
  out[k++] = f3(F.S0pS0lpN0p, s0p, tagOf(x, s0l), n0p);
  out[k++] = f3(F.S0pS0rpN0p, s0p, tagOf(x, s0r), n0p);
  out[k++] = f3(F.S0pN0pN0lp, s0p, n0p, tagOf(x, n0l));
  out[k++] = f2(F.S0wd, s0w, d);
  out[k++] = f2(F.S0pd, s0p, d);
  out[k++] = f2(F.N0wd, n0w, d);
  out[k++] = f2(F.N0pd, n0p, d);
  out[k++] = f3(F.S0wN0wd, s0w, n0w, d);
  out[k++] = f3(F.S0pN0pd, s0p, n0p, d);
  const s0vr = cap(c.rightCount[s0]);
  const s0vl = cap(c.leftCount[s0]);
  out[k++] = f2(F.S0wvr, s0w, s0vr);
  out[k++] = f2(F.S0pvr, s0p, s0vr);
  out[k++] = f2(F.S0wvl, s0w, s0vl);
  out[k++] = f2(F.S0pvl, s0p, s0vl);
  out[k++] = f1(F.S0l, labelOf(c, s0));
  out[k++] = f1(F.S0ll, labelOf(c, s0l));
  out[k++] = f1(F.S0rl, labelOf(c, s0r));
  out[k++] = f1(F.S0hl, labelOf(c, s0h));
  out[k++] = f1(F.S0l2l, labelOf(c, roles[Role.S0l2]));
  out[k++] = f1(F.S0r2l, labelOf(c, roles[Role.S0r2]));
  out[k++] = f3(F.S0pS0lpS0l2p, s0p, tagOf(x, s0l), tagOf(x, roles[Role.S0l2]));
  out[k++] = f3(F.S0pS0rpS0r2p, s0p, tagOf(x, s0r), tagOf(x, roles[Role.S0r2]));
  out[k++] = f3(F.S0pS0hpS0h2p, s0p, tagOf(x, s0h), tagOf(x, roles[Role.S0h2]));
  out[k++] = f3(F.S0wsr, s0w, c.rightLabels[s0 * 2], c.rightLabels[s0 * 2 + 1]);
  out[k++] = f3(F.S0psr, s0p, c.rightLabels[s0 * 2], c.rightLabels[s0 * 2 + 1]);
  out[k++] = f3(F.S0wsl, s0w, c.leftLabels[s0 * 2], c.leftLabels[s0 * 2 + 1]);
  out[k++] = f3(F.S0psl, s0p, c.leftLabels[s0 * 2], c.leftLabels[s0 * 2 + 1]);
  out[k++] = f3(F.S1pS0pN0p, tagOf(x, s1), s0p, n0p);
  out[k++] = f2(F.S1wS0w, wordOf(x, s1), s0w);
  out[k++] = f3(F.S1pS0wN0p, tagOf(x, s1), s0w, n0p);
  out[k++] = f2(F.S0cN0c, clusterOf(x, s0), clusterOf(x, n0));
  out[k++] = f2(F.S0cN0p, clusterOf(x, s0), n0p);
  out[k++] = f2(F.S0pN0c, s0p, clusterOf(x, n0));
  out[k++] = f3(F.S0hcS0cN0c, clusterOf(x, s0h), clusterOf(x, s0), clusterOf(x, n0));
  out[k++] = f3(F.S0uN0uN1u, coarseOf(x, s0), coarseOf(x, n0), coarseOf(x, n1));
  out[k++] = f3(F.S0prevpS0pN0p, tagOf(x, s0 - 1), s0p, n0p);
  out[k++] = f3(F.S0pS0nextpN0p, s0p, tagOf(x, s0 + 1 < n0 ? s0 + 1 : NONE), n0p);
  out[k++] = f3(F.S0pN0prevpN0p, s0p, tagOf(x, n0 - 1 > s0 ? n0 - 1 : NONE), n0p);
  out[k++] = f3(F.S0ldlS0rl, labelOf(c, s0), labelOf(c, s0l), labelOf(c, s0r));
  out[k++] = f2(F.S0hasHead, s0h >= 0 ? 1 : 0, n0 === n ? 1 : 0);
  return k;
}

const scratchRoles = new Int32Array(ROLE_COUNT);

/** All transition features of c (the joined ones, then every role's), as training sees them. */
export function transitionFeatures(x: ParserInput, c: Configuration, out: Int32Array): number {
  const roles = scratchRoles;
  roleTokens(c, roles);
  let k = joinedFeatures(x, c, roles, out);
  for (let role = 0; role < ROLE_COUNT; role++) k = roleFeatures(x, role, roles[role], out, k);
  return k;
}

// Template ids of the label features.
const enum L {
  Dir = 1, HwDw, HpDp, HwDp, HpDw, HpDpDir, HpDpDist, Dw, Dp, Hw, Hp, Du, Hu,
  DcHc, DpHc, DcHp,
  DLeftW, DLeftL, DLeftWDp, DLeftWHp, DLeft2W, DLeftP, DRightW, DRightL,
  HLeftL, HRightL, HLeftLabelSet, HRightLabelSet, HLabelBit, HHeadP, HLabel, HHeadPLabelDp,
  DPrevP, DNextP, DPrevW, DNextW, DpDprevpDnextp, HpHnextp, DLeftCountDir,
  DwDp, HwHp,
}

export const MAX_LABEL_FEATURES = 112;

/** Features for labelling the arc head → dependent that configuration c is about to add. */
export function labelFeatures(x: ParserInput, c: Configuration, head: number, dependent: number, out: Int32Array): number {
  const n = x.n;
  const dir = dependent < head ? 1 : 2;
  const hw = wordOf(x, head), hp = tagOf(x, head), dw = wordOf(x, dependent), dp = tagOf(x, dependent);
  const dist = distanceBucket(head, dependent);
  const dLeft = c.left1[dependent];
  const dLeft2 = c.left2[dependent];
  const dRight = c.right1[dependent];
  const hHead = c.head[head];
  const hc = head < n ? x.cluster[head] : NONE;
  const dc = x.cluster[dependent];
  let k = 0;
  out[k++] = f1(L.Dir, dir);
  out[k++] = f3(L.HwDw, hw, dw, dir);
  out[k++] = f3(L.HpDp, hp, dp, dir);
  out[k++] = f3(L.HwDp, hw, dp, dir);
  out[k++] = f3(L.HpDw, hp, dw, dir);
  out[k++] = f3(L.HpDpDir, hp, dp, dir);
  out[k++] = f3(L.HpDpDist, hp, dp, dist * 4 + dir);
  out[k++] = f2(L.Dw, dw, dir);
  out[k++] = f2(L.Dp, dp, dir);
  out[k++] = f2(L.Hw, hw, dir);
  out[k++] = f2(L.Hp, hp, dir);
  out[k++] = f2(L.Du, x.coarse[dependent], dir);
  out[k++] = f2(L.Hu, head < n ? x.coarse[head] : ROOT_TAG, dir);
  out[k++] = f3(L.DcHc, dc, hc, dir);
  out[k++] = f3(L.DpHc, dp, hc, dir);
  out[k++] = f3(L.DcHp, dc, hp, dir);
  out[k++] = f2(L.DwDp, mix(dw, dp), dir);
  out[k++] = f2(L.HwHp, mix(hw, hp), dir);
  // The dependent's own dependents: a case marker ("by", "of") or a determiner says a lot.
  out[k++] = f2(L.DLeftW, wordOf(x, dLeft), dir);
  out[k++] = f2(L.DLeftL, labelOf(c, dLeft), dir);
  out[k++] = f3(L.DLeftWDp, wordOf(x, dLeft), dp, dir);
  out[k++] = f3(L.DLeftWHp, wordOf(x, dLeft), hp, dir);
  out[k++] = f2(L.DLeft2W, wordOf(x, dLeft2), dir);
  out[k++] = f3(L.DLeftP, tagOf(x, dLeft), tagOf(x, dLeft2), dp);
  out[k++] = f2(L.DRightW, wordOf(x, dRight), dir);
  out[k++] = f2(L.DRightL, labelOf(c, dRight), dir);
  out[k++] = f3(L.DLeftCountDir, cap(c.leftCount[dependent]), cap(c.rightCount[dependent]), dir);
  // What the head already has: a passive auxiliary, a subject, an object.
  out[k++] = f3(L.HLeftL, labelOf(c, c.left1[head]), dp, dir);
  out[k++] = f3(L.HRightL, labelOf(c, c.right1[head]), dp, dir);
  out[k++] = f3(L.HLeftLabelSet, c.leftLabels[head * 2], c.leftLabels[head * 2 + 1], dir);
  out[k++] = f3(L.HRightLabelSet, c.rightLabels[head * 2], c.rightLabels[head * 2 + 1], dir);
  for (let half = 0; half < 2; half++) {
    let bits = c.leftLabels[head * 2 + half] | c.rightLabels[head * 2 + half];
    while (bits !== 0 && k < MAX_LABEL_FEATURES - 8) {
      const bit = 31 - Math.clz32(bits);
      out[k++] = f3(L.HLabelBit, half * 32 + bit, dp, dir);
      bits &= ~(1 << bit);
    }
  }
  out[k++] = f2(L.HHeadP, tagOf(x, hHead), hp);
  out[k++] = f2(L.HLabel, labelOf(c, head), dir);
  out[k++] = f3(L.HHeadPLabelDp, labelOf(c, head), hp, dp);
  out[k++] = f2(L.DPrevP, tagOf(x, dependent - 1), dp);
  out[k++] = f2(L.DNextP, tagOf(x, dependent + 1 <= n ? dependent + 1 : NONE), dp);
  out[k++] = f2(L.DPrevW, wordOf(x, dependent - 1), dir);
  out[k++] = f2(L.DNextW, wordOf(x, dependent + 1 <= n ? dependent + 1 : NONE), dir);
  out[k++] = f3(L.DpDprevpDnextp, dp, tagOf(x, dependent - 1), tagOf(x, dependent + 1 <= n ? dependent + 1 : NONE));
  out[k++] = f2(L.HpHnextp, hp, tagOf(x, head + 1 <= n ? head + 1 : NONE));
  return k;
}

export interface ParserModels {
  transitions: LinearModel;
  /** Label model; its tags are the dependency relations. */
  labels: LinearModel;
}

export interface Parse {
  /** Head index per token, -1 for the root. */
  head: Int32Array;
  /** Label id per token (into labels.tags). */
  label: Int32Array;
}

/** Picks the best-scoring transition allowed in c. */
export function bestValid(c: Configuration, scores: ArrayLike<number>): number {
  let best = -1;
  for (let t = 0; t < 4; t++) if (c.isValid(t) && (best < 0 || scores[t] > scores[best])) best = t;
  return best;
}

/** Best label id other than `excluded`. */
export function bestLabel(scores: Float32Array, count: number, excluded: number): number {
  let best = excluded === 0 ? 1 : 0;
  for (let t = 0; t < count; t++) if (t !== excluded && scores[t] > scores[best]) best = t;
  return best;
}

/** Sentences longer than this are parsed greedily, so a parse stays linear in the sentence length. */
export const MAX_BEAM_TOKENS = 150;

export class DependencyParser {
  readonly labels: string[];
  readonly rootLabel: number;
  /** Configurations kept at each step (1: greedy), as the model was trained. */
  readonly beamWidth: number;
  private readonly keys = new Int32Array(Math.max(MAX_PARSER_FEATURES, MAX_LABEL_FEATURES));
  private readonly transitions: InlineModel;
  /** Transition scores in the inline model's quantised units. */
  private readonly transitionScores = new Int32Array(4);
  private readonly roles = new Int32Array(ROLE_COUNT);
  /** scoreTransitions's role-score entries computed in this call, reused between calls. */
  private readonly newRoleBases = new Int32Array(ROLE_COUNT);
  /** Per sentence: the summed role-feature scores of each (token, role), token n+1 standing for none. */
  private roleScores = new Int32Array(0);
  private roleScored = new Uint8Array(0);
  private readonly labelScores: Float32Array;

  constructor(readonly models: ParserModels) {
    this.transitions = new InlineModel(models.transitions);
    this.labels = models.labels.tags;
    this.rootLabel = this.labels.indexOf(ROOT_LABEL);
    this.labelScores = new Float32Array(this.labels.length);
    this.beamWidth = Number(models.transitions.meta.beamWidth ?? 1);
  }

  /** Label id of the arc head → dependent in c (root arcs are always "root"). */
  label(x: ParserInput, c: Configuration, head: number, dependent: number): number {
    if (head === x.n) return this.rootLabel;
    const scores = this.labelScores.fill(0);
    const count = labelFeatures(x, c, head, dependent, this.keys);
    this.models.labels.addAllScores(this.keys, count, scores, 0);
    return bestLabel(scores, this.labels.length, this.rootLabel);
  }

  /** Forgets the role scores of the previous sentence. */
  private startSentence(n: number): void {
    const size = (n + 2) * ROLE_COUNT;
    if (this.roleScored.length < size) {
      this.roleScored = new Uint8Array(size * 2);
      this.roleScores = new Int32Array(size * 2 * 4);
    } else this.roleScored.fill(0, 0, size);
  }

  /** Scores of the four transitions in c (valid or not), in quantised units. */
  scoreTransitions(x: ParserInput, c: Configuration): Int32Array {
    const scores = this.transitionScores.fill(0);
    const keys = this.keys;
    const roles = this.roles;
    roleTokens(c, roles);
    const joined = joinedFeatures(x, c, roles, keys);
    // The features of roles not yet cached follow the joined ones, so all are looked up in one batch.
    const cache = this.roleScores;
    const newRoleBases = this.newRoleBases;
    let newRoles = 0;
    let count = joined;
    for (let role = 0; role < ROLE_COUNT; role++) {
      const token = roles[role];
      const entry = (token < 0 ? x.n + 1 : token) * ROLE_COUNT + role;
      if (this.roleScored[entry] === 0) {
        this.roleScored[entry] = 1;
        cache.fill(0, entry * 4, entry * 4 + 4);
        newRoleBases[newRoles++] = entry * 4;
        count = roleFeatures(x, role, token, keys, count);
      }
    }
    const transitions = this.transitions;
    transitions.touch(keys, count);
    transitions.addAllScores(keys, 0, joined, scores);
    for (let r = 0; r < newRoles; r++) {
      const from = joined + r * ROLE_FEATURES;
      transitions.addAllScores(keys, from, from + ROLE_FEATURES, cache, newRoleBases[r]);
    }
    for (let role = 0; role < ROLE_COUNT; role++) {
      const token = roles[role];
      const base = ((token < 0 ? x.n + 1 : token) * ROLE_COUNT + role) * 4;
      for (let t = 0; t < 4; t++) scores[t] += cache[base + t];
    }
    return scores;
  }

  /** Applies a transition, labelling the arc it adds. */
  step(x: ParserInput, c: Configuration, transition: number): void {
    let label = NONE;
    if (transition === LEFT_ARC || transition === RIGHT_ARC) {
      const [head, dependent] = c.arcOf(transition);
      label = this.label(x, c, head, dependent);
    }
    c.apply(transition, label);
  }

  /** A well-formed tree for any sentence: one root, every token attached, no cycles. */
  parse(x: ParserInput): Parse {
    this.startSentence(x.n);
    if (this.beamWidth > 1 && x.n <= MAX_BEAM_TOKENS) return this.parseBeam(x);
    const c = new Configuration(x.n);
    while (!c.isTerminal()) this.step(x, c, bestValid(c, this.scoreTransitions(x, c)));
    return this.finish(x, c);
  }

  /**
   * Beam search: every transition sequence has 2n steps, so all candidates end together.
   * Two pools of configurations are reused step after step instead of allocating copies.
   */
  private parseBeam(x: ParserInput): Parse {
    const width = this.beamWidth;
    let beam = Array.from({ length: width }, () => new Configuration(x.n));
    let next = Array.from({ length: width }, () => new Configuration(x.n));
    let scores = [0];
    let size = 1;
    const candidates: Array<{ from: number; transition: number; score: number }> = [];
    while (!beam[0].isTerminal()) {
      candidates.length = 0;
      for (let from = 0; from < size; from++) {
        const c = beam[from];
        const transitionScores = this.scoreTransitions(x, c);
        for (let t = 0; t < 4; t++) if (c.isValid(t)) candidates.push({ from, transition: t, score: scores[from] + transitionScores[t] });
      }
      candidates.sort((a, b) => b.score - a.score);
      size = Math.min(width, candidates.length);
      scores = new Array<number>(size);
      for (let j = 0; j < size; j++) {
        const { from, transition, score } = candidates[j];
        next[j].copyFrom(beam[from]);
        this.step(x, next[j], transition);
        scores[j] = score;
      }
      [beam, next] = [next, beam];
    }
    return this.finish(x, beam[0]);
  }

  /**
   * Arc-eager can leave several tokens on the root: the one with the most dependents (the
   * main clause, not a stray punctuation mark) stays the root, the others attach to it.
   */
  finish(x: ParserInput, c: Configuration): Parse {
    const n = x.n;
    const roots: number[] = [];
    for (let i = 0; i < n; i++) if (c.head[i] === n) roots.push(i);
    const dependents = (i: number) => c.leftCount[i] + c.rightCount[i];
    let root = roots[0];
    for (const candidate of roots) if (dependents(candidate) > dependents(root)) root = candidate;
    for (const other of roots) {
      if (other === root) continue;
      c.head[other] = root;
      c.label[other] = this.label(x, c, root, other);
    }
    const head = new Int32Array(n);
    for (let i = 0; i < n; i++) head[i] = c.head[i] === n ? -1 : c.head[i];
    return { head, label: c.label.slice(0, n) };
  }
}
