// Decision 0820: people quoted in reporting on the war who are not NATO office holders, known by their full names,
// spellings and the surname forms copy uses. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractStatements } from "../extract/extract";

const HEAD = "Example story\nThe ministers met in Sampleton on Monday to talk about the ferries.\n";
const speakers = (body: string) => extractStatements(HEAD + body, { publishedAt: "2024-03-12" }).statements.map((s) => s.speaker);

describe("people from outside the alliance", () => {
  it.each([
    ["“The ferries must keep running,” Jokowi said.", "Joko Widodo"],
    ["“The ferries must keep running,” said President Ferdinand R. Marcos Jr.", "Ferdinand Marcos Jr."],
    ["“The ferries must keep running,” Foreign Minister Abbas Araqchi told reporters.", "Abbas Araghchi"],
    ["“The ferries must keep running,” Hossein Amirabdollahian said.", "Hossein Amir-Abdollahian"],
    ["“The ferries must keep running,” Valentina Matvienko said.", "Valentina Matviyenko"],
  ])("%s → %s", (body, name) => expect(speakers(body)).toEqual([name]));

  it("by surname once the article has named them in full", () => {
    expect(speakers("Mihai Popsoi visited the harbour. “The ferries must keep running,” Popsoi said.")).toEqual(["Mihai Popșoi"]);
  });

  it("not by a common surname alone", () => {
    expect(speakers("“The ferries must keep running,” Harris said.")).not.toContain("Simon Harris");
    expect(speakers("“The ferries must keep running,” Peters said.")).not.toContain("Winston Peters");
  });
});
