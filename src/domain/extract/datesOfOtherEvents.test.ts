// Dates that belong to another event or to other words than a statement's (decision 0625): a "since" clause, a clause
// set off by a comma on a perfect participle or on "with" and a participle, words named as a noun ("the minister's
// prior statement on Monday") and an earlier month named in a later sentence. Each refuses the date for the statement;
// the occasions themselves stay as they are (so outlets and venues cannot move). Invented wording throughout.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

// 2025-03-12 is a Wednesday.
const run = (text: string, publishedAt = "2025-03-12") => extractStatements(text, { publishedAt, outlet: null, explain: true }).statements;
const datesOf = (text: string, publishedAt?: string) => run(text, publishedAt).map((s) => [s.speaker, s.date, s.explain?.date?.rule]);

describe("a date in a clause of another event", () => {
  it("a month after \"since\" does not date the words of its sentence", () => {
    expect(datesOf("Minister Jane Example, on her first journey abroad since the raiders crossed the border in January, said the front was holding.")).toEqual([
      ["Jane Example", "2025-03-12", "date-publication"],
    ]);
  });

  it("a perfect participle set off after the words dates its own event, not the words", () => {
    const text = "Minister Jane Example blamed the raiders. “They bear the full blame for the fire in the harbour,” she said, having shelled it on Monday.";
    expect(datesOf(text).at(-1)).toEqual(["Jane Example", "2025-03-12", "date-publication"]);
  });

  it("a perfect participle that opens the sentence still tells of the occasion of the words", () => {
    expect(datesOf("Having met the envoys on Monday, Minister Jane Example said the front was holding.")).toEqual([["Jane Example", "2025-03-10", "date-relative"]]);
  });

  it("\"with\" and a participle, set off by a comma, dates the other event", () => {
    const text =
      "Examplestan and Sampleland confirmed a new round of talks in Sampleton, with the delegations formally named on Monday.\n\n" +
      "Minister Jane Example told reporters the team expected little from it.";
    expect(datesOf(text).at(-1)).toEqual(["Jane Example", "2025-03-12", "date-publication"]);
  });

  it("the words' own day, stated plainly, is kept", () => {
    expect(datesOf("Minister Jane Example said on Monday that the front was holding, with the reserves moved north.")).toEqual([["Jane Example", "2025-03-10", "date-relative"]]);
  });
});

describe("the day of other words named as a noun", () => {
  const lede = "The quarrel over the closed border between Examplestan and Sampleland went on for another week.\n\n";

  it("is not carried to the speaker's words in other sentences", () => {
    const text = `${lede}Minister Jane Example's reply addressed President John Sample’s prior statement on Monday that the border would stay shut.\n\n“We will keep talking,” Jane Example said.`;
    expect(datesOf(text).at(-1)).toEqual(["Jane Example", "2025-03-12", "date-publication"]);
  });

  it("the speaker's own remarks on a day still date the speaker's later words", () => {
    const text = `${lede}President John Sample’s remarks on Monday drew a sharp reply from the neighbours.\n\n“We will keep the border shut,” John Sample said.`;
    expect(datesOf(text).at(-1)).toEqual(["John Sample", "2025-03-10", "date-relative"]);
  });
});

describe("an earlier month named in a later sentence", () => {
  it("is background, even when it opens its sentence: not carried back to the words before it", () => {
    const text = "Minister Jane Example said the front was holding.\n\nIn January, Jane Example and John Sample announced a joint plan for the harbour.";
    expect(datesOf(text)[0]).toEqual(["Jane Example", "2025-03-12", "date-publication"]);
  });

  it("an earlier month that opens a sentence before the words still frames them", () => {
    const text = "In January, Minister Jane Example spoke at the Sampleton forum.\n\n“The front is holding,” she said.";
    expect(datesOf(text).at(-1)).toEqual(["Jane Example", "2025-01", "date-stated"]);
  });
});
