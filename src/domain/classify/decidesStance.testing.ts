// A helper for the stance tests (not a test itself): one `it` per invented sentence, checking the stance it takes on a topic
// and the rule and evidence that decided it. Shared by missedStances.test.ts and conventionStances.test.ts (decision 0700);
// `decidesAs`, the whole statement classified, by the common-forms sets of decision 0720.
import { expect, it } from "vitest";
import { classifyStatement, stanceIn } from "./classify";
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

/** A sentence, the stance it must take (null: none), and the speaker's country where the speaker's side is its subject. */
export type StatementRow = readonly [sentence: string, value: StanceValue | null, country?: string];

/** One `it` per sentence read as a whole statement's words: the stance `classifyStatement` gives it on the topic. */
export function decidesAs(topic: StanceTopic, rows: readonly StatementRow[]): void {
  for (const [sentence, value, country] of rows)
    it(`${sentence} → ${topic}: ${value ?? "no stance"}`, () => {
      expect(classifyStatement({ quote: sentence, speakerCountry: country ?? null }).stance[topic]?.value ?? null, sentence).toBe(value);
    });
}
