// A helper for the stance tests (not a test itself): one `it` per invented sentence, checking the stance it takes on a topic
// and the rule and evidence that decided it. Shared by missedStances.test.ts and conventionStances.test.ts (decision 0700).
import { expect, it } from "vitest";
import { stanceIn } from "./classify";
import type { StanceTopic, StanceValue } from "../extract/types";

/** A sentence, the stance it must take on the topic (null: none), and the rule and evidence that must decide it. */
export type Row = readonly [sentence: string, value: StanceValue | null, rule?: string, evidence?: string];

export function decides(topic: StanceTopic, rows: readonly Row[]): void {
  for (const [sentence, value, rule, evidence] of rows)
    it(`${sentence} → ${topic}: ${value ?? "no stance"}`, () => {
      const found = stanceIn(sentence, topic);
      if (value === null) expect(found, sentence).toBeNull();
      else expect(found, sentence).toMatchObject({ value, ...(rule ? { rule } : {}), ...(evidence ? { evidence } : {}) });
    });
}
