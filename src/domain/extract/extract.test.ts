import { describe, expect, it } from "vitest";
import { extractStatements } from "./extract";

const run = (text: string, publishedAt: string | null = "2025-03-12") => extractStatements(text, { publishedAt }).statements;

describe("direct quotes", () => {
  it("splits a quote interrupted by its attribution and keeps exact offsets", () => {
    const text = "Headline about talks\n“We are ready to help,” NATO Secretary General Mark Rutte said. “But the decision belongs to Kyiv.”\n";
    const statements = run(text);
    expect(statements.map((s) => s.quote)).toEqual(["We are ready to help", "But the decision belongs to Kyiv."]);
    for (const s of statements) {
      expect(text.slice(s.start, s.end)).toBe(s.quote);
      expect(s.speaker).toBe("Mark Rutte");
      expect(s.kind).toBe("direct");
    }
  });

  it("reads straight, guillemet and unbalanced marks", () => {
    const text = [
      'Body text follows here for context.',
      '"Allies will keep supplying air defence to Ukraine," Stoltenberg told reporters.',
      '«Peace cannot be imposed on Ukraine from outside», Macron said on Tuesday.',
    ].join("\n");
    const statements = run(text, "2024-03-15");
    expect(statements.map((s) => [s.quote, s.speaker])).toEqual([
      ["Allies will keep supplying air defence to Ukraine", "Jens Stoltenberg"],
      ["Peace cannot be imposed on Ukraine from outside", "Emmanuel Macron"],
    ]);
    expect(statements[1].date).toBe("2024-03-12");
    expect(statements[1].dateSource).toBe("relative");
  });

  it("ignores scare quotes and headlines that repeat a body quote", () => {
    const text = "“No troops in Ukraine”\nThe so-called “coalition of the willing” met in Paris. “There will be no troops in Ukraine from this alliance,” the NATO chief said.\n";
    const statements = run(text, "2025-03-12");
    expect(statements).toHaveLength(1);
    expect(statements[0].quote).toBe("There will be no troops in Ukraine from this alliance");
    expect(statements[0].speaker).toBe("Mark Rutte");
    expect(statements[0].topics).toContain("troops");
    expect(statements[0].stance.troops?.value).toBe("opposes");
  });

  it("gives a quote without attribution to the speaker of the previous quote in the paragraph", () => {
    const text = "Intro.\n“Ukraine must negotiate from a position of strength,” Rutte said. “That is why we keep sending weapons.”\n";
    const [first, second] = run(text);
    expect(second.speaker).toBe(first.speaker);
    expect(first.stance.negotiations?.value).toBe("conditional");
  });
});

describe("reported speech", () => {
  it("takes the clause after a speech verb without 'that' and records quoted fragments", () => {
    const text = 'NATO Secretary General Mark Rutte said that Ukraine\'s path to membership is "irreversible", but gave no date.\n';
    const [s] = run(text);
    expect(s.kind).toBe("indirect");
    expect(s.quote.startsWith("Ukraine's path to membership")).toBe(true);
    expect(s.quotedFragments).toEqual(["irreversible"]);
    expect(s.topics).toContain("membership");
    expect(s.stance.membership?.value).toBe("conditional");
  });

  it("treats unmarked first-person speech as direct and third-person as indirect", () => {
    const text = "Opening line of the report.\nWe will not send soldiers to fight in Ukraine, Rutte said.\nThe alliance will keep training Ukrainian pilots, Rutte said.\n";
    const statements = run(text);
    expect(statements.map((s) => s.kind)).toEqual(["direct", "indirect"]);
  });

  it("resolves a pronoun to the subject, not to the nearest name", () => {
    const text = "Intro text of the article.\nStoltenberg met Prime Minister Giorgia Meloni in Rome on Friday. He said that allies must deliver more ammunition.\n";
    const [s] = run(text, "2024-05-06");
    expect(s.speaker).toBe("Jens Stoltenberg");
  });

  it("attributes 'according to' clauses and resolves misspelled names", () => {
    const text = "Intro text here.\nRütte warned that Russia is rebuilding its forces faster than expected.\nThe allies must invest more, according to Stoltenbergh.\n";
    const statements = run(text, "2023-06-01");
    expect(statements.map((s) => s.speaker)).toEqual(["Mark Rutte", "Jens Stoltenberg"]);
    expect(statements[1].speakerRole).toBe("NATO Secretary General");
  });
});

describe("context", () => {
  it("lists a chain of citation receiving outlet first and applies it to the speaker's statements", () => {
    const text = "Intro to the story.\nIn an interview with the BBC, cited by Ukrainska Pravda, Rutte said allies would not recognise occupied land.\n“Crimea is Ukraine,” he added.\n";
    const statements = run(text);
    expect(statements.map((s) => s.outletCited)).toEqual(["BBC; Ukrainska Pravda", "BBC; Ukrainska Pravda"]);
  });

  it("puts press conferences in venue and resolves 'today'", () => {
    const text = "Intro to the story.\nRutte made the remarks today at a press conference in Brussels. “Ukraine will decide when to talk,” he said.\n";
    const [s] = run(text, "2025-02-13");
    expect(s.venue).toBe("press conference in Brussels");
    expect(s.date).toBe("2025-02-13");
    expect(s.outletCited).toBeNull();
  });

  it("never invents a year and falls back to the publication month", () => {
    const text = "Intro line of the story.\n“We have to keep supporting Ukraine,” Rutte said on Monday.\n";
    expect(run(text, null)[0].date).toBeNull();
    const [s] = run(text, "2025-04");
    expect(s.date).toBe("2025-04");
    expect(s.datePrecision).toBe("month");
    expect(s.dateSource).toBe("publication");
  });
});

describe("speakers the grammar decides", () => {
  it("takes the subject of a sentence, not a person inside its relative clause", () => {
    const text = "Body.\nFrench President Emmanuel Macron, who met Rutte in Paris, has said Europe must be ready to act alone.\n";
    const [statement] = run(text, "2025-02-14");
    expect(statement.quote).toBe("Europe must be ready to act alone");
    expect(statement.speaker).toBe("Emmanuel Macron");
  });

  it("keeps an unnamed source unnamed instead of lending it the last speaker", () => {
    const text = "Body.\n“We will not deploy,” Rutte said.\n“We are not there yet,” a senior NATO diplomat said, speaking on condition of anonymity.\n";
    const statements = run(text, "2025-02-14");
    expect(statements.map((s) => [s.quote, s.speaker])).toEqual([
      ["We will not deploy", "Mark Rutte"],
      ["We are not there yet", null],
    ]);
    expect(statements[1].speakerRole).toBeNull();
  });

  it("dates a remark by the weekday in the lead, not by the wire dateline", () => {
    const text = "Headline\n\nBRUSSELS, Feb 14 (Reuters) - NATO Secretary General Mark Rutte said on Thursday that the alliance would not deploy to Ukraine.\n";
    const [statement] = run(text, "2025-02-14");
    expect(statement.speaker).toBe("Mark Rutte");
    expect(statement.date).toBe("2025-02-13");
    expect(statement.dateSource).toBe("relative");
    expect(statement.topics).toEqual(["troops"]);
    expect(statement.stance.troops?.value).toBe("opposes");
  });
});

describe("outlets per occasion", () => {
  it("takes an unknown outlet the text calls media, and drops it when the speaker moves on to reporters", () => {
    const text = [
      "Body.",
      "“We are closer than ever,” Rutte told the Lithuanian broadcaster LRT.",
      "Asked about Moscow, the NATO chief later told reporters: “Moscow does not have a veto.”",
    ].join("\n");
    const statements = run(text, "2025-01-02");
    expect(statements.map((s) => [s.quote, s.speaker, s.outletCited])).toEqual([
      ["We are closer than ever", "Mark Rutte", "LRT"],
      ["Moscow does not have a veto.", "Mark Rutte", null],
    ]);
  });
});

describe("reported speech in translated and compound sentences", () => {
  const text = [
    "Body.",
    "NATO Secretary General Jens Stoltenbergas said on Tuesday that Ukraine's future is in NATO.",
    "According to him, allies agreed to drop the Membership Action Plan for Ukraine.",
    "Lithuanian President Gitanas Nauseda welcomed the decision. The latter called for a clear timeline for Ukraine's accession.",
    "Stoltenberg emphasized the importance of continued military support and said allies must provide more ammunition.",
  ].join("\n");
  const statements = run(text, "2023-07-11");

  it("reads a declined surname, 'according to him' and 'the latter'", () => {
    expect(statements.slice(0, 3).map((s) => [s.quote, s.speaker])).toEqual([
      ["Ukraine's future is in NATO", "Jens Stoltenberg"],
      ["allies agreed to drop the Membership Action Plan for Ukraine", "Jens Stoltenberg"],
      ["a clear timeline for Ukraine's accession", "Gitanas Nausėda"],
    ]);
    expect(statements[0].stance.membership?.value).toBe("supports");
  });

  it("splits two speech verbs joined by 'and'", () => {
    expect(statements.slice(3).map((s) => [s.quote, s.speaker])).toEqual([
      ["the importance of continued military support", "Jens Stoltenberg"],
      ["allies must provide more ammunition", "Jens Stoltenberg"],
    ]);
  });
});

describe("wire style", () => {
  it("reads 'said Wednesday' as a date and keeps a former role out of the speaker's role", () => {
    const text = [
      "Body.",
      "WASHINGTON (AP) — Mircea Geoana, a former Romanian foreign minister, said Wednesday there would be no NATO troops in Ukraine.",
    ].join("\n");
    const [statement] = run(text, "2024-03-20");
    expect(statement.quote).toBe("there would be no NATO troops in Ukraine");
    expect(statement.date).toBe("2024-03-20");
    expect(statement.speakerRole).toBe("NATO Deputy Secretary General");
  });
});

describe("several reported clauses and running quotes", () => {
  it("reports each clause of a sentence with two joined speech verbs", () => {
    const text = "Body.\nRutte said allies would keep supplying air defence, adding that European countries could send forces of their own after a deal.\n";
    const statements = run(text, "2025-02-14");
    expect(statements.map((s) => s.quote)).toEqual([
      "allies would keep supplying air defence",
      "European countries could send forces of their own after a deal",
    ]);
    expect(statements[1].topics).toContain("troops");
  });

  it("keeps the topic of a quote that runs on without topic words of its own", () => {
    const text = "Body.\n“We all want a durable peace deal,” Rutte said. “Putin must never be in a position to try again.”\n";
    const statements = run(text, "2025-04-24");
    expect(statements.map((s) => s.topics)).toEqual([["negotiations"], ["negotiations"]]);
  });

  it("keeps a remark by a title whose holder the undated text cannot name, with the role", () => {
    const text = "Body.\nNATO will not become a party to the war, the alliance's Deputy Secretary General said on March 3.\n";
    const [statement] = run(text, null);
    expect(statement.speaker).toBeNull();
    expect(statement.speakerRole).toBe("NATO Deputy Secretary General");
    expect(statement.date).toBeNull();
  });
});

describe("held-out patterns", () => {
  it("makes no paraphrase of a quote introduced by a colon that runs over several sentences", () => {
    const text = "Body.\nIn an interview, Rutte said: \"Putin is playing games. He says he wants peace, but he keeps bombing cities.\"\n";
    const statements = run(text, "2025-11-03");
    expect(statements.map((s) => [s.kind, s.quote])).toEqual([["direct", "Putin is playing games. He says he wants peace, but he keeps bombing cities."]]);
  });

  it("judges a joined clause's stance by its own words, not the clause before it", () => {
    const text = "Body.\nStoltenberg reiterated that Ukraine will become a member of the alliance, but said the question of membership could not be resolved while hostilities continue.\n";
    const statements = run(text, "2023-06-14");
    expect(statements.map((s) => s.stance.membership?.value)).toEqual(["supports", "conditional"]);
    expect(statements[1].stance.membership?.evidence).toBe("while hostilities");
  });

  it("dates remarks from a timestamp line in the header when no publication date is given", () => {
    const text = "Stoltenberg: support will continue\nua en ru\n16:45, 14 June 2023\n\nStoltenberg said on Tuesday that allies would keep supporting Ukraine for as long as it takes.\n";
    const [statement] = run(text, null);
    expect(statement.date).toBe("2023-06-13");
    expect(statement.dateSource).toBe("relative");
  });

  it("never takes a date inside a sentence of the header for the publication date", () => {
    const text = "Rutte recalled the summit of 14 June 2023 in a long speech\n\nRutte said on Tuesday that allies would keep supporting Ukraine for as long as it takes.\n";
    const [statement] = run(text, null);
    expect(statement.date).toBeNull();
  });
});

describe("subjects across a first verb", () => {
  it.each(["thanked him, but told", "met Biden and told", "shook hands with Scholz, and told"])("finds the subject of '%s reporters that'", (verbs) => {
    const text = `Body.\nZelenskyy ${verbs} reporters that the Ukrainian delegation would have preferred a clear timeline.\n`;
    expect(run(text).map((s) => [s.speaker, s.quote])).toEqual([["Volodymyr Zelensky", "the Ukrainian delegation would have preferred a clear timeline"]]);
  });
});

describe("past roles", () => {
  it.each([
    "Former NATO chief Stoltenberg said on Saturday that Ukraine might have to accept a painful compromise.",
    "Former NATO Secretary General Jens Stoltenberg said on Saturday that Ukraine might have to accept a painful compromise.",
    "The former NATO chief Jens Stoltenberg said on Saturday that Ukraine might have to accept a painful compromise.",
  ])("never gives the role a speaker no longer holds: %s", (sentence) => {
    const [statement] = run(`Body.\n${sentence}\n`, "2025-03-10");
    expect(statement.speaker).toBe("Jens Stoltenberg");
    expect(statement.speakerRole ?? "").not.toMatch(/NATO/);
  });
});

describe("translated-wire and military patterns", () => {
  it("reads 'In his opinion,' as reported speech of the person before", () => {
    const text = "Body.\nRutte spoke in Rome.\nIn his opinion, Russia wants to restore \"the old Soviet sphere of influence\".\n";
    const [statement] = run(text);
    expect(statement).toMatchObject({ speaker: "Mark Rutte", kind: "indirect", quotedFragments: ["the old Soviet sphere of influence"] });
  });

  it("takes 'said this in an interview with X' as the source of the remarks, not as a remark", () => {
    const text = "Body.\nThe NATO Secretary General said this in an interview with the Associated Press on Friday, February 16.\n\n\"NATO has no plans to send combat troops into Ukraine,\" Stoltenberg said.\n";
    const statements = run(text, "2024-02-17");
    expect(statements.map((s) => [s.quote, s.outletCited, s.date])).toEqual([["NATO has no plans to send combat troops into Ukraine", "Associated Press", "2024-02-16"]]);
  });

  it("ends 'according to X' before a quote introduced by a colon, and reads 'for Ukraine to decide' as conditional", () => {
    const text = "Body.\nAccording to Stoltenberg, it is for Ukraine to decide when to start negotiations: \"It is only Ukraine that can decide what terms are acceptable.\"\n";
    const statements = run(text, "2024-02-17");
    expect(statements.map((s) => [s.kind, s.quote])).toEqual([
      ["indirect", "it is for Ukraine to decide when to start negotiations"],
      ["direct", "It is only Ukraine that can decide what terms are acceptable."],
    ]);
    expect(statements[0].stance.negotiations?.value).toBe("conditional");
  });

  it("resolves 'the admiral' to the person named with that rank, whose role is not the rank", () => {
    const text = "Body.\nThe chair of the NATO Military Committee, Admiral Giuseppe Cavo Dragone, said the alliance was ready to defend every inch of allied territory, during a visit to Vilnius on 3 March.\n\n\"Deterrence only works if it is credible,\" the admiral told LRT.\n";
    const statements = run(text, "2025-03-04");
    expect(statements.map((s) => [s.quote, s.speaker, s.speakerRole])).toEqual([
      ["the alliance was ready to defend every inch of allied territory", "Giuseppe Cavo Dragone", "Chair of the NATO Military Committee"],
      ["Deterrence only works if it is credible", "Giuseppe Cavo Dragone", "Chair of the NATO Military Committee"],
    ]);
    // The visit's date, cut from the end of the reported clause, dates both remarks; the interview names the outlet.
    expect(statements.map((s) => s.date)).toEqual(["2025-03-03", "2025-03-03"]);
    expect(statements[1].outletCited).toBe("LRT");
  });
});

describe("wire copy about several governments", () => {
  it("never takes a news agency for a person, so 'the latter' finds the speaker", () => {
    const text = "Body.\nNATO Secretary General Jens Stoltenberg told the Associated Press that there were \"no plans for NATO combat troops on the ground in Ukraine\". Asked whether individual allies might go further, the latter said it was up to each nation to decide.\n";
    const statements = run(text, "2024-02-27");
    expect(statements.map((s) => [s.speaker, s.stance.troops?.value])).toEqual([["Jens Stoltenberg", "opposes"], ["Jens Stoltenberg", "conditional"]]);
  });

  it("keeps lower-case words of a title printed before the name", () => {
    const text = "Body.\n\"There will be no ground troops fighting in Ukraine,\" White House national security spokesman John Kirby said.\n";
    const [statement] = run(text, "2024-02-27");
    expect(statement).toMatchObject({ speaker: "John Kirby", speakerRole: "White House national security spokesman" });
    expect(statement.stance.troops).toEqual({ value: "opposes", evidence: "no ground troops" });
  });

  it("normalises the deputy's title, finds a named forum and carries a joined clause's topic", () => {
    const text = "Body.\nMircea Geoana, NATO's deputy secretary general, said at the GLOBSEC forum in Prague on Thursday that the invitation should come when the conditions allow, adding that the war must end first.\n";
    const statements = run(text, "2023-06-02");
    expect(statements.map((s) => [s.speakerRole, s.venue, s.date, s.topics])).toEqual([
      ["NATO Deputy Secretary General", "GLOBSEC forum in Prague", "2023-06-01", ["membership"]],
      ["NATO Deputy Secretary General", "GLOBSEC forum in Prague", "2023-06-01", ["membership"]],
    ]);
    expect(statements[0].stance.membership?.value).toBe("conditional");
  });
});

describe("clauses after quotes and inside attributions", () => {
  it("reports a participle clause after a quote, by the quote's speaker, judged on its own words", () => {
    const text = "Body.\n\"I am sure that President Trump wants a lasting peace,\" Rutte said, adding that \"Putin must not be rewarded\".\n";
    const statements = run(text, "2025-02-17");
    expect(statements.map((s) => [s.kind, s.speaker, s.quote])).toEqual([
      ["direct", "Mark Rutte", "I am sure that President Trump wants a lasting peace"],
      ["indirect", "Mark Rutte", "\"Putin must not be rewarded\""],
    ]);
  });

  it("reads 'reminded that' as a reported clause and ends it where the reporter takes over", () => {
    const text = "Body.\nStoltenberg also reminded that allies had agreed at the Vilnius summit that Ukraine's future is in NATO, but he did not say when an invitation might come.\n";
    const [statement] = run(text, "2024-05-25");
    expect(statement.quote).toBe("allies had agreed at the Vilnius summit that Ukraine's future is in NATO");
    expect(statement.venue).toBeNull(); // the summit is what he talked about, not where
  });

  it("does not date a remark by a relative clause about something else", () => {
    const text = "Body.\nItalian Prime Minister Giorgia Meloni, who met Rutte in Rome last Friday, has repeatedly said that Italy will not send troops to Ukraine.\n";
    const [statement] = run(text, "2025-02-17");
    expect(statement.dateSource).toBe("publication");
  });
});

describe("unnamed spokespeople", () => {
  it.each([
    ["A Downing Street spokesperson said: \"The prime minister has been clear that the UK will play its part.\"", null],
    ["A spokesperson for Rutte said that allies were united behind Ukraine.", null],
    ["A Kremlin spokesman, Dmitry Peskov, said the talks with Washington were over.", "Dmitry Peskov"],
  ])("attributes '%s' to %s", (sentence, speaker) => {
    const text = `Body.\nSir Keir Starmer has said he is ready to put British troops on the ground.\n${sentence}\n`;
    const statements = run(text, "2025-03-02");
    expect(statements).toHaveLength(2);
    expect(statements[1].speaker).toBe(speaker);
  });
});

describe("unmarked speech after a colon", () => {
  it("runs on to the end of the paragraph when nothing there is quoted or attributed", () => {
    const text = "Body.\nRubio told reporters: The president wants to end the war. Membership is not part of that conversation.\n";
    expect(run(text).map((s) => s.quote)).toEqual(["The president wants to end the war. Membership is not part of that conversation."]);
  });

  it("stops at a sentence in the reporter's voice", () => {
    const text = "Body.\nRubio told reporters: The president wants to end the war. He later left for Paris.\n";
    expect(run(text).map((s) => s.quote)).toEqual(["The president wants to end the war."]);
  });
});

describe("role nouns and datelines", () => {
  it("resolves 'the minister' to the person last named with a minister's role", () => {
    const text = "Body.\nUkrainian Foreign Minister Dmytro Kuleba, who attended the meeting, said Kyiv was not tired of fighting. Asked about the counteroffensive, the minister conceded it had not achieved its goals.\n";
    const statements = run(text, "2023-11-29");
    expect(statements.map((s) => [s.speaker, s.quote])).toEqual([
      ["Dmytro Kuleba", "Kyiv was not tired of fighting"],
      ["Dmytro Kuleba", "it had not achieved its goals"],
    ]);
  });

  it("dates from a 'Place, date' header line and finds 'told a press conference' as the venue", () => {
    const text = "Stoltenberg on talks\n\nBrussels, 29 November 2023\n\n\"We must be prepared for bad news,\" Stoltenberg told a press conference on Wednesday.\n";
    const [statement] = run(text, null);
    expect(statement).toMatchObject({ date: "2023-11-29", dateSource: "relative", venue: "press conference" });
  });
});

describe("attributions in the middle and sources in the lede", () => {
  it("reports the whole sentence when the attribution interrupts it", () => {
    const text = "Body.\nRutte spoke to reporters in The Hague. That, he said, was a matter for the coalition of the willing.\n";
    const statements = run(text, "2025-06-24");
    expect(statements.map((s) => [s.speaker, s.quote])).toEqual([["Mark Rutte", "That, he said, was a matter for the coalition of the willing"]]);
  });

  it("reads 'noting only that'", () => {
    const text = "Body.\nRutte declined to answer, noting only that the alliance had described Kyiv's path as irreversible.\n";
    expect(run(text).map((s) => s.quote)).toEqual(["the alliance had described Kyiv's path as irreversible"]);
  });

  it("keeps the lede's interview with its own speaker while its date applies to all", () => {
    const text = [
      "Headline",
      "The NATO Secretary General said this in an interview with the Associated Press on Friday, February 16.",
      "\"NATO has no plans to send combat troops into Ukraine,\" Stoltenberg said.",
      "Hungarian Prime Minister Viktor Orban stated that the West should stop the war, not prolong it.",
    ].join("\n\n");
    const statements = run(text, "2024-02-17");
    expect(statements.map((s) => [s.speaker, s.outletCited, s.date])).toEqual([
      ["Jens Stoltenberg", "Associated Press", "2024-02-16"],
      ["Viktor Orbán", null, "2024-02-16"],
    ]);
  });
});

describe("single quotation marks", () => {
  it("reads speech in single marks where a paragraph has no double marks, apostrophes included", () => {
    const text = "Body.\nSpeaking in Munich, Mr Rutte told delegates: 'Russia's army is preparing for a long confrontation. We have to be prepared too.'\n";
    const [statement] = run(text, "2025-02-16");
    expect(statement).toMatchObject({ kind: "direct", speaker: "Mark Rutte", quote: "Russia's army is preparing for a long confrontation. We have to be prepared too." });
  });

  it("never reads apostrophes or single-word scare quotes as speech", () => {
    const text = "Body.\nThe allies' 'Ramstein' format met again, and Ukraine's ministers' plans were discussed.\n";
    expect(run(text)).toEqual([]);
  });
});

describe("titles with 'of the alliance' and noun objects", () => {
  it("reads 'The Secretary General of the alliance emphasized that …'", () => {
    const text = "Body.\nThe Secretary General of the alliance emphasized that the Ukrainian authorities have asked for more support.\n";
    expect(run(text, "2024-05").map((s) => s.speaker)).toEqual(["Jens Stoltenberg"]);
  });

  it("reports what a speaker 'noted' when it is a noun phrase", () => {
    const text = "Body.\nStoltenberg noted the Italian government's decision to supply Ukraine with another air defence system.\n";
    expect(run(text, "2024-05").map((s) => s.quote)).toEqual(["the Italian government's decision to supply Ukraine with another air defence system"]);
  });
});
