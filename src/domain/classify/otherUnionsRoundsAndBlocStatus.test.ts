// Topic forms of decision 0620, each on a sentence invented for this test, never one from an article: a term of joining
// in a sentence about another union, a round of talks whatever its determiner, and a status outside the alliance by name.
import { describe, expect, it } from "vitest";
import { contextTopicsOf, topicsOf } from "./classify";

describe("a term of joining in a sentence that names another union, and not the alliance, is that union's", () => {
  it.each([
    "While the republic’s place is in the European Union, capitals are slow to name an accession year.",
    "The EU summit left the applicant without a membership date; the ministers meet again in May.",
    "Ministers of the EU said the candidate’s bid to join would take years.",
  ])("%s → no membership", (sentence) => expect(topicsOf(sentence)).not.toContain("membership"));

  it.each([
    "The EU has opened its doors, but accession to NATO is another matter.",
    "Both the EU and the alliance weighed the membership question at the spring meeting.",
    "Membership remains the goal, the envoy said. The EU, for its part, sent observers.",
  ])("%s → membership (the alliance named, or the union in another sentence)", (sentence) => expect(topicsOf(sentence)).toContain("membership"));

  it("a paragraph whose only term of joining is another union's gives no membership to the quotes in it", () =>
    expect(contextTopicsOf("Speaking in Graz, the commissioner said that while Kyiv belongs in the European Union, no accession date could be set.")).toEqual([]));
});

describe("a round of talks is talks whatever its determiner", () => {
  it.each([
    "The aide hopes a fresh round of talks can open in the spring.",
    "Two rounds of negotiations in Geneva brought no result.",
    "He expects another round of peace talks before the holidays.",
  ])("%s → negotiations", (sentence) => expect(topicsOf(sentence)).toContain("negotiations"));

  it("a round of something else is not", () => expect(topicsOf("The next round of budget votes is on Tuesday.")).not.toContain("negotiations"));
});

describe("a status outside the alliance by name is a bloc status: membership and the settlement's terms", () => {
  it.each(["The republic's non-NATO status was a key issue, the spokesman said.", "Moscow insists on a neutral, non-NATO status for its neighbour."])(
    "%s → membership and negotiations",
    (sentence) => expect(topicsOf(sentence)).toEqual(expect.arrayContaining(["membership", "negotiations"])),
  );
});
