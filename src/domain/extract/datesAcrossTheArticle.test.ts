// The date of a statement that must come from elsewhere in its article (decision 0755): every invented article gives
// the date the spec and the dev annotators' conventions give, except the cases marked open (each says why).
import { describe, expect, it } from "vitest";
import { ARTICLES_FIRST, ARTICLES_SECOND, DATELINE_ANCHOR, OCCASION_NAMED_AFTER, openWhereReverted } from "./datesAcrossTheArticle.cases";
import type { DateCase } from "./datesAsAClass.cases";
import { dateOf } from "./caseReadouts.testing";

const SETS: [string, DateCase[]][] = [
  ["articles written before the rules", ARTICLES_FIRST],
  ["articles written after the rules, scored on them", ARTICLES_SECOND],
  ["the occasion named after the words, paragraphs later", OCCASION_NAMED_AFTER],
  ["relative words counted from the dateline's day", DATELINE_ANCHOR],
];

for (const [name, cases] of SETS) {
  const set = cases.map(openWhereReverted);
  describe(`the date of a statement from elsewhere in its article: ${name}`, () => {
    for (const group of [...new Set(set.map((k) => k.group))]) {
      describe(group, () => {
        for (const k of set.filter((x) => x.group === group)) {
          (k.open ? it.skip : it)(`${k.published ?? "no publication"}: ${k.text.replace(/\n+/g, " / ")} [${k.find}]`, () => {
            expect(dateOf(k)).toBe(k.want);
          });
        }
      });
    }
  });
}
