import { describe, expect, it } from "vitest";
import { findOutlets } from "./context";

const names = (sentence: string) => findOutlets(sentence).map((o) => `${o.role}: ${o.name}`);

describe("outlet names without the words that describe them", () => {
  it("takes the outlet of an edition, not the edition", () => {
    expect(names("The minister spoke about this in an interview with the Spanish edition of Sample TV.")).toEqual(["receiving: Sample TV"]);
  });

  it("drops a place's possessive before the outlet", () => {
    expect(names("He said so in an interview with Examplia’s Sample Courier.")).toEqual(["receiving: Sample Courier"]);
  });

  it("drops a kind of medium printed in lower case after the name", () => {
    expect(names("Talks would go on, the envoy said in an interview with the Sample Courier newspaper.")).toEqual(["receiving: Sample Courier"]);
  });

  it("keeps a kind of medium that is part of the name", () => {
    expect(names("Talks would go on, the envoy said in an interview with Sample News.")).toEqual(["receiving: Sample News"]);
  });
});

describe("a programme in marks, then its channel", () => {
  it("gives the channel that aired the programme", () => {
    expect(names("The premier told “Evening Hour” on Sampleuno.")).toEqual(["receiving: Sampleuno"]);
  });

  it("needs the programme in marks", () => {
    expect(names("The premier told reporters on Tuesday.")).toEqual([]);
  });
});
