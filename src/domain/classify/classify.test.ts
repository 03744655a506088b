// Topic and stance composition on sentences written for these tests (never taken from an article).
import { describe, expect, it } from "vitest";
import { classifyStatement, stanceIn } from "./classify";

describe("stance from the words around a topic term", () => {
  it.each([
    ["The government will not send soldiers to the front.", "troops", "opposes"],
    ["We have no intention of deploying our forces there.", "troops", "opposes"],
    ["Our brigades will not be deployed until the fighting stops.", "troops", "conditional"],
    ["Peacekeepers could go in only after a truce is signed.", "troops", "conditional"],
    ["Sending a contingent would be a reckless escalation.", "troops", "opposes"],
    ["We are ready to send troops tomorrow.", "troops", "supports"],
    ["We are ready to start negotiations without preconditions.", "negotiations", "supports"],
    ["They reject any negotiations with the occupier.", "negotiations", "opposes"],
    ["Talks can begin once Kyiv negotiates from a position of strength.", "negotiations", "conditional"],
    ["Kyiv deserves an invitation this year.", "membership", "supports"],
    ["Membership cannot happen in the middle of a war.", "membership", "conditional"],
    ["Their accession would be unacceptable for us.", "membership", "opposes"],
  ] as const)("%s → %s %s", (sentence, topic, value) => {
    expect(stanceIn(sentence, topic)?.value).toBe(value);
  });

  it("takes no stance from a topic term with no position around it", () => {
    expect(stanceIn("The minister spoke about peacekeepers at length.", "troops")).toBeNull();
  });

  it("reads a negation only in the clause before the term it governs", () => {
    expect(stanceIn("It was not a surprise, and the allies are willing to send troops.", "troops")?.value).toBe("supports");
  });
});

describe("classifying a statement in its context", () => {
  it("names the topics and says which part of the context decided them", () => {
    const result = classifyStatement({ quote: "no country will deploy soldiers before a ceasefire", frame: "the minister said" });
    expect(result.topics).toEqual(["troops", "negotiations"]);
    expect(result.stance.troops?.value).toBe("conditional");
    expect(result.decidedBy.topics).toEqual({ rule: "topic-term", source: "quote" });
    expect(result.decidedBy.stance.troops).toEqual({ rule: "condition", source: "quote" });
  });

  it("answers a question with the question's topic and the answer's own words", () => {
    const result = classifyStatement({ quote: "That would be unwise.", question: "Asked whether allied soldiers could be sent,", previous: "" });
    expect(result.topics).toEqual(["troops"]);
    expect(result.stance.troops?.value).toBe("opposes");
    expect(result.decidedBy.topics.source).toBe("question");
  });

  it("lets a short answer that points back borrow the previous sentence's topic", () => {
    const result = classifyStatement({ quote: "It is for each government to decide.", previous: "Several capitals are weighing a reassurance force." });
    expect(result.topics).toEqual(["troops"]);
    expect(result.stance.troops?.value).toBe("conditional");
  });

  it("takes the stance from the reporter's frame only for a topic the quote does not name", () => {
    const framed = classifyStatement({ quote: "We will see what happens.", frame: "he said, ruling out sending troops" });
    expect(framed.stance.troops).toMatchObject({ value: "opposes" });
    expect(framed.decidedBy.stance.troops?.source).toBe("frame");
    const own = classifyStatement({ quote: "Troops may go in only after a ceasefire.", frame: "he said, refusing to send troops" });
    expect(own.stance.troops?.value).toBe("conditional");
    expect(own.decidedBy.stance.troops?.source).toBe("quote");
  });

  it("falls back to other with no stance when nothing names a topic", () => {
    expect(classifyStatement({ quote: "The weather in Brussels was fine." })).toMatchObject({ topics: ["other"], stance: {} });
  });
});
