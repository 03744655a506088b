// Dates of words with no date of their own (decision 0565): the story's day that the lede states for someone's words,
// positions given by a relative clause in the perfect ("…, who has argued that …"), and an earlier month named inside
// another sentence, which is not carried to the speaker's other words. Invented wording throughout.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

// 2025-03-12 is a Wednesday.
const run = (text: string, publishedAt = "2025-03-12") => extractStatements(text, { publishedAt, outlet: null, explain: true }).statements;
const datesOf = (text: string, publishedAt?: string) => run(text, publishedAt).map((s) => [s.speaker, s.date, s.explain?.date?.rule]);

describe("the story's day, stated in the lede for one speaker's words (date-story-day)", () => {
  const lede = (when: string) =>
    `Minister Jane Example left Sampleton empty-handed ${when} after President John Sample turned down her request, saying talks must wait.\n\n`;

  it("dates another speaker's undated words in the story by the lede's day", () => {
    expect(datesOf(`${lede("on Monday")}“We are not ready for that,” John Sample told reporters. He added that the decision was final.`)).toEqual([
      ["Jane Example", "2025-03-10", "date-relative"],
      ["John Sample", "2025-03-10", "date-story-day"],
      ["John Sample", "2025-03-10", "date-story-day"],
    ]);
  });

  it("a lede date more than a week before the publication is another occasion: the publication's day stays", () => {
    expect(datesOf(`${lede("on February 20")}“We are not ready for that,” John Sample told reporters.`)).toEqual([
      ["Jane Example", "2025-02-20", "date-stated"],
      ["John Sample", "2025-03-12", "date-publication"],
    ]);
  });

  it("words from before the story (\"Earlier, …\") do not take its day", () => {
    expect(datesOf(`${lede("on Monday")}Earlier, John Sample told reporters that the decision was final.`)[1]).toEqual(["John Sample", "2025-03-12", "date-publication"]);
  });

  it("a publication known only by its month gives no day to measure the week against", () => {
    expect(datesOf(`${lede("on Monday")}“We are not ready for that,” John Sample told reporters.`, "2025-03")[1]).toEqual(["John Sample", "2025-03", "date-publication"]);
  });
});

describe("a position given by a relative clause in the perfect (date-standing-position)", () => {
  it("is undated, while the same speaker's words on a day keep it", () => {
    expect(datesOf("Minister Jane Example, who has long argued that talks must wait, admitted on Monday that she was “tired” of the delay.")).toEqual([
      ["Jane Example", null, "date-standing-position"],
      ["Jane Example", "2025-03-10", "date-relative"],
    ]);
  });

  it("a relative clause that tells of one event is no standing position", () => {
    expect(datesOf("Minister Jane Example, who met President John Sample, said on Monday that talks must wait.")).toEqual([["Jane Example", "2025-03-10", "date-relative"]]);
  });
});

describe("an earlier month named inside another sentence is not carried to the speaker's other words", () => {
  const after = "\n\n“We will not bend,” Jane Example said.";

  it("a month of an event inside the sentence dates that sentence's words only; the others take the publication's day", () => {
    expect(datesOf(`Minister Jane Example condemned the forces that entered Examplestan in February 2023, saying talks must wait.${after}`)).toEqual([
      ["Jane Example", "2023-02", "date-stated"],
      ["Jane Example", "2025-03-12", "date-publication"],
    ]);
    expect(run(`Minister Jane Example condemned the forces that entered Examplestan in February 2023, saying talks must wait.${after}`)[1].explain?.date?.evidence).toBe("2023-02-01");
  });

  it("a month that opens its sentence, a day, the story's own month and a period counted back still carry", () => {
    expect(datesOf(`In January, Minister Jane Example spoke at the Sampleton forum.${after}`)).toEqual([["Jane Example", "2025-01", "date-stated"]]);
    expect(datesOf(`Minister Jane Example spoke at the Sampleton forum on February 20, 2024.${after}`)).toEqual([["Jane Example", "2024-02-20", "date-stated"]]);
    expect(datesOf(`Minister Jane Example spoke at the Sampleton forum in March.${after}`)).toEqual([["Jane Example", "2025-03", "date-stated"]]);
    expect(datesOf(`Minister Jane Example said last month that talks must wait.${after}`)).toEqual([
      ["Jane Example", "2025-02", "date-relative"],
      ["Jane Example", "2025-02", "date-relative"],
    ]);
  });
});
