// The speaker-matching probes: names are matched only as far as the article confirms them.
// Every sentence here is written for the test, none is taken from an article.
import { describe, expect, it } from "vitest";
import { extractStatements } from "../extract/extract";

const run = (body: string, publishedAt: string | null = "2025-03-12") => extractStatements(`Report\n\n${body}\n`, { publishedAt }).statements;
const speakers = (body: string, publishedAt?: string | null) => run(body, publishedAt).map((s) => s.speaker);

describe("misspelt and bare surnames", () => {
  it("never turns a different first name plus a near surname into a known person", () => {
    expect(speakers("Jamie Rubin said the alliance would have to rethink its strategy in the east.")).toEqual(["Jamie Rubin"]);
    expect(speakers("Gary Hart said the treaty had outlived the circumstances it was written for.")).toEqual(["Gary Hart"]);
  });

  it("takes a bare surname for a known person only when the article confirms who it is", () => {
    // No "Allison Hart" in the article, no fitting title: a bare "Hart" names no one.
    expect(speakers("Hart said the treaty had outlived the circumstances it was written for.")).toEqual([]);
    // Named in full first, or printed with the title the person held on the date.
    expect(speakers("NATO spokesperson Allison Hart spoke in Brussels. Hart said the allies would meet again in June.", "2025-09-01")).toEqual(["Allison Hart"]);
    expect(speakers("NATO spokesperson Hart said the allies would meet again in June.", "2025-09-01")).toEqual(["Allison Hart"]);
  });

  it("accepts a misspelling confirmed by the first name, a title or the article's other mentions", () => {
    expect(speakers("Marco Rubbio said the talks would resume next week.")).toEqual(["Marco Rubio"]);
    expect(speakers("Secretary of State Rubbio said the talks would resume next week.")).toEqual(["Marco Rubio"]);
    expect(speakers("Marco Rubio arrived in Paris on Monday. Rubbio said the talks would resume next week.")).toEqual(["Marco Rubio"]);
    expect(speakers("Rubbio said the talks would resume next week.")).toEqual([]);
  });

  it("takes the exact surname with the person's own given name one letter off for that person", () => {
    expect(speakers("Marko Rubio said the talks would resume next week.")).toEqual(["Marco Rubio"]);
    expect(speakers("Jamie Rubio said the talks would resume next week.")).toEqual(["Jamie Rubio"]);
  });

  it("reads an abbreviated title before a name the data does not know", () => {
    const [statement] = run("U.S. Sen. Dana Whitcombe said that the vote would come next week.");
    expect([statement.speaker, statement.speakerRole]).toEqual(["Dana Whitcombe", "U.S. Senator"]);
  });

  it("resolves a surname two known people share only to the one the article names in full", () => {
    expect(speakers("Danish Foreign Minister Lars Løkke Rasmussen met his Baltic colleagues. Rasmussen said that the region needed more air defence.", "2024-05-01")).toEqual(["Lars Løkke Rasmussen"]);
    expect(speakers("Rasmussen said that the region needed more air defence.", "2024-05-01")).toEqual([]);
  });
});

describe("names with hyphens and particles", () => {
  it.each([
    ["Polish Defence Minister Wladyslaw Kosiniak-Kamysz said that the border would be reinforced.", "Władysław Kosiniak-Kamysz"],
    ["Defence Minister Władysław Kosiniak-Kamysz said that the border would be reinforced.", "Władysław Kosiniak-Kamysz"],
    ["Prime Minister Jonas Gahr Støre said that the fund would keep investing abroad.", "Jonas Gahr Støre"],
    ["Ursula von der Leyen said that Europe would pay for more of its own defence.", "Ursula von der Leyen"],
    ["Kaja Kallas said that sanctions would stay until the war ends.", "Kaja Kallas"],
    ["Jens Stoltenberg said that allies had to keep up their support.", "Jens Stoltenberg"],
    ["Lawmaker Anna Nowak-Kowalska said that the budget would rise next year.", "Anna Nowak-Kowalska"],
    ["Dutch researcher Pieter van den Berg said that the drills had gone as planned.", "Pieter van den Berg"],
  ])("%s → %s", (sentence, speaker) => {
    expect(speakers(sentence, "2024-06-01")).toEqual([speaker]);
  });
});

describe("job words before a name", () => {
  it.each([
    ["Analyst Michael Kofman said that Russia was short of trained crews.", "Michael Kofman", "analyst"],
    ["Spokesperson Lena Morel said that the ministry had no comment.", "Lena Morel", "spokesperson"],
    ["Professor Tomas Varga said that the treaty left room for interpretation.", "Tomas Varga", "professor"],
    ["Military expert Oleh Danyliuk said that the front had barely moved.", "Oleh Danyliuk", "military expert"],
    ["The researcher Ines Kahl said that stocks of shells were low.", "Ines Kahl", "researcher"],
  ])("%s → %s, %s", (sentence, speaker, role) => {
    const [statement] = run(sentence);
    expect([statement.speaker, statement.speakerRole?.toLowerCase()]).toEqual([speaker, role]);
  });

  it("takes another transliteration of a known person's given name or surname for that person", () => {
    expect(speakers("Dmytro Peskov told reporters that the Kremlin was watching closely.", "2024-05-02")).toEqual(["Dmitry Peskov"]);
    expect(speakers("Prime Minister Denis Schmihal said that the grid would hold through the winter.", "2023-11-20")).toEqual(["Denys Shmyhal"]);
    expect(speakers("Andrij Jermak said that the delegation would travel on Thursday.", "2024-05-02")).toEqual(["Andriy Yermak"]);
    // A given name of another name before the surname is still someone else.
    expect(speakers("Oleh Peskov told reporters that the Kremlin was watching closely.", "2024-05-02")).toEqual(["Oleh Peskov"]);
  });

  it("ends no name in an institution's: the title of the whole phrase names its holder on the date", () => {
    const body = "NATO's Secretary-General, the head of the North Atlantic Treaty Organisation, said the allies would meet again in June.";
    expect(speakers(body, "2025-09-01")).toEqual(["Mark Rutte"]);
    expect(speakers("The director of the Examplia Research Foundation said the talks had stalled.")).not.toContain("Research Foundation");
  });

  it("keeps a person the data does not know as a speaker, with the name as printed", () => {
    const [statement] = run("Marta Kowalczyk, a lawmaker from Gdansk, said that the new radar would be installed by spring.");
    expect(statement.speaker).toBe("Marta Kowalczyk");
  });
});

describe("offices that name a person on the article's date", () => {
  const quote = '"We will keep the border closed for as long as it takes," the Finnish president told Yle.';

  it("resolves 'the Finnish president' to whoever held the office that day", () => {
    expect(speakers(quote, "2023-05-10")).toEqual(["Sauli Niinistö"]);
    expect(speakers(quote, "2025-01-10")).toEqual(["Alexander Stubb"]);
  });

  it("names no one without a date, but keeps the office as the role", () => {
    const [statement] = run(quote, null);
    expect(statement.speaker).toBeNull();
    expect(statement.speakerRole).toBe("President of Finland");
  });

  it.each([
    ["Finland's defence minister said that conscription would be extended.", "2024-02-01", "Antti Häkkänen"],
    ["The British prime minister said that the sanctions package was ready.", "2022-10-01", "Liz Truss"],
    ["The German chancellor said that the brigade in Lithuania would be ready on time.", "2024-06-01", "Olaf Scholz"],
    ["The German chancellor said that the brigade in Lithuania would be ready on time.", "2025-06-01", "Friedrich Merz"],
    ["The president of Romania said that the airspace violations would be raised with allies.", "2025-07-01", "Nicușor Dan"],
    ["The US vice president said that the tariffs would stay.", "2025-07-01", "JD Vance"],
    ["Ukraine's commander-in-chief said that the line had held overnight.", "2023-06-01", "Valerii Zaluzhnyi"],
    ["Ukraine's commander-in-chief said that the line had held overnight.", "2024-06-01", "Oleksandr Syrskyi"],
  ])("%s on %s → %s", (sentence, date, speaker) => {
    expect(speakers(sentence, date)).toEqual([speaker]);
  });

  it("never takes a former holder for the current one", () => {
    const [statement] = run("The former Finnish president said that the border should stay closed.", "2025-01-10");
    expect(statement?.speaker ?? null).not.toBe("Alexander Stubb");
  });
});

describe("speech verbs in every attribution path", () => {
  it.each(["conceded", "acknowledged", "cautioned"])("'%s' after a name, after a quote and after a role noun", (verb) => {
    const body = [
      `Estonian Defence Minister Hanno Pevkur ${verb} that the new brigade would not be ready before 2027.`,
      `"The stocks are lower than we hoped," Pevkur ${verb}.`,
      `"Nobody should expect a quick result," the minister ${verb}.`,
      `Economist Sara Lind ${verb} that the spending target would strain the budget.`,
    ].join("\n");
    const statements = run(body, "2025-02-01");
    expect(statements.map((s) => s.speaker)).toEqual(["Hanno Pevkur", "Hanno Pevkur", "Hanno Pevkur", "Sara Lind"]);
  });
});

describe("the role printed beside a name", () => {
  const roleOf = (body: string, publishedAt = "2024-06-01") => run(body, publishedAt).map((s) => s.speakerRole);

  it("keeps an envoy's destination in the title", () => {
    expect(roleOf("Examplian Ambassador to Norway Petra Lindqvist said that the embassy would stay open.")).toEqual(["Examplian Ambassador to Norway"]);
  });

  it("takes no prepositional phrase after the name for a role", () => {
    expect(roleOf("Alar Karis, during a tour of the eastern border with the Latvian Defence Minister, said that air defence came first.")).toEqual(["President of Estonia"]);
  });

  it("turns 'who heads the …' into the head of that body", () => {
    expect(roleOf("Tomas Brenner, a lawyer who heads the Northern Policy Forum, said that the vote had been fair.")).toEqual(["head of the Northern Policy Forum"]);
  });

  it("reads the role after 'who is'", () => {
    expect(roleOf("Jana Kovac, who is Examplia's deputy foreign minister, said that the embassy would reopen.")).toEqual(["Examplia's deputy foreign minister"]);
  });

  it("reads a lower-case chair after an organisation's name", () => {
    expect(roleOf("Harbour Institute chairman Olaf Rennick said that the ports were ready.")).toEqual(["Harbour Institute chairman"]);
  });

  it("keeps a lower-case department word in a title printed before a name", () => {
    expect(roleOf("Examplian prime minister Jana Kovac said that the budget would pass.")).toEqual(["Examplian prime minister"]);
    expect(roleOf("Examplian finance minister Jana Kovac said that the budget would pass.")).toEqual(["Examplian finance minister"]);
  });

  it("leaves an honorific and the person's own given name to the name", () => {
    expect(roleOf("Prime Minister Sir Keir Starmer said that the aid would continue.", "2025-03-01")).toEqual(["Prime Minister of the United Kingdom"]);
  });

  it("reads 'the head of <country>' as the office the speaker held there on the date", () => {
    expect(roleOf("Speaking in Tallinn, the head of Estonia, Alar Karis, said that the ferry line would reopen.", "2024-06-01")).toEqual(["President of Estonia"]);
  });

  it("gives an unnamed spokesperson of an office that office's spokesperson as the role", () => {
    const [statement] = run('"The ports will reopen on Monday," the Examplian Prime Minister\u2019s spokeswoman told reporters.');
    expect([statement.speaker, statement.speakerRole]).toEqual([null, "Examplian Prime Minister\u2019s spokeswoman"]);
  });
});

describe("unnamed sources", () => {
  it("gives a quote introduced by an unnamed source and a colon to no named person", () => {
    const body = [
      "Jana Example, the Examplian foreign minister, said on Monday that the talks would go on.",
      'As one Nordic diplomat put it: "Nobody here expects a quick deal."',
    ].join("\n\n");
    expect(run(body).map((s) => s.speaker)).toEqual(["Jana Example", null]);
  });
});

describe("pronouns inside a quote", () => {
  it("stand for the person just named in the same quoted sentence", () => {
    const body = `Estonian Defence Minister Hanno Pevkur said: "When Chancellor Friedrich Merz phoned me, he said, 'We will pay our share,' and I believe him."`;
    const statements = run(body, "2025-06-01");
    expect(statements.find((s) => s.quote.startsWith("We will pay"))?.speaker).toBe("Friedrich Merz");
  });
});
