// The stance model the extractor uses by default: weights trained by scripts/cv-stance.ts (decision 0205),
// checked at load like every other data file of the domain.
import { z } from "zod";
import modelJson from "./data/stance-model.json" with { type: "json" };
import { STANCE_CLASSES, type StanceModel } from "./stanceModel";

const perClass = z.object(Object.fromEntries(STANCE_CLASSES.map((c) => [c, z.number().finite()])) as Record<(typeof STANCE_CLASSES)[number], z.ZodNumber>);
export const stanceModelSchema = z.object({
  about: z.string(),
  policy: z.enum(["rules", "model", "hybrid"]),
  bias: perClass,
  weights: z.record(z.string(), perClass.partial()),
});

export const STORED_STANCE_MODEL: StanceModel = stanceModelSchema.parse(modelJson);
