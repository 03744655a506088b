// Topic forms of decision 0660, each on a sentence invented for this test, never one from an article: subjects of
// their own that no context lends a topic (economic pressure, named weapon systems, the allies' own defence, a term
// that names something else), the no-fly zone by the words that ask for it, talks on joining a union, and becoming
// part of the alliance; and the bare word "peace" in the context.
import { describe, expect, it } from "vitest";
import { classifyStatement, contextTopicsOf, namesOtherSubject, topicsOf } from "./classify";

describe("a quote with a subject of its own is other, whatever its paragraph names", () => {
  it.each([
    "Duties of forty percent would follow on every cargo, he said, calling them secondary tariffs.",
    "The crews hope they will never need Taurus at all.",
    "Two more Patriot batteries are on their way.",
    "Our deterrence on the northern shore has never been stronger.",
    "The Europeans must carry more of the defence of Europe themselves.",
    "Each capital owes a share to the security of our continent.",
  ])("%s", (quote) => {
    expect(namesOtherSubject(quote)).toBe(true);
    const { topics } = classifyStatement({ quote, paragraph: "The envoy spoke of a peace deal and of troops on the ground before the vote." });
    expect(topics).toEqual(["other"]);
  });

  it("a term that names something else gives the quote a subject of its own: another union's accession talks", () => {
    const quote = "The move to negotiations over membership of the European Union is due next spring.";
    expect(topicsOf(quote)).toEqual([]);
    expect(classifyStatement({ quote, paragraph: "Ministers say the republic could one day become part of the alliance." }).topics).toEqual(["other"]);
  });

  it("a quote that names none of these still takes its paragraph's topic", () =>
    expect(classifyStatement({ quote: "We will see in the spring.", paragraph: "The envoy spoke of a peace deal before the vote." }).topics).toEqual(["negotiations"]));
});

describe("closing the sky is the no-fly zone: troops", () => {
  it.each(["Close the skies over the republic now!", "She urged the allies to close the sky above the reactors.", "Those skies must be closed at once, the mayor wrote.", "He spoke of closing its sky to enemy jets."])(
    "%s → troops",
    (sentence) => expect(topicsOf(sentence)).toContain("troops"),
  );
  it("a sky that is not closed is no term", () => expect(topicsOf("The sky over the capital was clear on Monday.")).not.toContain("troops"));
});

describe("talks on joining a union are its accession, not the settlement of the war", () => {
  it.each(["Talks are under way, and negotiations on membership of the bloc could end next year.", "The negotiations over accession to NATO are stalled."])(
    "%s → no negotiations",
    (sentence) => expect(topicsOf(sentence)).not.toContain("negotiations"),
  );
  it("negotiations on a truce stay talks", () => expect(topicsOf("Negotiations on a truce resume on Friday.")).toContain("negotiations"));
  it("negotiations over accession to NATO are membership", () => expect(topicsOf("The negotiations over accession to NATO are stalled.")).toContain("membership"));
});

describe("becoming part of the alliance is membership", () => {
  it.each(["The republic becoming part of the military alliance is years away.", "Kyiv becoming a part of NATO is not on the agenda this year."])(
    "%s → membership",
    (sentence) => expect(topicsOf(sentence)).toContain("membership"),
  );
});

describe("the bare word peace in the context lends no topic; the quote's own does, and so do the settlement's names", () => {
  const paragraph = (words: string) => `The minister, who spoke of ${words} at the rally, also met the mayor.`;
  it("a paragraph that names only peace gives nothing", () => expect(contextTopicsOf(paragraph("peace"))).toEqual([]));
  it.each(["a peace accord", "a lasting peace", "a ceasefire", "peace talks"])("a paragraph that names %s gives negotiations", (words) =>
    expect(contextTopicsOf(paragraph(words))).toEqual(["negotiations"]),
  );
  it("a quote that names peace is about the settlement", () => expect(classifyStatement({ quote: "We all want peace by the summer." }).topics).toEqual(["negotiations"]));
  it("a quote that names nothing beside a paragraph on peace is other", () =>
    expect(classifyStatement({ quote: "He is a very tough man.", paragraph: paragraph("peace") }).topics).toEqual(["other"]));
});
