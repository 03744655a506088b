// A learned weighing of the general stance cues (./cues.ts): multinomial logistic regression over cue
// indicators, four classes (opposes, conditional, supports, neutral = no stance). Trained by scripts/cv-stance.ts
// on annotated dev articles and stored as data (./data/stance-model.json); the extractor only reads it.
// Why written here rather than taken from a library: forty lines of batch gradient descent on a few hundred
// examples, with no dependency to audit (decision 0205).
import type { Cue } from "./cues";

export const STANCE_CLASSES = ["opposes", "conditional", "supports", "neutral"] as const;
export type StanceClass = (typeof STANCE_CLASSES)[number];

/**
 * How the model's verdict combines with the rules': "rules" ignores the model, "model" takes its verdict on every
 * judged topic, "hybrid" keeps a rule that decided a value and asks the model only where the rules found nothing.
 */
export type StancePolicy = "rules" | "model" | "hybrid";

export interface StanceModel {
  /** What it was trained on and how, for the record. */
  about: string;
  policy: StancePolicy;
  bias: Record<StanceClass, number>;
  /** Per cue name, its weight for each class; cues not listed weigh nothing. */
  weights: Record<string, Partial<Record<StanceClass, number>>>;
}

export interface Example {
  cues: string[];
  label: StanceClass;
}

export interface TrainingOptions {
  /** L2 penalty on the weights (not the bias), per example. */
  l2: number;
  epochs: number;
  rate: number;
}

function probabilities(model: StanceModel, cues: readonly string[]): Record<StanceClass, number> {
  const logits = { ...model.bias };
  for (const name of new Set(cues)) for (const c of STANCE_CLASSES) logits[c] += model.weights[name]?.[c] ?? 0;
  const top = Math.max(...STANCE_CLASSES.map((c) => logits[c]));
  const exp = STANCE_CLASSES.map((c) => Math.exp(logits[c] - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return Object.fromEntries(STANCE_CLASSES.map((c, i) => [c, exp[i] / sum])) as Record<StanceClass, number>;
}

/** Batch gradient descent on the mean cross-entropy plus an L2 penalty; deterministic for a given input. */
export function trainStanceModel(examples: readonly Example[], options: TrainingOptions, policy: StancePolicy = "model", about = ""): StanceModel {
  const names = [...new Set(examples.flatMap((e) => e.cues))].sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const K = STANCE_CLASSES.length;
  // Each example as the indices of its cues and of its class, so that an epoch is plain arithmetic.
  const rows = examples.map((e) => ({ cues: [...new Set(e.cues)].map((name) => index.get(name)!), label: STANCE_CLASSES.indexOf(e.label) }));
  const w = new Float64Array(names.length * K);
  const bias = new Float64Array(K);
  const n = Math.max(1, rows.length);
  const logits = new Float64Array(K);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const gw = new Float64Array(names.length * K);
    const gb = new Float64Array(K);
    for (const row of rows) {
      logits.set(bias);
      for (const f of row.cues) for (let c = 0; c < K; c++) logits[c] += w[f * K + c];
      const top = Math.max(...logits);
      let total = 0;
      for (let c = 0; c < K; c++) total += (logits[c] = Math.exp(logits[c] - top));
      for (let c = 0; c < K; c++) {
        const error = (logits[c] / total - (c === row.label ? 1 : 0)) / n;
        gb[c] += error;
        for (const f of row.cues) gw[f * K + c] += error;
      }
    }
    for (let c = 0; c < K; c++) bias[c] -= options.rate * gb[c];
    for (let i = 0; i < w.length; i++) w[i] -= options.rate * (gw[i] + options.l2 * w[i]);
  }
  const perClass = (values: ArrayLike<number>, at = 0) => Object.fromEntries(STANCE_CLASSES.map((c, k) => [c, values[at + k]])) as Record<StanceClass, number>;
  return { about, policy, bias: perClass(bias), weights: Object.fromEntries(names.map((name, i) => [name, perClass(w, i * K)])) };
}

export interface Prediction {
  value: StanceClass;
  probability: number;
  /** The cue that pushed hardest towards the chosen class over the runner-up: the explanation. */
  strongest: Cue | null;
}

export function predictStance(model: StanceModel, cues: readonly Cue[]): Prediction {
  const p = probabilities(model, cues.map((c) => c.name));
  const ranked = [...STANCE_CLASSES].sort((a, b) => p[b] - p[a]);
  const [value, runnerUp] = ranked;
  let strongest: Cue | null = null;
  let margin = 0;
  for (const c of cues) {
    const w = model.weights[c.name];
    const push = (w?.[value] ?? 0) - (w?.[runnerUp] ?? 0);
    if (push > margin) [strongest, margin] = [c, push];
  }
  return { value, probability: p[value], strongest };
}

/** Rounds weights for storage and drops cues that weigh (almost) nothing. */
export function compactModel(model: StanceModel, digits = 3): StanceModel {
  const round = (x: number) => Number(x.toFixed(digits));
  const weights: StanceModel["weights"] = {};
  for (const [name, w] of Object.entries(model.weights)) {
    const kept = Object.fromEntries(STANCE_CLASSES.map((c) => [c, round(w[c] ?? 0)]).filter(([, x]) => x !== 0));
    if (Object.keys(kept).length) weights[name] = kept;
  }
  return { about: model.about, policy: model.policy, bias: Object.fromEntries(STANCE_CLASSES.map((c) => [c, round(model.bias[c])])) as Record<StanceClass, number>, weights };
}

/** The verdict on one topic under the model's policy: the rules' value, or the model's with its strongest cue. */
export function decideStance(model: StanceModel | null, rule: { value: string | null } | null, cues: readonly Cue[]): { value: StanceClass; byModel: Prediction | null } {
  const ruled = (rule?.value ?? "neutral") as StanceClass;
  if (!model || model.policy === "rules") return { value: ruled, byModel: null };
  if (model.policy === "hybrid" && rule?.value) return { value: ruled, byModel: null };
  const byModel = predictStance(model, cues);
  return { value: byModel.value, byModel };
}
