// Topic forms of decision 0400, each on a sentence invented for this test, never one from an article: the alliance
// by the other names reporters give it, being in the alliance, a status outside every bloc, and a round of talks
// named by a word before "talks".
import { describe, expect, it } from "vitest";
import { classifyStatement, topicsOf } from "./classify";

describe("the alliance by its other names", () => {
  it.each([
    "The republic still wants to join the North Atlantic Treaty Organization.",
    "He said Chisinau could join the US-led military bloc within a decade.",
    "Admitting the republic to the North Atlantic bloc is not on the agenda.",
    "The expansion of the military-political bloc worries the Kremlin.",
  ])("%s → membership", (sentence) => expect(topicsOf(sentence)).toContain("membership"));

  it("leaves a bare 'the bloc' out: it is as often the European Union", () => {
    expect(topicsOf("Croatia joined the bloc in 2013.")).not.toContain("membership");
  });
});

describe("being in the alliance names membership", () => {
  it.each(["Sooner or later Ukraine will be in NATO.", "One day Kyiv will be inside the alliance."])("%s → membership", (sentence) =>
    expect(topicsOf(sentence)).toContain("membership"));
});

describe("a status outside every bloc names membership but bears no stance", () => {
  it.each([
    "The Kremlin insists on neutrality for its neighbour.",
    "Moscow wants a neutral status written into any text.",
    "They demanded a neutral, non-aligned country on their border.",
  ])("%s → membership", (sentence) => expect(topicsOf(sentence)).toContain("membership"));

  // A wanting word does not back joining by it: backing the status is the other side of joining (decision 0655).
  it("is the other side of joining, not a view for it", () => {
    const { topics, stance } = classifyStatement({ quote: "We support a non-aligned status for the country." });
    expect(topics).toContain("membership");
    expect(stance.membership?.value).toBe("opposes");
  });

  it("leaves a neutral place or tone out", () => {
    expect(topicsOf("The two delegations could meet at a neutral venue.")).not.toContain("membership");
  });
});

describe("a round of talks named by a word before 'talks'", () => {
  it.each(["Nothing came of the previous Geneva talks.", "Both sides walked out of the latest round of talks."])("%s → negotiations", (sentence) =>
    expect(topicsOf(sentence)).toContain("negotiations"));
});
