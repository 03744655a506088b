// Topic forms of decision 0535, each on a sentence invented for this test, never one from an article: the reporter's
// next sentence is not a quote's frame, the occasion a remark was made at does not name its subject, a status outside
// every bloc is a term of a settlement as well as the other side of joining, and so is a zone cleared of arms.
import { describe, expect, it } from "vitest";
import { extractStatements } from "../extract";
import { classifyStatement, contextTopicsOf, topicsOf } from "./classify";

const statements = (text: string) => extractStatements(text, { publishedAt: "2025-05-14", explain: true }).statements;

describe("the reporter's next sentence is not the frame of a quote that closes its own", () => {
  it("adds no topic from the sentence after a quote with no attribution of its own", () => {
    const text = [
      `Jane Example, the foreign minister of Freedonia, spoke in Ostend on Monday. "The ports must reopen," Example said.`,
      `"Our region will have a say in the peace talks." Other capitals have excluded sending troops there.`,
    ].join("\n\n");
    const second = statements(text).find((s) => s.quote.startsWith("Our region"));
    expect(second?.topics).toEqual(["negotiations"]);
  });

  it("still reads the attribution printed in the next sentence", () => {
    const text = `Jane Example, the foreign minister of Freedonia, spoke on Monday.\n\n"No soldiers of ours will go there." Example said at the port.`;
    const [statement] = statements(text);
    expect(statement.topics).toEqual(["troops"]);
  });
});

describe("the occasion a remark was made at, or who the sources are, does not name its subject", () => {
  it.each([
    "During negotiations with his Ruritanian counterpart, the minister said",
    "the minister said on the sidelines of the peace summit",
    "the minister said ahead of the ceasefire talks in Ostend",
    "marking the anniversary of Freedonia's NATO membership, the minister said",
    ", according to two officials involved in the peace talks.",
    "said a person familiar with the negotiations",
  ])("%s → no topic", (frame) => {
    expect(contextTopicsOf(frame)).toEqual([]);
    expect(classifyStatement({ quote: "the harbours must reopen by spring", frame }).topics).toEqual(["other"]);
  });

  it("keeps a topic the same words name otherwise", () => {
    expect(contextTopicsOf("During the talks, the minister said a ceasefire was near")).toEqual(["negotiations"]);
    expect(contextTopicsOf("the minister said of the peace talks")).toEqual(["negotiations"]);
  });

  it("keeps a time that looks forward: after the talks is no occasion", () => {
    expect(contextTopicsOf("the envoy expects a report after the talks conclude")).toEqual(["negotiations"]);
  });

  it("leaves the quote's own words alone", () => {
    expect(topicsOf("We will speak frankly during the peace talks.")).toEqual(["negotiations"]);
  });

  it("keeps the quote's own subject, without the occasion's topic", () => {
    const { topics } = classifyStatement({ quote: "the application to join NATO stays on the desk", frame: "the minister said before the peace talks" });
    expect(topics).toEqual(["membership"]);
  });
});

describe("a status outside every bloc is a term of a settlement and the other side of joining", () => {
  it.each([
    "Freedonia could accept neutrality in return for guarantees.",
    "They want a neutral, non-aligned status written into the text.",
    "Security guarantees and a non-bloc status are on our list.",
  ])("%s → membership and negotiations", (sentence) => expect(topicsOf(sentence)).toEqual(expect.arrayContaining(["membership", "negotiations"])));

  // Backed, it is the other side of joining (decision 0655); it takes no stance on talking.
  it("bears no stance on the talks, the reverse one on joining", () => {
    const { stance } = classifyStatement({ quote: "We support a non-aligned status for the country." });
    expect(stance.membership?.value).toBe("opposes");
    expect(stance.negotiations).toBeUndefined();
  });
});

describe("a zone cleared of arms between the sides is a term of a settlement", () => {
  it.each([
    "Both armies would pull back to create a demilitarised zone along the river.",
    "The plan foresees a buffer zone of fifteen kilometres.",
    "He rejected a demilitarized free trade zone in the east.",
  ])("%s → negotiations", (sentence) => expect(topicsOf(sentence)).toContain("negotiations"));

  it("leaves a no-fly zone to the troops topic", () => expect(topicsOf("They asked for a no-fly zone above the capital.")).toEqual(["troops"]));

  it("reads 'the proposed zone' as a description, not a commitment", () => {
    const { topics, stance } = classifyStatement({ quote: "the proposed demilitarised zone would be heavily fortified" });
    expect(topics).toEqual(["negotiations"]);
    expect(stance.negotiations).toBeUndefined();
  });

  it("still reads a proposal made as a commitment", () =>
    expect(classifyStatement({ quote: "We proposed a buffer zone along the river." }).stance.negotiations?.value).toBe("supports"));
});

describe("a force named by its planning is the troops topic", () => {
  it.each(["The planned force would number some ten thousand.", "Officials say the envisaged multinational force is still small."])("%s → troops", (sentence) =>
    expect(topicsOf(sentence)).toContain("troops"));

  it.each(["They condemned the use of force against civilians.", "Only sanctions can force the regime to negotiate."])("%s → no troops", (sentence) =>
    expect(topicsOf(sentence)).not.toContain("troops"));
});

describe("a settlement named as the purpose a force serves, with the gerund, frames the force", () => {
  it.each(["The planned force is vital for securing a truce.", "Our soldiers could have a part in keeping the ceasefire."])("%s → troops only", (quote) =>
    expect(classifyStatement({ quote }).topics).toEqual(["troops"]));

  it("keeps the settlement named otherwise too", () =>
    expect(classifyStatement({ quote: "The planned force is vital for securing a truce, and the truce must come first." }).topics).toEqual(["troops", "negotiations"]));
});

describe("quoted words run on from the speaker's paraphrase just before", () => {
  const lead = "Jane Example, the foreign minister of Freedonia, spoke to reporters on Monday.";

  it("when they open the next paragraph", () => {
    const text = `${lead}\n\nExample said the peace talks in Ostend had been useful.\n\n"Both working groups met twice and several questions were settled."`;
    const statement = statements(text).find((s) => s.quote.startsWith("Both working groups"));
    expect(statement?.topics).toEqual(["negotiations"]);
    expect(statement?.explain?.topics?.rule).toBe("topic-continues-previous-quote");
  });

  it("not when a paragraph introduces them afresh", () => {
    const text = `${lead}\n\nExample said the peace talks in Ostend had been useful.\n\nSpeaking at the harbour later, Example said: "The ferries must run again by June."`;
    const statement = statements(text).find((s) => s.quote.startsWith("The ferries"));
    expect(statement?.topics).toEqual(["other"]);
  });

  it("not from a paraphrase two paragraphs back", () => {
    const text = `${lead}\n\nExample said the peace talks in Ostend had been useful.\n\nThe harbour was quiet.\n\n"Both working groups met twice and several questions were settled."`;
    const statement = statements(text).find((s) => s.quote.startsWith("Both working groups"));
    expect(statement?.topics).toEqual(["other"]);
  });
});

describe("a war's causes to be removed are a demand on its settlement", () => {
  it.each(["First its root causes have to be removed.", "Any text has to address the root causes of this war."])("%s → negotiations", (sentence) =>
    expect(topicsOf(sentence)).toContain("negotiations"));

  it("not as blame alone", () => expect(topicsOf("Poverty was one of the root causes of the unrest.")).not.toContain("negotiations"));
});

describe("a warring side's army named by a possessive pronoun is its own", () => {
  it.each(["The Russians could use the lull to rest their troops.", "Moscow keeps rotating its own brigades near the river."])("%s → no troops", (sentence) =>
    expect(topicsOf(sentence)).not.toContain("troops"));

  it.each(["The allies could send their troops next spring.", "Russia talks, but Freedonia will keep its soldiers at home.", "Ukraine's allies could send their troops next spring."])("%s → troops", (sentence) =>
    expect(topicsOf(sentence)).toContain("troops"));
});

describe("those who would watch a truce on the ground are the troops topic", () => {
  it.each(["Unarmed observers could follow the pull-back.", "A civilian mission that would watch the line is one option.", "Ceasefire monitors may arrive in May."])(
    "%s → troops",
    (sentence) => expect(topicsOf(sentence)).toContain("troops"),
  );

  it("not the observers who comment", () => expect(topicsOf("Observers say the vote was calm.")).not.toContain("troops"));
});
