// Direct-quote recall as a class of constructions (decision 0750): every invented report gives each direct quote the
// spec counts, with its speaker, and no other direct statement, except the cases marked open (each says why).
// `npx tsx scripts/direct-quote-sets.ts` prints the sets' figures by construction.
import { describe, expect, it } from "vitest";
import { EXTRA, FIRST_SET, SECOND_SET, type DirectCase } from "./directQuotesAsAClass.cases";
import { directQuotesOf } from "./caseReadouts.testing";

/** For each expected quote the speaker of the first direct statement holding its words (undefined: none), then the other direct statements. */
function readingOf(k: DirectCase): { speakers: (string | null | undefined)[]; others: string[] } {
  const { matched, others } = directQuotesOf(k);
  return { speakers: matched.map((s) => s?.speaker), others: others.map((s) => `${s.quote} (${s.speaker})`) };
}

const SETS: [string, DirectCase[]][] = [
  ["first invented set (the rules were written on it)", FIRST_SET],
  ["second invented set (written after the rules)", SECOND_SET],
  ["a headline that repeats a body quote", EXTRA],
];

for (const [name, set] of SETS) {
  describe(`direct quotes by construction: ${name}`, () => {
    for (const group of [...new Set(set.map((k) => k.group))]) {
      describe(group, () => {
        for (const k of set.filter((x) => x.group === group)) {
          (k.open ? it.skip : it)(k.text.split("\n").slice(1).join(" / "), () => {
            expect(readingOf(k)).toEqual({ speakers: k.want.map((w) => w[1]), others: [] });
          });
        }
      });
    }
  });
}
