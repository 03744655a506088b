// Stance by the shape of the quote's own clause (decision 0345), each on a sentence invented for this test:
// every inflection of a word class governs the term, not only the forms seen in one article.
import { describe, expect, it } from "vitest";
import { classifyStatement, stanceIn } from "./classify";
import type { StanceTopic, StanceValue } from "../extract/types";

type Probe = readonly [string, StanceTopic, StanceValue, string];

const expectStance = ([sentence, topic, value, rule]: Probe) => expect(stanceIn(sentence, topic), sentence).toMatchObject({ value, rule });

describe("a predicate of a word class governs the term in any of its inflections", () => {
  it.each<Probe>([
    ["The minister said the republic deserved to join the alliance.", "membership", "supports", "wanting-word"],
    ["The cabinet planned to send a battalion of soldiers.", "troops", "supports", "wanting-word"],
    ["The envoys aimed to reach a truce by spring.", "negotiations", "supports", "wanting-word"],
    ["She was calling for peace talks with the neighbours.", "negotiations", "supports", "wanting-word"],
    ["The council decides to invite the country to join NATO.", "membership", "supports", "wanting-word"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));
});

describe("need as a verb governs its object; the noun governs nothing", () => {
  it("reads guarantees that someone needs or insists on as a demand on them → conditional", () => {
    expectStance(["The republic needs binding security guarantees from its partners.", "negotiations", "conditional", "requirement-on-topic"]);
    expectStance(["The delegation insisted on security guarantees.", "negotiations", "conditional", "requirement-on-topic"]);
  });
  it("takes no stance from the noun need", () => {
    expect(stanceIn("He spoke of the need to restart a peace process in another region.", "negotiations")).toBeNull();
  });
});

describe("a negation scoping presence on the agenda, in any tense → opposes", () => {
  it.each<Probe>([
    ["Sending soldiers there has never been on the agenda.", "troops", "opposes", "condemning-word"],
    ["A deployment isn't on the table.", "troops", "opposes", "condemning-word"],
    ["Membership is no longer on the agenda of the summit.", "membership", "opposes", "condemning-word"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));
  it("keeps an option that stays on the table open", () => {
    expectStance(["A deployment remains on the table.", "troops", "conditional", "condition-phrase"]);
  });
});

describe("a demand that a settlement last is a demand on its terms → conditional", () => {
  it.each<Probe>([
    ["It is essential that the truce holds.", "negotiations", "conditional", "terms-of-deal"],
    ["We insist that any deal lasts.", "negotiations", "conditional", "terms-of-deal"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));
});

describe("a contrast that sets a predicate aside denies it", () => {
  it("takes no support from a predicate after instead of or rather than", () => {
    expect(stanceIn("The regime, instead of being ready for peace talks, launched a new offensive.", "negotiations")).toBeNull();
    expect(stanceIn("They stall rather than genuinely seeking to reach a truce.", "negotiations")).toBeNull();
  });
  it("still reads the predicate that the contrast prefers", () => {
    expectStance(["We want a truce rather than more fighting.", "negotiations", "supports", "wanting-word"]);
  });
});

describe("a requirement after the term is on the term only when the term is its subject", () => {
  it("reads a modal in a relative clause with its own subject as no requirement on the term", () => {
    expect(stanceIn("Partners will discuss the peace deal they must sign with their neighbours.", "negotiations")?.rule).not.toBe("requirement-on-topic");
  });
  it("still reads the term as the subject of the modal", () => {
    expectStance(["Any peace deal must respect the borders.", "negotiations", "conditional", "terms-of-deal"]);
    expectStance(["Peace talks that must include the country are the aim.", "negotiations", "conditional", "terms-of-deal"]);
  });
});

describe("a condemned term restricted by without is condemned only without it → conditional", () => {
  it.each<Probe>([
    ["A settlement reached without the country itself would be a mistake.", "negotiations", "conditional", "condemned-without"],
    ["Sending troops without air cover is dangerous.", "troops", "conditional", "condemned-without"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));
  it("keeps a plain condemnation", () => {
    expectStance(["Sending troops would be a dangerous mistake.", "troops", "opposes", "condemning-word"]);
  });
});

describe("someone else's readiness, after any linking verb, is their position → no stance", () => {
  it("abstains on another's readiness or seriousness", () => {
    expect(stanceIn("We talked today. The Kremlin does not seem ready for peace talks.", "negotiations", { country: null, direct: true })).toBeNull();
    expect(stanceIn("Moscow is not serious about a truce.", "negotiations", { country: null, direct: true })).toBeNull();
  });
});

describe("word classes closed over their forms name the topic", () => {
  it("reads compromises as the terms of talks and a modified expansion of NATO as membership", () => {
    expectStance(["We are open to a compromise with our neighbour.", "negotiations", "supports", "wanting-word"]);
    expectStance(["NATO's eastward expansion is unacceptable.", "membership", "opposes", "condemning-word"]);
  });
});

describe("a question commits no one", () => {
  it("takes no commitment from an answer that asks", () => {
    const asked = classifyStatement({ quote: "Are we prepared to let that happen to them?", question: "Should the country join NATO?", direct: true });
    expect(asked.stance.membership).toBeUndefined();
    const said = classifyStatement({ quote: "We are prepared to do our part.", question: "Should the country join NATO?", direct: true });
    expect(said.stance.membership).toMatchObject({ value: "supports" });
  });
});

describe("the vocabulary of a deployment names troops", () => {
  it("reads rules of engagement as the force's", () => {
    expect(classifyStatement({ quote: "The rules of engagement are still being written." }).topics).toEqual(["troops"]);
  });
});

describe("a time of war scoped by while or during, with or without an existential there", () => {
  it.each<Probe>([
    ["The country will not join the alliance while there is a war on its soil.", "membership", "conditional", "negation-with-condition"],
    ["Membership cannot happen while there's an active war.", "membership", "conditional", "negation-with-condition"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));
});

describe("deploying ships is materiel, not troops", () => {
  it("names no force for frigates or warships", () => {
    expect(classifyStatement({ quote: "The mission would deploy frigates and patrol planes to guard the cables." }).topics).toEqual(["other"]);
  });
});
