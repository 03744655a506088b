// Outlets by mechanism across publishers (decision 0545), each on invented wording and invented outlets.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

// 2025-03-12 is a Wednesday.
const run = (text: string, publishedAt = "2025-03-12") => extractStatements(text, { publishedAt, outlet: null, explain: true }).statements;

describe("an outlet that quotes the words just given ('Sample News quotes him')", () => {
  it("is cited for a quote of several sentences it follows, and for the lede that sums it up", () => {
    const statements = run(
      'Examplia is ready for talks, Foreign Minister Jane Example said.\n"We are ready to talk. But only after a real pause in the fighting," Sample News quotes her.',
    );
    expect(statements.map((s) => s.outletCited)).toEqual(["Sample News", "Sample News"]);
  });

  it("is cited for the rest of its paragraph", () => {
    const statements = run('Foreign Minister Jane Example spoke on Monday. "We are ready to talk," Sample News quotes her. She also said that the border would stay closed.');
    expect(statements.map((s) => s.outletCited)).toEqual(["Sample News", "Sample News"]);
  });

  it("is not cited for the speaker's words in later paragraphs", () => {
    const statements = run(
      'Examplia is ready for talks, Foreign Minister Jane Example said.\n"We are ready to talk. But only after a real pause in the fighting," Sample News quotes her.\nJane Example said on Monday that the border would stay closed.',
    );
    expect(statements.map((s) => s.outletCited)).toEqual(["Sample News", "Sample News", null]);
    expect(statements[2].explain?.outletCited.rule).toBe("outlet-quoted-before");
  });

  it("names the speaker it quotes: the person after 'quotes' said the words", () => {
    const [statement] = run('Foreign Minister Jane Example spoke on Monday.\n\n"We are ready to talk," Sample News quotes Jane Example.');
    expect(statement.speaker).toBe("Jane Example");
    expect(statement.outletCited).toBe("Sample News");
  });

  it("'the Sample News agency quoted this excerpt' passes on the interview before it", () => {
    const statements = run("In an interview with Example Radio, Jane Example said that talks must wait. Sample News agency quoted this interview excerpt.");
    expect(statements[0].outletCited).toBe("Example Radio; Sample News");
  });
});

describe("an outlet's own report about no one's words", () => {
  // A known agency: an unknown name after "According to" is read as a source of reported speech (the recall stage's).
  it("'According to Interfax, Examplia plans …' gives no outlet to the speakers around it", () => {
    const statements = run(
      "Foreign Minister Jane Example said that the meeting was a failure. According to the news agency Interfax, Examplia wants to discuss the results with its partners.\n\nMinister John Sample said that there were different opinions.",
    );
    expect(statements.map((s) => s.outletCited)).toEqual([null, null]);
  });

  it("a source that names the speaker still passes the speaker's words on", () => {
    const statements = run("According to Interfax, Foreign Minister Jane Example said that the meeting was a failure.");
    expect(statements[0].outletCited).toBe("Interfax");
  });
});

describe("a source tagged 'per' on a sentence", () => {
  it("cites its own paragraph's words only", () => {
    const statements = run("Jane Example said on Tuesday that talks must wait, per Sample News.\n\nJane Example also said that the border would stay closed.");
    expect(statements.map((s) => s.outletCited)).toEqual(["Sample News", null]);
    expect(statements[1].explain?.outletCited.rule).toBe("outlet-tag-of-its-paragraph");
  });

  it("reaches the same speaker's next words in its paragraph, as one account (decision 0595)", () => {
    const statements = run("Jane Example said on Tuesday that talks must wait, per Sample News. She also said that the border would stay closed.");
    expect(statements.map((s) => s.outletCited)).toEqual(["Sample News", "Sample News"]);
  });

  it("beside the interview it passes on, carries with the interview", () => {
    const statements = run("In an interview with Example Radio, Jane Example said that talks must wait, per Sample News.\n\nShe added that the border would stay closed.");
    expect(statements.map((s) => s.outletCited)).toEqual(["Example Radio; Sample News", "Example Radio; Sample News"]);
  });
});

describe("a platform named with the word for its kind", () => {
  it("'on the Example platform' and 'on the social network Example' name the platform", () => {
    expect(run('"We will never give up," Foreign Minister Jane Example responded on the X platform.')[0].outletCited).toBe("X");
    expect(run("Foreign Minister Jane Example wrote on the social network Telegram that talks must wait.")[0].outletCited).toBe("Telegram");
  });
});
