// The date of the occasion against the publication's (decision 0775): every invented report gives the date the spec
// and the dev annotators' conventions give, except the cases marked open (each says why).
import { describe, expect, it } from "vitest";
import { FIRST, INSIDE_REPORT_SET, INTERVIEW_AFTER_HELD_OUT, INTERVIEW_AFTER_SET, NAMED_AGAIN_HELD_OUT, NAMED_AGAIN_SET, TOLD_BEFORE_HELD_OUT, TOLD_BEFORE_SET } from "./datesOccasionAndPublication.cases";
import type { DateCase } from "./datesAsAClass.cases";
import { dateOf } from "./caseReadouts.testing";

const SETS: [string, DateCase[]][] = [
  ["reports written before the rules", FIRST],
  ["words told before their occasion's day, written with the rule", TOLD_BEFORE_SET],
  ["words told before their occasion's day, written after the rule (held out)", TOLD_BEFORE_HELD_OUT],
  ["an event dated once and named again, written before the rule", NAMED_AGAIN_SET],
  ["an event dated once and named again, written after the rule (held out)", NAMED_AGAIN_HELD_OUT],
  ["a date inside what a sentence reports", INSIDE_REPORT_SET],
  ["an interview named after the words, written before the rule", INTERVIEW_AFTER_SET],
  ["an interview named after the words, written after the rule (held out)", INTERVIEW_AFTER_HELD_OUT],
];

for (const [name, cases] of SETS) {
  describe(`the date of the occasion against the publication's: ${name}`, () => {
    for (const group of [...new Set(cases.map((k) => k.group))]) {
      describe(group, () => {
        for (const k of cases.filter((x) => x.group === group)) {
          (k.open ? it.skip : it)(`${k.published ?? "no publication"}: ${k.text.replace(/\n+/g, " / ")} [${k.find}]`, () => {
            expect(dateOf(k)).toBe(k.want);
          });
        }
      });
    }
  });
}
