// Speakers, roles and outlets that hold on real reporting (decision 0150), each on invented wording:
// transcripts, introductions that close a paragraph, dash attributions, untranslated titles, outlets a
// speaker talked to.
import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const run = (text: string, publishedAt: string | null = "2025-03-12") => extractStatements(text, { publishedAt, explain: true }).statements;

describe("transcripts", () => {
  const transcript = [
    "Example Weekly: the interview",
    "What follows is a condensed transcript.",
    "Jane Example: Where do you see the talks going over the next few months, and what would you want from them?",
    "Mark Rutte: We need to keep supporting the country so that it negotiates from a position of strength. That is the only way.",
    "In the end it is up to each government to decide how far its own help goes and for how long it lasts.",
  ].join("\n");

  it("a labelled turn and the unlabelled paragraphs after it are direct statements of the labelled speaker", () => {
    const statements = run(transcript);
    const question = statements.find((s) => s.quote.startsWith("Where do you see"));
    expect(question).toMatchObject({ kind: "direct", speaker: "Jane Example" });
    const answer = statements.find((s) => s.quote.startsWith("We need to keep"));
    expect(answer).toMatchObject({ kind: "direct", speaker: "Mark Rutte" });
    expect(answer!.quote).toContain("That is the only way.");
    expect(answer!.explain!.quote.rule).toBe("transcript-speaker-label");
    const continued = statements.find((s) => s.quote.startsWith("In the end"));
    expect(continued).toMatchObject({ kind: "direct", speaker: "Mark Rutte" });
  });

  it("a role before an all-capitals label is the speaker's role, and a host's turn is reporting", () => {
    const text = [
      "JOHN SAMPLE, HOST: The alliance meets this week and the question of membership hangs over it.",
      "PRESIDENT JOE BIDEN: Keeping the alliance together is what matters most to me right now, more than anything.",
      "SAMPLE: And the allies seem to agree with that reading of the situation this week.",
    ].join("\n");
    const statements = run(text, "2023-07-10");
    expect(statements.map((s) => s.speaker)).toEqual(["Joe Biden"]);
    expect(statements[0].speakerRole).toBe("President of the United States");
  });

  it("a single labelled line is no transcript", () => {
    expect(run("Note: the figures below were updated on Monday and may change again.\n")).toEqual([]);
  });
});

describe("introductions and attributions across sentence breaks", () => {
  it("a paragraph that ends on the speaker and a speech verb introduces the next paragraph", () => {
    const text = "Example story\nIn an address to the assembly, Mark Rutte declared\nTalks are now underway and this is progress. But the attacks last night do not signal seriousness.\n";
    const statement = run(text).find((s) => s.quote.startsWith("Talks are now"));
    expect(statement).toMatchObject({ kind: "direct", speaker: "Mark Rutte" });
    expect(statement!.quote).toContain("do not signal seriousness");
  });

  it("a dash before the verb attributes first-person speech, back to the start of its paragraph", () => {
    const text = "Example story\nWe will not send our soldiers there. Our task is to guard the border and run the supply hub - said Tusk.\n";
    const [statement] = run(text, "2025-05-20");
    expect(statement).toMatchObject({ kind: "direct", speaker: "Donald Tusk" });
    expect(statement.quote).toBe("We will not send our soldiers there. Our task is to guard the border and run the supply hub");
  });

  it("a sentence that opens inside a quote is not a clause of its own", () => {
    const text = "Example story\n\"Nobody will send troops before the fighting stops. Moreover, we are not asking for that\", - he stated, Dmytro Kuleba said.\n";
    expect(run(text, "2023-06-08").filter((s) => s.quote.startsWith("Moreover"))).toEqual([]);
  });
});

describe("untranslated titles", () => {
  it("a title left in its language is a role in plain English, never part of the name", () => {
    const text = "Example story\nTaoiseach Jane Example has said Ireland would consider sending peacekeepers if a ceasefire holds.\n";
    const [statement] = run(text);
    expect(statement.speaker).toBe("Jane Example");
    expect(statement.speakerRole).toBe("Irish Prime Minister (Taoiseach)");
  });
});

describe("outlets a speaker talked to", () => {
  it("\"spoke with\" a known outlet's journalist names the outlet, and it carries to the speaker's later words", () => {
    const text = [
      "Example story",
      "Joe Biden spoke with CNN's Jane Example before the trip, and he said the country was not ready for membership.",
      "Joe Biden added that a vote now would be premature while the war goes on.",
    ].join("\n");
    const statements = run(text, "2023-07-10");
    expect(statements.map((s) => s.outletCited)).toEqual(["CNN", "CNN"]);
  });
});

describe("pronouns across paragraphs", () => {
  it("a person named earlier in the pronoun's paragraph outranks the subject of the paragraph before", () => {
    const text = [
      "Example story",
      "Donald Trump spoke by phone with the leaders. He has hinted he might offer air support, but not soldiers.",
      "Jane Example, Example City",
      "Putin’s answer was blunt. Any deployment, he warned, would be a hostile act that could escalate the war.",
    ].join("\n");
    const statement = run(text, "2025-09-07").find((s) => s.quote.includes("hostile act"));
    expect(statement?.speaker).toBe("Vladimir Putin");
  });

  it("a capitalised word on the line above is no given name before a surname", () => {
    const text = "Example story\nJane Example\nPutin said the talks would go on for as long as they had to.\n";
    expect(run(text)[0].speaker).toBe("Vladimir Putin");
  });
});

describe("attributions after a quote and printed past roles", () => {
  it("\"…,\" according to X attributes the quote, and an unknown person's printed past role is the role", () => {
    const text = "Example story\nThe talks stalled again. “The beauty of a vague word is its vagueness,” according to Jane Example, former Examplestan ambassador to Sampleland.\n";
    const [statement] = run(text, "2023-07-12");
    expect(statement).toMatchObject({ speaker: "Jane Example", speakerRole: "former Examplestan ambassador to Sampleland" });
  });

  it("a known person's printed past role does not replace the office the data gives for the date", () => {
    const text = "Example story\nFormer NATO chief Jens Stoltenberg said on Monday that the budget would grow next year.\n";
    const [statement] = run(text, "2025-06-02");
    expect(statement.speakerRole).not.toMatch(/former/);
  });

  it("a phrase of occasion before \"X declared\" is no statement", () => {
    const text = "Example story\nIn an address to the assembly, Mark Rutte declared\nTalks are now underway and this is progress.\n";
    expect(run(text).map((s) => s.quote)).toEqual(["Talks are now underway and this is progress."]);
  });
});

describe("speakers and dates carried between statements", () => {
  it("an unattributed quote after someone's reported speech is theirs", () => {
    const text = [
      "Example story",
      "Volodymyr Zelensky said that the main document on guarantees was nearly ready.",
      "Source: an evening address",
      "Quote: \"The main document is nearly ready. The details are being worked through with every partner.\"",
    ].join("\n");
    const statement = run(text, "2025-09-13").find((s) => s.quote.startsWith("The main document"));
    expect(statement?.speaker).toBe("Volodymyr Zelensky");
  });

  it("a date stated paragraphs later dates another remark, one in the next paragraph the summary before it", () => {
    const text = [
      "Example story",
      "Mark Rutte said that allies must keep their promises to the country this year.",
      "Mark Rutte told reporters on Tuesday that the alliance would keep its word.",
      "Other news followed.",
      "Still more news followed.",
      "On Saturday, Mark Rutte said that the budget would need to grow again soon.",
    ].join("\n");
    expect(run(text, "2025-03-13").map((s) => s.date)).toEqual(["2025-03-11", "2025-03-11", "2025-03-08"]);
    const far = [
      "Example story",
      "Mark Rutte said that allies must keep their promises to the country this year.",
      "Other news followed.",
      "Still more news followed.",
      "On Saturday, Mark Rutte said that the budget would need to grow again soon.",
    ].join("\n");
    expect(run(far, "2025-03-13").map((s) => s.date)).toEqual(["2025-03-13", "2025-03-08"]);
  });
});

describe("relative clauses and fronted conditions", () => {
  it("\"by X, who told …\" makes X the speaker of the quote, and a condition before the quote is no statement of its own", () => {
    const text = "Example story\nMr Tusk’s remarks echo an earlier intervention by Jane Example, who told a broadcaster that, if there was a mission in place, “of course our country should take part in that conversation”.\n";
    const statements = run(text);
    expect(statements.map((s) => [s.quote, s.speaker])).toEqual([["of course our country should take part in that conversation", "Jane Example"]]);
  });
});

describe("occasions of countries and institutions", () => {
  it("a country speaking on a day does not date the only person's remarks", () => {
    const text = [
      "Example story",
      "Jens Stoltenberg said allies would decide on membership at the summit in July.",
      "Examplestan on Tuesday said it was ready to sign a bilateral deal on guarantees.",
      "\"It is too early to say what the summit will decide,\" Jens Stoltenberg said.",
    ].join("\n");
    expect(run(text, "2023-05-24").map((s) => s.date)).toEqual(["2023-05-24", "2023-05-24"]);
  });
});

describe("a name unknown to the gazetteer after an inverted attribution", () => {
  // The verb comes from the lexicon's one list of quote verbs, so "cautioned" and "quipped" work as "said" does.
  it.each(["said", "cautioned", "conceded", "quipped"])("“…,” %s Imogen Fairweather: she speaks", (verb) => {
    const [statement] = run(`Harbour council weighs ferry plans\n\nThe council met on Tuesday to discuss the winter timetable.\n\n“The ferries will keep running through the winter,” ${verb} Imogen Fairweather.`);
    expect(statement.speaker).toBe("Imogen Fairweather");
  });
});
