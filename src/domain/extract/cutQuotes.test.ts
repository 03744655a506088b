// Decision 0615: a stored excerpt cut inside a quote. The quote has no closing mark and nothing follows it, so the
// few words left are not a scare quote, and a last line that opens with the quote is not a heading. Invented wording.
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../text";
import { extractStatements } from "./extract";

const HEAD = "Example story\nThe ministers met in Sampleton on Monday to talk about the ferries.\n";
const rows = (body: string) => extractStatements(HEAD + body, { publishedAt: "2025-03-12", explain: true }).statements.map((s) => [s.quote, s.kind, s.speaker]);

describe("a quote the excerpt was cut inside", () => {
  it("a new quote of two words after an attributed one, in the same paragraph", () => {
    const found = rows("“The ferries will run all winter,” Mayor Jane Sample told the harbour board. “Ferry t");
    expect(found).toEqual([
      ["The ferries will run all winter", "direct", "Jane Sample"],
      ["Ferry t", "direct", "Jane Sample"],
    ]);
  });

  it("a last line of four words that opens with the quote", () => {
    const found = rows("“The ferries will run all winter,” Mayor Jane Sample told the harbour board.\n\n“Regarding the island tol");
    expect(found.map((f) => f[0])).toEqual(["The ferries will run all winter", "Regarding the island tol"]);
  });

  it("a lower-case fragment cut off inside the reporter's sentence stays a fragment", () => {
    const found = rows("Mayor Jane Sample said the ferries would run all winter and called the toll a “temporary");
    expect(found.filter((f) => f[1] === "direct")).toEqual([]);
  });

  it("a closed quote on the last line is still a heading, and a line with one word is no quote", () => {
    const last = (text: string) => splitParagraphs(text).at(-1)?.isJunk;
    expect(last("First line of the story.\nSecond line of the story.\n“A Fair Price for Peace”")).toBe(true);
    expect(last("First line of the story.\nSecond line of the story.\n“Regarding the island tol")).toBe(false);
    expect(last("First line of the story.\nSecond line of the story.\n“Regarding")).toBe(true);
  });
});
