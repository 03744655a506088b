// Stances the classifier gave where the words take none, or in the wrong direction, by mechanism (decision 0610),
// each on a sentence invented for this test, beside the form that must keep its stance: a denied rejection, a
// condemning word that only dates something, doubt about what can be known, "now or later", a cue word as the
// attribute of a noun, someone else's acceptance or wish, the question put to the speaker in the frame, a condition
// on the arrangements of talks or on discussing an issue, a predicate after a verb of consequence, and keeping the
// candidate from joining.
import { describe, expect, it } from "vitest";
import { classifyStatement, stanceIn } from "./classify";
import type { StanceTopic, StanceValue } from "../extract/types";

type Probe = readonly [string, StanceTopic, StanceValue, string];

const expectStance = ([sentence, topic, value, rule]: Probe) => expect(stanceIn(sentence, topic), sentence).toMatchObject({ value, rule });

describe("a rejection denied backs what it governs", () => {
  it.each<Probe>([
    ["The cabinet has never rejected negotiations with its neighbours.", "negotiations", "supports", "denied-rejection"],
    ["The republic's membership must never be written off.", "membership", "supports", "denied-rejection"],
    ["They have not given up on membership.", "membership", "supports", "denied-rejection"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));
  it.each<Probe>([
    ["Our government rejected negotiations with the neighbours.", "negotiations", "opposes", "negated-term"],
    ["We will not rule out sending troops.", "troops", "conditional", "condition-phrase"],
  ])("keeps %s → %s %s (%s)", (...probe) => expectStance(probe));
});

describe("a condemning word that dates something judges nothing", () => {
  it.each([
    "Contacts on a truce resumed last week, ten months after the start of the open war.",
    "Contacts on a ceasefire have been rare since the open war began.",
  ])("%s → no stance", (sentence) => expect(stanceIn(sentence, "negotiations")).toBeNull());
  it("keeps a condemning word that is no point in time", () => {
    expectStance(["Sending troops would risk a full-scale war.", "troops", "opposes", "condemning-word"]);
    expectStance(["We must prevent this war from escalating into direct confrontation over troops.", "troops", "opposes", "condemning-word"]);
  });
});

describe("doubt about what can be known is no doubt about the topic", () => {
  it("impossible to predict → no stance", () => expect(stanceIn("The file is complex, and it is impossible to predict when a peace agreement comes.", "negotiations")).toBeNull());
  it("keeps doubt about the topic itself", () => expectStance(["Membership is impossible for the republic.", "membership", "opposes", "condemning-word"]));
});

describe("now and later together is always, not for now", () => {
  it("refuses", () => expectStance(["Lusatia will not send its troops to the region now or later.", "troops", "opposes", "negated-term"]));
  it("keeps a refusal for now", () => expectStance(["Lusatia will not send its troops to the region now.", "troops", "conditional", "refusal-for-now"]));
});

describe("a cue word as the attribute of a noun backs nothing", () => {
  it.each<[string, StanceTopic]>([
    ["The soldiers would serve at key points of the peace zone as support forces.", "negotiations"],
    ["Lead negotiator Ivo Example reported on the talks.", "negotiations"],
  ])("%s → no stance", (sentence, topic) => expect(stanceIn(sentence, topic)).toBeNull());
  it("keeps the verbs", () => {
    expectStance(["We support peace talks.", "negotiations", "supports", "wanting-word"]);
    expectStance(["The island will lead negotiations on a truce.", "negotiations", "supports", "wanting-word"]);
  });
});

describe("someone else's acceptance or wish is their position", () => {
  it("a named person's acceptance in the frame decides nothing for the speaker", () => {
    const { stance } = classifyStatement({
      quote: "the islanders must give up the coast",
      frame: "Although Jonas Example has accepted the proposed ceasefire, Petra Sample said that",
      otherPeople: ["Jonas Example", "Example"],
      speaker: "Petra Sample",
    });
    expect(stance.negotiations).toBeUndefined();
  });
  it("Russia's wish is reported", () => expect(stanceIn("Moscow does not wish to hold talks on a truce.", "negotiations")).toBeNull());
});

describe("the question put to the speaker in the frame is asked, not said", () => {
  it("its hedge decides nothing", () => {
    const { stance } = classifyStatement({ quote: "his attention stays on the negotiations", frame: "Asked whether he might stand for office should a truce hold, Example said that" });
    expect(stance.negotiations).toBeUndefined();
  });
  it("the reporter's words after it still decide", () => {
    const { stance } = classifyStatement({ quote: "that is all for today", frame: "Asked about the week ahead, Example said, ruling out troops, that" });
    expect(stance.troops).toMatchObject({ value: "opposes" });
  });
});

describe("a condition on the arrangements of talks, or on discussing an issue, is no condition on doing it", () => {
  it.each<[string, StanceTopic]>([
    ["The timing and venue of the next peace talks depend on the security situation.", "negotiations"],
    ["The spokeswoman would not exclude that the question of peacekeepers comes up at the summit.", "troops"],
  ])("%s → no stance", (sentence, topic) => expect(stanceIn(sentence, topic)).toBeNull());
  it.each<Probe>([
    ["Peace talks depend on the security situation.", "negotiations", "conditional", "condition-phrase"],
    ["The spokesman did not rule out sending peacekeepers.", "troops", "conditional", "condition-phrase"],
  ])("keeps %s → %s %s (%s)", (...probe) => expectStance(probe));
});

describe("a predicate after a verb of consequence is what the term brings", () => {
  it("entails … ready → no stance", () => expect(stanceIn("A no-fly zone entails the alliance being ready to engage aircraft.", "troops")).toBeNull());
});

describe("keeping the candidate from joining refuses it", () => {
  it.each<Probe>([
    ["The treaty must guarantee that the republic is prohibited from joining NATO.", "membership", "opposes", "negated-term"],
    ["Any deal will involve preventing the republic from joining the alliance.", "membership", "opposes", "negated-term"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));
});

describe("a sentence that opens with \"But\" and a limit makes the backing before it conditional", () => {
  it.each([
    "We want to see a peace settlement on the islands. But we have to ensure the invader gains nothing.",
    "We are ready for talks with anyone. But only once the shelling stops.",
  ])("%s → conditional", (quote) => expect(classifyStatement({ quote }).stance.negotiations).toMatchObject({ value: "conditional" }));
  it("keeps a backing with no limit after it", () => {
    expect(classifyStatement({ quote: "We are ready for talks with anyone. But the other side is not." }).stance.negotiations).toMatchObject({ value: "supports" });
  });
});

describe("\"not yet\" before a verb of knowing limits the knowing, not the topic", () => {
  it("decides nothing", () => expect(stanceIn("Sending blue helmets is their idea; we do not yet know what it would involve.", "troops")).toBeNull());
  it("keeps \"not yet\" before the topic", () => expectStance(["The republic is not yet joining NATO.", "membership", "conditional", "condition-phrase"]));
});

describe("a refused place of deployment with another place offered is a limit", () => {
  it("is conditional", () =>
    expectStance(["The allied soldiers would not be deployed at the front but would operate from bases in the west.", "troops", "conditional", "refusal-with-other-form"]));
});
