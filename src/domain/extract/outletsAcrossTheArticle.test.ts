// The outlet cited across an article as a class of constructions (decision 0770): every invented report gives each
// statement it lists the outlet chain the spec asks for (or none), except the cases marked open (each says why).
// `npx tsx scripts/outlet-sets.ts` prints the sets' figures by construction.
import { describe, expect, it } from "vitest";
import { FIRST_SET, SECOND_SET, THIRD_SET, type OutletCase } from "./outletsAcrossTheArticle.cases";
import { outletsOf } from "./caseReadouts.testing";

const SETS: [string, OutletCase[]][] = [
  ["first invented set (the rules were written on it)", FIRST_SET],
  ["second invented set (written before the rules were finished)", SECOND_SET],
  ["third invented set (written after the rules)", THIRD_SET],
];

for (const [name, set] of SETS) {
  describe(`outlets across the article: ${name}`, () => {
    for (const group of [...new Set(set.map((k) => k.group))]) {
      describe(group, () => {
        for (const k of set.filter((x) => x.group === group)) {
          (k.open ? it.skip : it)(k.text.split("\n").slice(1).join(" / ").slice(0, 160), () => {
            expect(outletsOf(k)).toEqual(k.want.map((w) => w[1]));
          });
        }
      });
    }
  });
}
