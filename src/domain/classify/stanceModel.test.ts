// The learned weighing of stance cues, on invented cue sets (decision 0205).
import { describe, expect, it } from "vitest";
import type { Cue } from "./cues";
import { compactModel, decideStance, predictStance, trainStanceModel, type Example, type StanceModel } from "./stanceModel";
import { STORED_STANCE_MODEL, stanceModelSchema } from "./storedModel";

const cue = (name: string, evidence: string | null = null): Cue => ({ name, evidence, source: evidence ? "quote" : null });
const TRAINING = { l2: 0.001, epochs: 300, rate: 0.5 };

// A toy world: a negation opposes, a condition makes conditional, a backing word supports, nothing is neutral.
const examples: Example[] = [
  ...Array.from({ length: 6 }, () => ({ cues: ["topic:troops", "near:negation"], label: "opposes" as const })),
  ...Array.from({ length: 6 }, () => ({ cues: ["topic:troops", "near:condition"], label: "conditional" as const })),
  ...Array.from({ length: 6 }, () => ({ cues: ["topic:troops", "near:backing"], label: "supports" as const })),
  ...Array.from({ length: 6 }, () => ({ cues: ["topic:troops"], label: "neutral" as const })),
];

describe("stance model", () => {
  const model = trainStanceModel(examples, TRAINING, "model");

  it("learns which cue points to which stance", () => {
    expect(predictStance(model, [cue("topic:troops"), cue("near:negation", "will not")]).value).toBe("opposes");
    expect(predictStance(model, [cue("topic:troops"), cue("near:condition", "only after")]).value).toBe("conditional");
    expect(predictStance(model, [cue("topic:troops"), cue("near:backing", "support")]).value).toBe("supports");
    expect(predictStance(model, [cue("topic:troops")]).value).toBe("neutral");
  });

  it("names the cue that pushed hardest towards its verdict, with its words", () => {
    const prediction = predictStance(model, [cue("topic:troops"), cue("near:backing", "support")]);
    expect(prediction.strongest).toEqual(cue("near:backing", "support"));
    expect(prediction.probability).toBeGreaterThan(0.5);
  });

  it("is deterministic and survives rounding for storage", () => {
    expect(trainStanceModel(examples, TRAINING, "model")).toEqual(model);
    const stored = compactModel(model);
    expect(stanceModelSchema.parse(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    expect(predictStance(stored, [cue("near:negation")]).value).toBe("opposes");
  });

  it("combines with the rules by its policy", () => {
    const asRules: StanceModel = { ...model, policy: "rules" };
    const hybrid: StanceModel = { ...model, policy: "hybrid" };
    const cues = [cue("topic:troops"), cue("near:backing", "support")];
    expect(decideStance(null, { value: "opposes" }, cues)).toEqual({ value: "opposes", byModel: null });
    expect(decideStance(asRules, null, cues).value).toBe("neutral");
    expect(decideStance(hybrid, { value: "opposes" }, cues).value).toBe("opposes");
    expect(decideStance(hybrid, null, cues).value).toBe("supports");
    expect(decideStance(model, { value: "opposes" }, cues).value).toBe("supports");
  });

  it("loads the stored model through its schema", () => {
    expect(["rules", "model", "hybrid"]).toContain(STORED_STANCE_MODEL.policy);
    expect(Object.keys(STORED_STANCE_MODEL.weights).length).toBeGreaterThan(0);
  });
});
