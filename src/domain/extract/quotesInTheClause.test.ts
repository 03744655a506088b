// Decision 0615: quotation marks inside a reporter's clause. Words the clause runs into are a fragment of it, not a
// quote of their own; a "that" inside the marks is not the report's "that"; the listener before a colon is not a report.
// Invented wording.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const HEAD = "Example story\nThe ministers met in Sampleton on Monday to talk about the ferries.\n";
const rows = (body: string) => extractStatements(HEAD + body, { publishedAt: "2025-03-12", explain: true }).statements.map((s) => [s.quote, s.kind, s.speaker]);

describe("a quote that completes the reporter's clause", () => {
  it("closed with the sentence's full stop: the next sentence's speaker does not take it", () => {
    const found = rows("Mayor Jane Sample told reporters the line would stay shut for a while, for what she termed “technical faults.” She said the harbour board hoped to reopen the line in May.\n");
    expect(found.filter((f) => f[1] === "direct")).toEqual([]);
    expect(found.map((f) => f[0])).toContain("the harbour board hoped to reopen the line in May");
  });

  it("after a subordinating word: a fragment, not an unattributed quote", () => {
    const found = rows("Mayor Jane Sample thanked the crews, saying the storm had come on a day when “Sampleton had its busiest crossing of the year”.\n");
    expect(found.filter((f) => f[1] === "direct")).toEqual([]);
  });

  it("after “but”: the report runs on through the quote", () => {
    const found = rows("Mayor Jane Sample noted that a new ferry should not be “ruled out”, but “…for now there is no money for a second boat.”\n");
    expect(found.filter((f) => f[1] === "direct")).toEqual([]);
    expect(found.map((f) => f[0])).toEqual(["a new ferry should not be “ruled out”, but “…for now there is no money for a second boat.”"]);
  });

  it("in lower case after the comma of a clause reported with “that”: the report runs on through it", () => {
    const found = rows("Mayor Jane Sample believes that the council must pay first, “only then can the islands plan a second line.”\n");
    expect(found.filter((f) => f[1] === "direct")).toEqual([]);
  });

  it("a quote that opens a sentence of its own after such a sentence is still attributed", () => {
    const found = rows("Mayor Jane Sample spoke of “technical faults.” “We will reopen the line in May,” she said.\n");
    expect(found).toContainEqual(["We will reopen the line in May", "direct", "Jane Sample"]);
  });
});

describe("a “that” inside quotation marks", () => {
  it("is not the report's “that” after “said the …”", () => {
    const found = rows("Mayor Jane Sample said the “main job now is to check that every boat runs and that crews get paid.”\n");
    expect(found.map((f) => f[0])).not.toContain("every boat runs");
  });

  it("after “wrote on X:” the quote is the statement, with no report cut from inside it", () => {
    const found = rows("Mayor Jane Sample wrote on X: “Today it became clear that the islands need a new ferry.”\n");
    expect(found).toEqual([["Today it became clear that the islands need a new ferry.", "direct", "Jane Sample"]]);
  });

  it("the listener before a colon is not what was told", () => {
    const found = rows("Mayor Jane Sample told the gathered skippers: “Our timetable, which the board approved, starts in the first week of spring.”\n");
    expect(found).toEqual([["Our timetable, which the board approved, starts in the first week of spring.", "direct", "Jane Sample"]]);
  });
});
