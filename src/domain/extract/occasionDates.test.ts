// When and where a statement was said, on forms of real reporting (decision 0237), each on invented wording.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

// 2025-03-12 is a Wednesday.
const run = (text: string, publishedAt = "2025-03-12") => extractStatements(text, { publishedAt, outlet: null }).statements;
const datesOf = (text: string, publishedAt?: string) => run(text, publishedAt).map((s) => s.date);

describe("sentences that tell when someone spoke", () => {
  it("a lede that tells of an interview or of someone's message dates the remarks that follow", () => {
    expect(datesOf("Columnist Max Sample interviewed Foreign Minister Jane Example in Sampleton on March 3.\n\n“Talks must wait,” Jane Example said.")).toEqual(["2025-03-03"]);
    expect(datesOf("Minister Jane Example surprised her hosts in Sampleton on Monday with her blunt message.\n\n“Talks must wait,” Jane Example said.")).toEqual(["2025-03-10"]);
  });

  it("a decision reported with a verb that may mean agreeing is no occasion of anyone's words", () => {
    expect(datesOf("“Talks must wait,” Jane Example said.\n\nThe leaders agreed on Monday to meet again.")).toEqual(["2025-03-12"]);
  });
});
