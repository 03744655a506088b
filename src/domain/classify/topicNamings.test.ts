// The invented statements of decision 0725 (topicNamings.cases.ts): each topic named without its obvious keyword,
// and decoys whose keyword names something else. The cases the rules do not yet decide are listed apart (`LEFT`),
// so that a later rule that settles one is seen.
import { describe, expect, it } from "vitest";
import { classifyStatement } from "./classify";
import { FIRST_SET, SECOND_SET, type TopicCase } from "./topicNamings.cases";

const decided = (c: TopicCase) => {
  const { topics } = classifyStatement({ quote: c.quote, paragraph: c.paragraph });
  return c.has.every((t) => topics.includes(t)) && (c.not ?? []).every((t) => !topics.includes(t)) && (!c.has.includes("other") || topics.length === 1);
};

/** Cases no rule decides yet (decision 0725, "left"): quotes that name the topic only by the story they stand in. */
const LEFT = new Set([
  "No member state will put its army into this war.",
  "We are not going to fight Russia on Ukrainian territory.",
  "An air shield over western Ukraine could be run from Poland and Romania.",
  "Our pilots will not patrol Ukrainian airspace.",
  "We will not be sending our sons and daughters to die in Ukraine.",
  "Some points of the American proposal are simply unacceptable to Kyiv.",
  "Kyiv has to sit at the centre of every discussion about its future.",
  "We are close to an understanding on shipping in the Black Sea.",
  "The terms Moscow is offering amount to surrender.",
  "The memorandum Moscow handed over reads like an ultimatum.",
  "A summit of the three leaders could take place in the Gulf.",
  "Ukraine has accepted the American plan, now it is Russia's turn.",
  "Admitting Ukraine now would drag the alliance into a war.",
  "The North Atlantic bloc wants to drag Kiev into its ranks.",
  "American troops in Europe will not be cut this year.",
  "Moscow deployed 100,000 soldiers along the border.",
  "NATO's door is open to Finland and Sweden.",
  "NATO's membership has grown to 32 countries.",
  "The Russian army keeps redeploying troops from the north.",
  "The deal with Rheinmetall covers a new shell factory.",
  "Energy prices will fall next winter.",
  "Our farmers are suffering from the cheap grain.",
  "The elections must take place next spring.",
  "Inflation is our biggest enemy right now.",
  "There is no plan to put NATO boots on Ukrainian ground.",
  "The sides agreed to sit down again after Easter.",
  "The Atlantic alliance must let Ukraine join.",
  "The trade talks with Beijing will resume next month.",
  "Sweden's entry into NATO strengthened the Baltic region.",
  "The Patriot batteries will be deployed around Kyiv.",
  "The wounded soldiers were evacuated to Dnipro.",
]);

describe.each([
  ["the first invented set", FIRST_SET],
  ["the second invented set", SECOND_SET],
])("%s", (_, cases) => {
  it.each(cases.filter((c) => !LEFT.has(c.quote)).map((c) => [c.quote, c] as const))("%s", (_quote, c) => expect(decided(c)).toBe(true));
  it.each(cases.filter((c) => LEFT.has(c.quote)).map((c) => [c.quote, c] as const))("not yet: %s", (_quote, c) => expect(decided(c)).toBe(false));
});
