// Decisions the classifier used to take wrongly, by mechanism (decision 0540), each on a sentence invented for this
// test: a predicate that governs the means and not the aim, a predicate after a term with a subject of its own, a
// refusal that only sorts a thing into a kind, someone else's readiness, a condemned denial, a refused concession,
// limits in talks, and a condemning word in a quote whose topic only its paragraph names.
import { describe, expect, it } from "vitest";
import { ANY_CONNECTIVE, classifyStatement, stanceIn } from "./classify";
import type { StanceTopic, StanceValue } from "../extract/types";

type Probe = readonly [string, StanceTopic, StanceValue, string];

const expectStance = ([sentence, topic, value, rule]: Probe) => expect(stanceIn(sentence, topic), sentence).toMatchObject({ value, rule });

describe("a predicate governs the means, not the aim after a connective of purpose", () => {
  it.each([
    "The partners should act boldly in a bid to stop this war soon.",
    "Our friends must rebuild their air defences so that a truce can follow.",
  ])("%s → no stance", (sentence) => expect(stanceIn(sentence, "negotiations")).toBeNull());
  it("still reads a predicate that governs the term directly", () => {
    expectStance(["The partners should end the war by spring.", "negotiations", "supports", "wanting-word"]);
  });
});

describe("a predicate after a term, with a subject of its own between, is that subject's", () => {
  it.each([
    "Closing the sky with a no-fly zone means that they must be ready to down aircraft.",
    "On the peacekeepers, we have to accept the fact that there are risks.",
  ])("%s → no stance", (sentence) => expect(stanceIn(sentence, "troops")).toBeNull());
  it("keeps a predicate whose subject is the term", () => {
    expectStance(["Peace talks are welcome.", "negotiations", "supports", "wanting-word"]);
  });
});

describe("readiness denied before a verb is a refusal; before a noun, not yet", () => {
  it.each<Probe>([
    ["The president is not ready to talk with the occupiers.", "negotiations", "opposes", "negated-term"],
    ["Marta Oksen said the republic is not ready for membership.", "membership", "conditional", "condition-phrase"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));
});

describe("someone else's readiness or striving is their position", () => {
  it.each<[string, StanceTopic]>([
    ["Only four countries are ready to deploy soldiers.", "troops"],
    ["The Russian Federation is not striving for negotiations.", "negotiations"],
  ])("%s → no stance", (sentence, topic) => expect(stanceIn(sentence, topic)).toBeNull());
});

describe("what must come first makes the step after it conditional", () => {
  it.each<Probe>([
    ["For negotiations to succeed, both capitals must show restraint.", "negotiations", "conditional", "condition-phrase"],
    ["The republic is going to become a NATO member, seen in a longer-term perspective.", "membership", "conditional", "condition-phrase"],
    ["The invaders should go home and only then can diplomacy start.", "negotiations", "conditional", "condition-phrase"],
    ["Sanctions are needed to force the aggressor to negotiate.", "negotiations", "conditional", "condition-phrase"],
    ["Three questions must be settled before any government commits troops.", "troops", "conditional", "condition-phrase"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));
});

describe("a negated copula before a thing sorts it into a kind; before a verb form it refuses", () => {
  it("takes no stance from 'is not' before a noun", () => {
    expect(stanceIn("Such an invitation is not membership either.", "membership")).toBeNull();
  });
  it("still refuses an act", () => {
    expectStance(["The republic is not joining NATO.", "membership", "opposes", "negated-term"]);
  });
});

describe("refusing a concession is a demand on the terms of a deal", () => {
  it.each<Probe>([
    ["The republic will not give away its land.", "negotiations", "conditional", "refused-concession"],
    ["We will never make concessions on our borders.", "negotiations", "conditional", "refused-concession"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));
  it("still reads a refusal to talk as opposes", () => {
    expectStance(["We will not negotiate with the occupiers.", "negotiations", "opposes", "negated-term"]);
  });
});

describe("red lines in talks are conditions; a deployment across a red line is still condemned", () => {
  it.each<Probe>([
    ["There are red lines in any peace negotiations.", "negotiations", "conditional", "limits-in-talks"],
    ["Sending troops would cross a red line.", "troops", "opposes", "condemning-word"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));
});

describe("a condemned denial backs what is denied", () => {
  it.each<Probe>([
    ["It is absurd when no date is set for membership.", "membership", "supports", "condemned-denial"],
    ["It would be a mistake not to invite the republic.", "membership", "supports", "condemned-denial"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));
  it("still reads a condemned term as opposes", () => {
    expectStance(["Sending troops would be a mistake.", "troops", "opposes", "condemning-word"]);
  });
});

describe("a quote whose topic only its paragraph names", () => {
  const paragraph = "The summit weighed the republic's membership.";
  it("takes no stance from a condemning word: it may condemn anything the quote is about", () => {
    const { stance, topics } = classifyStatement({ quote: "Their statements were hostile.", paragraph });
    expect(topics).toEqual(["membership"]);
    expect(stance.membership).toBeUndefined();
  });
  it("still takes one from a condition", () => {
    expect(classifyStatement({ quote: "It is too early for that.", paragraph }).stance.membership?.value).toBe("conditional");
  });
});

describe("a participle is no connective", () => {
  it("reads 'provided that' as a condition and 'provided to' as none", () => {
    expect(ANY_CONNECTIVE.test("only provided that the truce holds")).toBe(true);
    expect(ANY_CONNECTIVE.test("guarantees like those provided to members")).toBe(false);
  });
});
