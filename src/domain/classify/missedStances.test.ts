// Stances the classifier used to miss, by mechanism (decision 0570), each on a sentence invented for this test: a good
// judgement of how talks go, membership named with a requirement in the clause of a settlement, and the term named as
// the aim or the means, an impossibility denied, a settlement pressed for by a penalty for its absence, a requirement
// stated of what a step must come with, "toward" beside "towards"; and a stance taken where there is none: a denied act in the past.
import { describe, expect, it } from "vitest";
import { stanceIn } from "./classify";
import type { StanceTopic, StanceValue } from "../extract/types";

type Probe = readonly [string, StanceTopic, StanceValue, string];

const expectStance = ([sentence, topic, value, rule]: Probe) => expect(stanceIn(sentence, topic), sentence).toMatchObject({ value, rule });

describe("a good judgement of how talks go is for them", () => {
  it.each([
    "The envoy said the talks were long but fruitful.",
    "Those talks with Moscow were frank and productive.",
    "She described a constructive meeting with Putin in the capital.",
  ])("%s → supports", (sentence) => expectStance([sentence, "negotiations", "supports", "talks-judged-good"]));
  it("judges nothing one could send", () => {
    expect(stanceIn("The peacekeepers played a constructive part in the exercise.", "troops")).toBeNull();
  });
  it("leaves a hedged judgement conditional", () => {
    expectStance(["The next round of talks could be productive.", "negotiations", "conditional", "modal-hedge"]);
  });
});

describe("membership named with a requirement in the clause of a settlement is a term demanded of it", () => {
  it.each([
    ["A promise of non-membership in NATO is a precondition for any settlement.", "precondition"],
    ["Any peace deal must answer the question of NATO membership for Ruritania.", "must"],
    ["Without a word on NATO's enlargement, the talks will not succeed.", "Without"],
  ])("%s → conditional", (sentence, evidence) => expect(stanceIn(sentence, "negotiations")).toMatchObject({ value: "conditional", rule: "membership-in-terms", evidence }));
  it("still abstains on an assessment of what a settlement may hold", () => {
    expect(stanceIn("Membership for Ruritania is not a likely outcome of a negotiated settlement.", "negotiations")).toBeNull();
  });
});

describe("the term named as the aim or the means is backed", () => {
  it.each([
    ["The minister named a ceasefire as her first priority.", "priority"],
    ["Our aim this spring was to agree a truce.", "aim"],
    ["The dispute can be settled only by dialogue.", "settled only by"],
    ["He said the answer to this war lies in direct talks with Moscow.", "answer to this war lies in"],
    ["There is a window of opportunity for negotiations this winter.", "opportunity for"],
  ])("%s → supports", (sentence, evidence) => expect(stanceIn(sentence, "negotiations")).toMatchObject({ value: "supports", rule: "aim-or-means", evidence }));
  it("does not take the aim of the talks, which describes them, as backing", () => {
    expect(stanceIn("The aim of the talks in Vienna is unclear.", "negotiations")).toBeNull();
  });
});

describe("an impossibility denied keeps the option open", () => {
  it.each([
    ["A mission of allied soldiers in Ruritania is not unthinkable.", "not unthinkable"],
    ["Sending troops there isn't entirely out of the question.", "isn't entirely out of the question"],
  ])("%s → conditional", (sentence, evidence) => expect(stanceIn(sentence, "troops")).toMatchObject({ value: "conditional", rule: "condition-phrase", evidence }));
  it("keeps an impossibility asserted a refusal", () => {
    expect(stanceIn("Sending troops there is impossible.", "troops")).toMatchObject({ value: "opposes", rule: "condemning-word" });
  });
});

describe("a denied act in the past reports what happened, it refuses nothing", () => {
  it.each(["Frankly, we did not move any troops there.", "The ministry says they haven't deployed any soldiers in Ruritania."])(
    "%s → no stance",
    (sentence) => expect(stanceIn(sentence, "troops")).toBeNull(),
  );
  it.each([
    ["The alliance did not plan to send troops to Ruritania.", "negated-term"],
    ["We will not send soldiers to Ruritania.", "negated-term"],
  ])("keeps a denied will, or a refusal in the future, a refusal: %s", (sentence, rule) => expect(stanceIn(sentence, "troops")).toMatchObject({ value: "opposes", rule }));
});

describe("a penalty threatened for a settlement's absence presses for it", () => {
  it.each([
    ["Washington will impose heavy tariffs on Moscow if a peace deal isn't reached within a month.", "tariffs … isn't"],
    ["There will be sanctions if they fail to agree a truce by spring.", "sanctions … fail to"],
  ])("%s → supports", (sentence, evidence) => expect(stanceIn(sentence, "negotiations")).toMatchObject({ value: "supports", rule: "settlement-pressed", evidence }));
  it.each(["If there is no deal, the fighting will go on.", "If a truce holds, the sanctions could be eased."])(
    "keeps a settlement inside a condition without a penalty for its absence hypothetical: %s",
    (sentence) => expect(stanceIn(sentence, "negotiations")).toBeNull(),
  );
});

describe("a requirement stated of what a step must come with is a condition", () => {
  it.each([
    ["Any talks can start, but the consent of the neighbours is required.", "is required"],
    ["On the peace talks, our friends' interests must be taken into account.", "must be taken into account"],
    ["Before any troops go, firm rules of engagement are absolutely mandatory.", "are absolutely mandatory"],
  ])("%s → conditional", (sentence, evidence) =>
    expect(stanceIn(sentence, sentence.includes("troops") ? "troops" : "negotiations")).toMatchObject({ value: "conditional", rule: "condition-phrase", evidence }));
});

describe("a verb of working for the term, in either spelling of its preposition", () => {
  it.each(["The envoys are working toward a ceasefire.", "The envoys are working towards a ceasefire."])("%s → supports", (sentence) =>
    expect(stanceIn(sentence, "negotiations")).toMatchObject({ value: "supports", rule: "wanting-word" }));
});
