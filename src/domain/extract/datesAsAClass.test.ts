// The date of a statement as a class of constructions (decision 0735): every invented snippet gives the date the spec
// and the annotators' conventions give, except the cases marked open (each says why).
import { describe, expect, it } from "vitest";
import { FIRST_SET, SECOND_SET, THIRD_SET, WIRE_FORMS, type DateCase } from "./datesAsAClass.cases";
import { dateOf } from "./caseReadouts.testing";

const SETS: [string, DateCase[]][] = [
  ["first invented set (the rules were written on it)", FIRST_SET],
  ["second invented set (written after the rules, scored on them)", SECOND_SET],
  ["stories of several sentences", THIRD_SET],
  ["further wire forms", WIRE_FORMS],
];

for (const [name, set] of SETS) {
  describe(`the date of a statement, by construction: ${name}`, () => {
    for (const group of [...new Set(set.map((k) => k.group))]) {
      describe(group, () => {
        for (const k of set.filter((x) => x.group === group)) {
          (k.open ? it.skip : it)(`${k.published ?? "no publication"}: ${k.text.replace(/\n+/g, " / ")}`, () => {
            expect(dateOf(k)).toBe(k.want);
          });
        }
      });
    }
  });
}
