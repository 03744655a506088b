// Decision 0820: a quote in a paragraph of its own whose speaker is named only in the paragraph after it ("This was
// stated by …", "… said this in …"), and a quote after a paragraph in which another person takes up what was said
// ("her remarks were echoed by …", "… pushed back"). Invented wording; the known people are the data's own.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const HEAD = "Example story\nThe ministers met in Sampleton on Monday to talk about the ferries.\n";
const speakers = (body: string) => extractStatements(HEAD + body, { publishedAt: "2025-03-12" }).statements.map((s) => [s.quote, s.speaker]);

describe("the paragraph after a quote names who said it", () => {
  it.each([
    "This was stated by NATO Secretary General Mark Rutte at a press conference.",
    "According to Example News, this was stated by Mark Rutte on the air of a radio station.",
    "This statement was made by Mark Rutte in Sampleton.",
    "Mark Rutte said this at a press conference in Sampleton.",
  ])("%s", (below) => {
    expect(speakers(`“The ferries will run all winter and the tolls will fall.”\n\n${below}`)[0]).toEqual(["The ferries will run all winter and the tolls will fall.", "Mark Rutte"]);
  });

  it("not when the quote is introduced before it", () => {
    const found = speakers("Kaja Kallas told reporters:\n\n“The ferries will run all winter and the tolls will fall.”\n\nThis was stated by Mark Rutte later.");
    expect(found[0]).toEqual(["The ferries will run all winter and the tolls will fall.", "Kaja Kallas"]);
  });
});

describe("another person takes up what was said", () => {
  it("named as the one who echoed or answered, the next quote is theirs", () => {
    for (const between of ["Her remarks were echoed on Wednesday by European Commission President Ursula von der Leyen.", "Ursula von der Leyen pushed back on Wednesday."]) {
      const found = speakers(`“We should cut the ferry tolls,” Kallas said.\n\n${between}\n\n“The tolls pay for the harbour and cannot be cut.”`);
      expect(found.at(-1)).toEqual(["The tolls pay for the harbour and cannot be cut.", "Ursula von der Leyen"]);
    }
  });

  it("the earlier speaker goes on when the paragraph between takes up nothing", () => {
    const found = speakers("“We should cut the ferry tolls,” Kallas said.\n\nUrsula von der Leyen visited the harbour on Wednesday.\n\n“The tolls pay for nothing.”");
    expect(found.at(-1)).toEqual(["The tolls pay for nothing.", "Kaja Kallas"]);
  });
});
