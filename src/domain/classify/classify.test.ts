// Topic and stance composition on sentences written for these tests (never taken from an article).
import { describe, expect, it } from "vitest";
import { classifyStatement, sentencesOf, stanceIn } from "./classify";

describe("stance from the words in a topic term's clause", () => {
  it.each([
    ["The government will not send soldiers to the front.", "troops", "opposes", "negated-term"],
    ["We have no intention of deploying our forces there.", "troops", "opposes", "negated-term"],
    ["Sending a contingent would be a reckless escalation.", "troops", "opposes", "condemning-word"],
    ["Talks can begin once Kyiv negotiates from a position of strength.", "negotiations", "conditional", "condition-phrase"],
    ["Membership will come, but not yet.", "membership", "conditional", "condition-phrase"],
    ["Peacekeepers could go in only after a truce is signed.", "troops", "conditional", "condition-scope"],
    ["We are ready to send troops if there is a peace deal.", "troops", "conditional", "condition-scope"],
    ["Any settlement must respect the borders of the country.", "negotiations", "conditional", "terms-of-deal"],
    ["Troops should be sent at once, the general argued.", "troops", "supports", "wanting-word"],
    ["We are ready to start negotiations without preconditions.", "negotiations", "supports", "wanting-word"],
    ["Kyiv deserves an invitation this year.", "membership", "supports", "wanting-word"],
    ["Our country could send a few hundred troops.", "troops", "conditional", "modal-hedge"],
    ["We reject any negotiations with the occupier.", "negotiations", "opposes", "negated-term"],
    ["Their accession would be unacceptable for us.", "membership", "opposes", "condemning-word"],
  ] as const)("%s → %s %s (%s)", (sentence, topic, value, rule) => {
    expect(stanceIn(sentence, topic)).toMatchObject({ value, rule });
  });

  it("takes no stance from a topic term with no position around it", () => {
    expect(stanceIn("The minister spoke about peacekeepers at length.", "troops")).toBeNull();
  });

  it("reads a negation only in the clause before the term it governs", () => {
    expect(stanceIn("It was not a surprise, and the allies are willing to send troops.", "troops")?.value).toBe("supports");
    expect(stanceIn("The cabinet would not send tanks but backed security guarantees.", "negotiations")?.value).not.toBe("opposes");
  });

  it("reads a negation before a limit as conditional: not … until, not … unless, no … before, only if", () => {
    for (const sentence of [
      "Our brigades will not be deployed until the fighting stops.",
      "We will not send troops unless parliament approves a mandate.",
      "No soldiers will cross the border before a ceasefire is signed.",
    ]) expect(stanceIn(sentence, "troops"), sentence).toMatchObject({ value: "conditional", rule: "negation-with-condition" });
    expect(stanceIn("Soldiers would go there only if the guns fall silent.", "troops")).toMatchObject({ value: "conditional", rule: "condition-scope" });
  });

  it("reads a refusal that a later sentence of the quote limits as conditional", () => {
    const result = classifyStatement({ quote: "We have no plan to send soldiers this winter. Nothing is ruled out later." });
    expect(result.stance.troops?.value).toBe("conditional");
    expect(result.decidedBy.stance.troops?.rule).toBe("negation-with-condition");
  });

  it("takes no stance on a term that is itself the condition, unless the consequence condemns it", () => {
    // the ceasefire and the deal are what troops wait for, not something the speaker judges
    expect(stanceIn("No soldiers will cross the border before a ceasefire is signed.", "negotiations")).toBeNull();
    expect(stanceIn("We are ready to send troops if there is a peace deal.", "negotiations")).toBeNull();
    expect(stanceIn("If foreign soldiers land there – and they might – they become legitimate targets.", "troops")).toMatchObject({
      value: "opposes",
      rule: "condemned-consequence",
    });
  });

  it("does not read a negation that limits or denies a saying as a refusal", () => {
    expect(stanceIn("The debate is not about membership, it is about shells.", "membership")).toBeNull();
    expect(stanceIn("I never said that membership would come this year.", "membership")).toBeNull();
  });

  it("does not take a hedge after the wish for one before it", () => {
    expect(stanceIn("He will work with the allies towards a possible peace deal.", "negotiations")).toMatchObject({ value: "supports" });
  });
});

describe("the speaker's stance, not the stance the speaker reports", () => {
  it.each([
    ["We asked them twice, and they reject any negotiations with the occupier.", "negotiations"],
    ["Russia opposes any peacekeeping mission in the region.", "troops"],
    ["I spoke to him: he does not want peace talks at all.", "negotiations"],
  ] as const)("%s → no stance on %s (reported-other)", (quote, topic) => {
    const result = classifyStatement({ quote, frame: "the foreign minister said" });
    expect(result.stance[topic]).toBeUndefined();
    expect(result.decidedBy.stance[topic]).toEqual({ rule: "reported-other", source: "quote" });
  });
});

describe("a pronoun in reported speech is usually the speaker", () => {
  it.each([
    ["he is ready to send troops to the border region", "supports"],
    ["he refused to rule out sending troops", "conditional"],
    ["she would not send soldiers under any circumstances", "opposes"],
  ] as const)("%s → %s", (quote, value) => {
    expect(classifyStatement({ quote, frame: "the prime minister said" }).stance.troops?.value).toBe(value);
  });
});

describe("classifying a statement in its context", () => {
  it("names the topics and says which part of the context decided them", () => {
    const result = classifyStatement({ quote: "no country will deploy soldiers before a ceasefire", frame: "the minister said" });
    expect(result.topics).toEqual(["troops", "negotiations"]);
    expect(result.stance.troops?.value).toBe("conditional");
    expect(result.stance.negotiations).toBeUndefined();
    expect(result.decidedBy.topics).toEqual({ rule: "topic-term", source: "quote" });
    expect(result.decidedBy.stance.troops).toEqual({ rule: "negation-with-condition", source: "quote" });
  });

  it("takes the topics from the reporter's frame when the quote names none", () => {
    const result = classifyStatement({ quote: "We will see what happens.", frame: "he said when asked about peacekeepers" });
    expect(result.topics).toEqual(["troops"]);
    expect(result.decidedBy.topics.source).toBe("frame");
  });

  it("answers a question with the question's topic and the answer's own words", () => {
    const result = classifyStatement({ quote: "That would be unwise.", question: "Asked whether allied soldiers could be sent,", previous: "" });
    expect(result.topics).toEqual(["troops"]);
    expect(result.stance.troops?.value).toBe("opposes");
    expect(result.decidedBy.topics.source).toBe("question");
  });

  it("reads a plain yes or no as the answer to the question put", () => {
    const question = "Asked whether Ukraine should join NATO one day,";
    expect(classifyStatement({ quote: "Yes, without any doubt.", question }).decidedBy.stance.membership?.rule).toBe("answer-yes");
    expect(classifyStatement({ quote: "Yes, without any doubt.", question }).stance.membership?.value).toBe("supports");
    expect(classifyStatement({ quote: "No. Not in my lifetime.", question }).stance.membership?.value).toBe("opposes");
    // a question that itself refuses makes a yes ambiguous: no stance
    expect(classifyStatement({ quote: "Yes.", question: "Asked whether he ruled out sending troops," }).stance.troops).toBeUndefined();
  });

  it("lets a short answer that points back borrow the previous sentence's topic", () => {
    const result = classifyStatement({ quote: "It is for each government to decide.", previous: "Several capitals are weighing a reassurance force." });
    expect(result.topics).toEqual(["troops"]);
    expect(result.stance.troops?.value).toBe("conditional");
  });

  it("takes the topic from the paragraph, then the headline, for a quote that points at a subject it does not name", () => {
    const paragraph = "Ministers met in a cold hall to discuss peacekeepers. “Nobody can say how this issue will end,” one said.";
    const fromParagraph = classifyStatement({ quote: "Nobody can say how this issue will end,", paragraph, headline: "Allies argue over membership" });
    expect(fromParagraph.topics).toEqual(["troops"]);
    expect(fromParagraph.decidedBy.topics).toEqual({ rule: "topic-term", source: "paragraph" });
    const fromHeadline = classifyStatement({ quote: "The allies will settle that question later.", paragraph: "The meeting ran late.", headline: "Alliance split over Ukraine's membership bid" });
    expect(fromHeadline.topics).toEqual(["membership"]);
    expect(fromHeadline.decidedBy.topics.source).toBe("headline");
    expect(fromHeadline.stance).toEqual({});
  });

  it("takes the paragraph's subject for a quote with no topic of its own, but the headline only for one that points", () => {
    const fromParagraph = classifyStatement({ quote: "We will see how the winter goes.", paragraph: "Talk turned to peacekeepers. “We will see how the winter goes,” she said." });
    expect(fromParagraph.topics).toEqual(["troops"]);
    expect(fromParagraph.stance).toEqual({});
    const result = classifyStatement({ quote: "The weather in the capital was fine.", paragraph: "The weather in the capital was fine.", headline: "Peacekeepers debated" });
    expect(result).toMatchObject({ topics: ["other"], stance: {} });
  });

  it("takes the stance from the reporter's frame only for a topic the quote does not name", () => {
    const framed = classifyStatement({ quote: "We will see what happens.", frame: "he said, ruling out sending troops" });
    expect(framed.stance.troops).toMatchObject({ value: "opposes" });
    expect(framed.decidedBy.stance.troops?.source).toBe("frame");
    const own = classifyStatement({ quote: "Troops may go in only after a ceasefire.", frame: "he said, refusing to send troops" });
    expect(own.stance.troops?.value).toBe("conditional");
    expect(own.decidedBy.stance.troops?.source).toBe("quote");
  });

  it("abstains when a quote that does not name the topic only wishes or denies", () => {
    const result = classifyStatement({ quote: "We need to be careful here.", question: "Asked about sending peacekeepers," });
    expect(result.topics).toEqual(["troops"]);
    expect(result.stance).toEqual({});
  });

  it("falls back to other with no stance when nothing names a topic", () => {
    expect(classifyStatement({ quote: "The weather in Brussels was fine." })).toMatchObject({ topics: ["other"], stance: {} });
  });
});

describe("a party's wish reported by its own official", () => {
  const quote = "Moscow wants peace talks to start without delay.";
  it("is the speaker's own position when the speaker belongs to that party", () => {
    expect(classifyStatement({ quote, speakerCountry: "ru" }).stance.negotiations?.value).toBe("supports");
  });
  it("is someone else's position otherwise: no stance", () => {
    for (const speakerCountry of ["nl", null]) {
      const result = classifyStatement({ quote, speakerCountry });
      expect(result.stance.negotiations).toBeUndefined();
      expect(result.decidedBy.stance.negotiations?.rule).toBe("reported-other");
    }
  });
});

describe("sentencesOf", () => {
  it("splits exactly where the pattern it replaces splits (decision 0365)", () => {
    const byPattern = (text: string) => text.split(/(?<=[.!?…])\s+(?=[“"‘'(\p{Lu}])/u).filter(Boolean);
    const pieces = ["a", "B", "É", "𝐀", "𝑎", ".", "!", "?", "…", " ", "\n", "\u00a0", "\u3000", "“", '"', "‘", "'", "(", "”", "\ud835"];
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 3000; n++) {
      let text = "";
      for (let i = next() % 30; i > 0; i--) text += pieces[next() % pieces.length];
      expect(sentencesOf(text)).toEqual(byPattern(text));
    }
    expect(sentencesOf("No troops. Not now! “Later,” she said.")).toEqual(["No troops.", "Not now!", "“Later,” she said."]);
  });
});
