// Outlets and dates carried between a speaker's sentences, and where the carrying stops (decision 0505), each on
// invented wording.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

// 2025-03-12 is a Wednesday.
const run = (text: string, publishedAt = "2025-03-12") => extractStatements(text, { publishedAt, outlet: null, explain: true }).statements;

describe("an outlet named for one occasion is not carried to words with an occasion of their own", () => {
  it("words dated weeks before, or said earlier, take no outlet from the story's interview", () => {
    const statements = run(
      "Foreign Minister Jane Example said on Tuesday that talks must wait. This was reported by Example News.\n\nOn February 2, Jane Example said that the border would stay closed.\n\nEarlier, Jane Example announced that a new envoy would be named.",
    );
    expect(statements.map((s) => s.outletCited)).toEqual(["Example News", null, null]);
    expect(statements.map((s) => s.explain?.outletCited.rule)).toEqual(["outlet-chain", "outlet-own-occasion", "outlet-own-occasion"]);
    expect(statements[2].explain?.outletCited.evidence).toBe("Earlier");
  });

  it("a day of the story's week is the same occasion: the outlet named after it still applies", () => {
    const statements = run("Foreign Minister Jane Example said on Monday that talks must wait.\n\nIn an interview with Example Radio, she added that the border would stay closed.");
    expect(statements.map((s) => s.outletCited)).toEqual(["Example Radio", "Example Radio"]);
  });
});

describe("platforms: named by data, by the verb of posting, and one post per paragraph", () => {
  it("a platform of the list, a group on it, or the verb 'tweeted' names where the words were posted", () => {
    expect(run("Foreign Minister Jane Example wrote on Truth Social that talks must wait.")[0].outletCited).toBe("Truth Social");
    expect(run("Answering questions in voice notes shared on a WhatsApp group, Jane Example said that talks must wait.")[0].outletCited).toBe("WhatsApp");
    expect(run("Foreign Minister Jane Example tweeted that talks must wait.")[0].outletCited).toBe("Twitter");
  });

  it("a post gives its platform to its own paragraph (and those that go on with it, 0645) only; a statement published there may run on", () => {
    const post = run("Foreign Minister Jane Example posted on Telegram that talks must wait.\n\nGeneral John Sample said that the shelling had stopped.\n\nJane Example said that the border would stay closed.");
    expect(post.map((s) => s.outletCited)).toEqual(["Telegram", null, null]);
    expect(post[2].explain?.outletCited.rule).toBe("outlet-post-elsewhere");
    const statement = run("In a video statement put out on Telegram, Foreign Minister Jane Example said that talks must wait.\n\nJane Example said that the border would stay closed.");
    expect(statement.map((s) => s.outletCited)).toEqual(["Telegram", "Telegram"]);
  });
});

describe("a date of the events the words are set against is not the date of the words", () => {
  it("after 'amid', in a sentence that reports no words, the date is the background's", () => {
    const dates = run("Foreign Minister Jane Example said on Tuesday that talks must wait.\n\nThe remarks come amid a week of shelling that began on Sunday.\n\nJane Example added that the border would stay closed.").map((s) => s.date);
    expect(dates).toEqual(["2025-03-11", "2025-03-11"]);
  });

  it("after 'after' opening a clause in which someone else speaks, the date is that speaking's", () => {
    const dates = run("Foreign Minister Jane Example said on Tuesday that talks must wait.\n\nShe spoke after the army press office said on Monday that supplies were late.\n\nJane Example added that the border would stay closed.").map((s) => s.date);
    expect(dates).toEqual(["2025-03-11", "2025-03-11"]);
  });
});

describe("'earlier in the day', 'on the same day': the day the story last named", () => {
  it("takes the last day stated before, not the publication's", () => {
    const statements = run("Foreign Minister Jane Example said on Monday that talks must wait.\n\nGeneral Max Sample said earlier in the day that the line was holding.");
    expect(statements.map((s) => s.date)).toEqual(["2025-03-10", "2025-03-10"]);
    expect(statements[1].explain?.date.evidence).toBe("2025-03-10");
    expect(statements[1].explain?.date.source).toBe("its own sentence");
  });

  it("with no day stated before, the publication's day", () => {
    const [statement] = run("General Max Sample said on the same day that the line was holding.");
    expect([statement.date, statement.explain?.date.rule]).toEqual(["2025-03-12", "date-relative"]);
  });
});
