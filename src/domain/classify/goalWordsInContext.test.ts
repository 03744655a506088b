// Decision 0820: a word that names only the goal of talks ("peace", "peaceful") places a quote that says it, but in
// the quote's surroundings (its paragraph, the sentence before, the headline) it does not decide what a quote that
// names no subject is about. Invented sentences.
import { describe, expect, it } from "vitest";
import { classifyStatement, contextTopicsOf } from "./classify";

describe("the goal of talks named only in the context", () => {
  it("does not give a quote without a subject of its own the negotiations topic", () => {
    const paragraph = "The minister, who has long spoken of peace in the region, opened the new harbour on Monday.";
    expect(classifyStatement({ quote: "The harbour will bring work to thousands of families.", paragraph }).topics).toEqual(["other"]);
    expect(classifyStatement({ quote: "It will bring work to thousands of families.", previous: "He hopes for a peaceful winter.", paragraph: "" }).topics).toEqual(["other"]);
  });

  it("still places a quote that says it, and the talks themselves when the context names them", () => {
    expect(classifyStatement({ quote: "We all want peace before winter." }).topics).toContain("negotiations");
    const paragraph = "The minister spoke about the peace talks in Sampleton on Monday.";
    expect(classifyStatement({ quote: "The harbour will bring work to thousands of families.", paragraph }).topics).toContain("negotiations");
  });

  it("is read as the talks' topic in the reporter's own frame", () => {
    expect(contextTopicsOf("he said of the prospects for peace")).toEqual(["negotiations"]);
    expect(contextTopicsOf("he said of the prospects for peace", true)).toEqual([]);
  });
});
