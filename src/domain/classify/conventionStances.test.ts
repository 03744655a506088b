// Stances the annotators' conventions give that the classifier did not implement as a general rule (decision 0700), each on a
// sentence invented for this test, beside the form it must not take: an obligation in the first person with "have to" (like
// "must" and "need to"); an alternative to the term denied; the term as "the only way"; negotiating from strength in other
// words than "a position of strength"; a horizon of time set on the step; the term inside a condition the speaker sets
// ("only if", "on condition that"): refused there, the refusal is demanded, and joining named there is demanded; a step judged
// "appropriate"; "renounce" beside "abandon" as a refusal; guarantees instead of or before joining; a view held before and not now;
// a step judged good with a noun ("the right decision"); doors not being closed; a likelihood denied with a limit of time; the
// path to a settlement that lies in talks; a backing limited by "but" and a requirement in the same sentence; "on the table" of talks;
// security guarantees as the condition a settlement waits on; aid made to wait on a readiness for talks.
import { describe, expect, it } from "vitest";
import { classifyStatement } from "./classify";
import { decides } from "./decidesStance.testing";

describe("an obligation in the first person backs the act: 'have to' beside 'must' and 'need to'", () => {
  decides("negotiations", [
    ["Every week costs lives, so we have to end this war.", "supports", "wanting-word", "have to"],
    ["So we simply have to reach a truce this year.", "supports", "wanting-word", "have to"],
  ]);
  decides("negotiations", [
    // someone else's obligation, and "have" as a verb with an object, are not the speaker's backing
    ["Sooner or later someone will have to sit at the peace table with the invaders.", null],
    ["Whatever plans we may have to halt the war, the winter comes first.", null],
  ]);
});

describe("an alternative denied backs the term", () => {
  decides("negotiations", [
    ["For Ruritania there is no alternative to negotiations.", "supports", "denied-alternative", "no alternative to negotiations"],
    ["We are not looking for a substitute for a ceasefire.", "supports", "denied-alternative"],
  ]);
  decides("membership", [
    ["Our people are not seeking any substitute for NATO, the envoy said.", "supports", "denied-alternative", "not seeking any substitute for NATO"],
    ["They offer an alternative to NATO.", null],
  ]);
});

describe("the term as 'the only way' is backed; the way to the term is still a condition", () => {
  decides("membership", [
    ["For the republic, membership in the alliance remains the only way.", "supports", "only-way", "membership in the alliance remains the only way"],
    ["An invitation to join NATO is our best option.", "supports", "only-way"],
  ]);
  decides("negotiations", [["The only way to a lasting peace is to arm the defenders.", "conditional", "condition-phrase"]]);
});

describe("negotiating from strength, in other words than 'a position of strength'", () => {
  decides("negotiations", [
    ["Whatever is agreed at the negotiating table is tied to the strength of the army.", "conditional", "condition-phrase", "to the strength"],
    ["The republic should be placed for strength, not rushed into peace talks.", "conditional", "condition-phrase", "for strength"],
    ["The allies will keep Ruritania as strong as possible before any talks begin.", "conditional", "condition-phrase", "as strong as possible"],
    ["The defenders will strengthen their positions along the river before the talks.", "conditional", "condition-phrase"],
  ]);
  // strength of something else, or as an attribute, sets no condition
  decides("negotiations", [["The envoy felt strong support for the peace plan.", "supports", "wanting-word"]]);
});

describe("a horizon of time set on the step is 'not now'", () => {
  decides("membership", [
    ["The accession of the republic is a question for a later stage.", "conditional", "condition-phrase", "for a later stage"],
    ["Joining the alliance is not timely, the minister said.", "conditional", "condition-phrase", "not timely"],
    ["Membership will come in due course.", "conditional", "condition-phrase"],
  ]);
});

describe("the term inside a condition the speaker sets is demanded", () => {
  decides("membership", [
    ["A settlement can come only if the republic abandons its wish to join the alliance.", "opposes", "refusal-demanded", "abandons its wish to join"],
    ["Moscow will sign on condition that the republic renounces membership.", "opposes", "refusal-demanded", "renounces membership"],
    ["The president will only travel to the summit if a roadmap to membership is offered.", "supports", "term-demanded"],
    // an ordinary condition keeps the term hypothetical
    ["If the republic joins NATO, the border will be quiet.", null],
  ]);
  // a settlement named as the condition of talks or a force keeps its reading
  decides("negotiations", [["We will talk only if a ceasefire holds.", null]]);
});

describe("a step judged appropriate is backed; the appropriate time is no judgement", () => {
  decides("membership", [["Membership of the alliance would be an appropriate answer to the invasion.", "supports", "wanting-word", "appropriate"]]);
  decides("negotiations", [["The talks will start at the appropriate moment.", null]]);
});

describe("renouncing is refusing; never renouncing backs", () => {
  decides("membership", [
    ["The republic must renounce membership, the envoy demanded.", "opposes", "negated-term"],
    ["The republic will never renounce its bid to join NATO.", "supports", "denied-rejection"],
  ]);
});

describe("guarantees instead of or before joining are a stage short of it, not a refusal", () => {
  decides("membership", [
    ["The republic could be offered firm guarantees without formal NATO membership.", "conditional", "guarantees-instead", "guarantees without formal NATO membership"],
    ["Allies discuss protection for the republic until it joins the alliance.", "conditional", "guarantees-instead"],
    // without guarantees before it, "without" still refuses
    ["The republic will stay without membership.", "opposes", "negated-term"],
  ]);
});

describe("a view held before and not now takes no stance", () => {
  decides("membership", [
    ["Back then, I was opposed to the republic joining NATO.", null],
    ["We are opposed to membership for the republic.", "opposes", "negated-term"],
  ]);
});

describe("a step judged good with a noun, beside 'bad idea'", () => {
  decides("negotiations", [
    ["A truce before winter would be the right decision for everyone.", "supports", "wanting-word", "right decision"],
    ["A truce now would be a bad idea.", "opposes", "condemning-word"],
  ]);
});

describe("doors not being closed keep the option open, in every form of the verb", () => {
  decides("troops", [
    ["The ministry is not closing any doors on sending soldiers to the republic.", "conditional", "condition-phrase", "not closing any doors"],
    ["We never shut the door on sending troops.", "conditional", "condition-phrase"],
  ]);
});

describe("a likelihood denied with a limit of time anywhere in its clause is 'not now'", () => {
  decides("membership", [
    ["Accession of the republic in the short term is not very likely.", "conditional", "doubt-for-now", "not very likely … in the short term"],
    ["It is unlikely that the republic joins the alliance until the fighting stops.", "conditional", "doubt-for-now", "unlikely … until"],
    ["Membership for the republic is unlikely.", "opposes", "condemning-word"],
    // impossibility and realism are refusals whatever the time (the gold)
    ["An invitation now is not realistic.", "opposes", "condemning-word"],
  ]);
});

describe("the path to a settlement that lies in talks is the means, not a condition", () => {
  decides("negotiations", [["The road to a settlement lies in patient diplomacy, the envoy said.", "supports", "aim-or-means"]]);
  decides("membership", [["The republic is on its road to NATO.", "conditional", "condition-phrase"]]);
});

describe("a backing limited by 'but' and a requirement in the same sentence is conditional", () => {
  const stanceOf = (quote: string) => {
    const found = classifyStatement({ quote, direct: true });
    return { ...found.stance.negotiations, rule: found.decidedBy.stance.negotiations?.rule };
  };
  it("a truce needed first", () =>
    expect(stanceOf("The republic is ready for talks with any envoy, but a truce is necessary before they begin.")).toMatchObject({ value: "conditional", rule: "backing-then-limit" }));
  it("a fair kind demanded", () => expect(stanceOf("We are open to diplomacy, but fair diplomacy.")).toMatchObject({ value: "conditional", rule: "backing-then-limit" }));
  // a "but" that limits nothing leaves the backing
  it("a but that limits nothing", () => expect(stanceOf("We are ready for talks, but the envoys are late.")).toMatchObject({ value: "supports", rule: "wanting-word" }));
});

describe("of talks, 'on the table' is their agenda; of a force, an option kept open", () => {
  decides("negotiations", [["In the peace talks every question is on the table, the envoy said.", null]]);
  decides("troops", [["Sending soldiers to the republic stays on the table.", "conditional", "condition-phrase"]]);
});

describe("security guarantees as the condition a settlement waits on are the price of it", () => {
  decides("negotiations", [
    ["If the republic gets security guarantees, a truce along the river becomes thinkable.", "conditional", "settlement-on-guarantees"],
    ["If security guarantees are given, the republic will rebuild its army.", null],
  ]);
});

describe("aid or a penalty made to wait on a readiness for talks presses for them", () => {
  decides("negotiations", [
    ["Further aid to the republic should depend on its willingness to enter into peace talks.", "supports", "settlement-pressed"],
    ["The timing will depend on the weather, not on the talks.", "conditional", "condition-phrase"],
  ]);
});
