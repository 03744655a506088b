// General forms of stance (decision 0140), each on a sentence invented for this test, never one from an
// article: the governing predicate's class (commitment, backing, evaluation, hedged openness), its polarity,
// condition scope, a deployment tied to a settlement, and when a statement takes no stance at all.
import { describe, expect, it } from "vitest";
import { classifyStatement, stanceIn } from "./classify";
import type { StanceTopic, StanceValue } from "../extract/types";

type Probe = readonly [string, StanceTopic, StanceValue, string];

const expectStance = ([sentence, topic, value, rule]: Probe) => expect(stanceIn(sentence, topic), sentence).toMatchObject({ value, rule });

describe("a predicate of commitment, backing or positive evaluation governs the term in its clause → supports", () => {
  it.each<Probe>([
    ["The cabinet is ready and willing, together with its partners in the region, to put its own soldiers on the ground.", "troops", "supports", "wanting-word"],
    ["The president pledged to deploy a brigade to the country.", "troops", "supports", "wanting-word"],
    ["We endorse the idea of a European force in the country.", "troops", "supports", "wanting-word"],
    ["The delegation accepted the proposal for talks with Moscow.", "negotiations", "supports", "wanting-word"],
    ["Her government has agreed to a thirty-day truce.", "negotiations", "supports", "wanting-word"],
    ["It is essential that negotiations begin this spring.", "negotiations", "supports", "wanting-word"],
    ["We will do everything we can to reach a peace agreement this year.", "negotiations", "supports", "wanting-word"],
    ["Membership of the alliance is the best security guarantee for the country.", "membership", "supports", "wanting-word"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));
});

describe("hedged openness, a condition's scope or a settlement as the setting → conditional", () => {
  it.each<Probe>([
    ["The option of a deployment stays on the table.", "troops", "conditional", "condition-phrase"],
    ["I would not close any doors on sending soldiers.", "troops", "conditional", "condition-phrase"],
    ["We are considering whether to contribute troops of our own.", "troops", "conditional", "condition-phrase"],
    ["Our soldiers would help enforce a ceasefire on the line of contact.", "troops", "conditional", "deployment-tied-to-settlement"],
    ["We are ready to send a battalion to monitor any future peace deal.", "troops", "conditional", "deployment-tied-to-settlement"],
    ["A deployment becomes possible after the fighting stops.", "troops", "conditional", "condition-scope"],
    ["Membership will move forward as long as the reforms continue.", "membership", "conditional", "condition-scope"],
    ["We would accept a truce in exchange for firm guarantees.", "negotiations", "conditional", "condition-scope"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));

  it("leaves the settlement that sets a deployment without a stance of its own", () => {
    expect(stanceIn("Our soldiers would help enforce a ceasefire on the line of contact.", "negotiations")).toBeNull();
    expect(stanceIn("Partners were prepared to provide troops in the event of a truce.", "negotiations")).toBeNull();
  });
});

describe("negative evaluation or refusal of the term → opposes", () => {
  it.each<Probe>([
    ["Sending soldiers there would be wrong.", "troops", "opposes", "condemning-word"],
    ["Such a deployment would be counterproductive.", "troops", "opposes", "condemning-word"],
    ["We have no plans to deploy forces to the country.", "troops", "opposes", "negated-term"],
    ["The option of a deployment is not on the table.", "troops", "opposes", "condemning-word"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));
});

describe("no stance: a question, a description", () => {
  it("takes no stance from a question, in its own words or in the frame", () => {
    expect(stanceIn("Will the allies really send troops to the front?", "troops")).toBeNull();
    const asked = classifyStatement({ quote: "Are we ready to start negotiations tomorrow?", frame: "the minister asked" });
    expect(asked.topics).toEqual(["negotiations"]);
    expect(asked.stance).toEqual({});
  });

  it("takes no stance from a description with no predicate that judges the term", () => {
    expect(stanceIn("The summit discussed the deployment of a force on the western border.", "troops")).toBeNull();
  });

  it("counts security guarantees equated with membership as membership, not negotiations", () => {
    expect(classifyStatement({ quote: "Membership is the only real security guarantee for the country." }).topics).toEqual(["membership"]);
  });
});

describe("the reporter's verb that governs a reported clause", () => {
  it("reads a clause with no position of its own under the verb just before it", () => {
    const called = classifyStatement({ quote: "a truce in the skies and at sea", lead: "The foreign minister on Friday called for ", frame: "The foreign minister on Friday called for" });
    expect(called.stance.negotiations?.value).toBe("supports");
    expect(called.decidedBy.stance.negotiations).toEqual({ rule: "wanting-word", source: "lead" });
    const rejected = classifyStatement({ quote: "any talks with the occupier", lead: "The premier flatly rejected " });
    expect(rejected.stance.negotiations?.value).toBe("opposes");
  });

  it("does not let words of an earlier clause in the lead govern the quote", () => {
    const result = classifyStatement({ quote: "any settlement would involve hard choices", lead: "“The aid is vital,” she said, adding that " });
    expect(result.stance.negotiations).toBeUndefined();
  });
});

describe("more general forms", () => {
  it.each<Probe>([
    ["There will be no settlement without the country at the table.", "negotiations", "conditional", "negation-with-condition"],
    ["We will not accept a peace at any cost.", "negotiations", "conditional", "condition-phrase"],
    ["The peace process must continue.", "negotiations", "supports", "wanting-word"],
    ["Kyiv should join the alliance as soon as possible.", "membership", "supports", "wanting-word"],
    ["The brigades will not be deployed, the ministry said.", "troops", "opposes", "negated-predicate"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));

  it("reads a bid to join as membership, and troops bound for allied territory as not the topic", () => {
    expect(classifyStatement({ quote: "the allies are split over the country's bid to join" }).topics).toEqual(["membership"]);
    expect(classifyStatement({ quote: "a few hundred soldiers were heading to Lithuania this week" }).topics).toEqual(["other"]);
    expect(classifyStatement({ quote: "a few hundred soldiers were heading to the front in Ukraine" }).topics).toEqual(["troops"]);
  });

  it("reads 'he' in the speaker's own quoted words as someone else", () => {
    const quote = "He wants a ceasefire only to rearm.";
    expect(classifyStatement({ quote, direct: true }).decidedBy.stance.negotiations?.rule).toBe("reported-other");
  });
});

describe("a limit after 'but only' belongs to the clause it limits", () => {
  it("reads 'X should …, but only when …' as conditional even when the limit names the topic again", () => {
    expect(stanceIn("Kyiv should take part in negotiations, but only when the negotiations can bring it something.", "negotiations")).toMatchObject({ value: "conditional" });
  });
});

describe("predicates after the term, and answers that commit", () => {
  it("reads the term as the subject of an evaluative predicate later in its clause", () => {
    expect(stanceIn("The country's membership of the alliance remains in our view absolutely essential.", "membership")).toMatchObject({ value: "supports", rule: "wanting-word" });
  });

  it("reads the speaker's own commitment, answering a question about the topic, as support (a hedge: conditional)", () => {
    const question = "Asked whether her country would contribute soldiers to a force,";
    expect(classifyStatement({ quote: "We are ready to do our part.", question }).decidedBy.stance.troops).toEqual({ rule: "own-commitment", source: "quote" });
    expect(classifyStatement({ quote: "We could perhaps help.", question }).stance.troops?.value).toBe("conditional");
    // not for a quote whose topic only the paragraph gives
    expect(classifyStatement({ quote: "We are ready to do our part.", paragraph: "Peacekeepers were discussed." }).stance).toEqual({});
  });
});

describe("negation composed by scope (decision 0180)", () => {
  it.each<Probe>([
    // a contracted negation is a negation
    ["We don't want soldiers of ours over there.", "troops", "opposes", "negated-term"],
    ["The brigades won't be deployed this year or next.", "troops", "opposes", "negated-predicate"],
    // a refusal denied keeps the option open, whatever stands between the two halves
    ["A deployment of ground forces should not be ruled out.", "troops", "conditional", "condition-phrase"],
    ["Sending a contingent cannot be excluded in the longer run.", "troops", "conditional", "condition-phrase"],
    ["He declined to rule out a role for peacekeepers.", "troops", "conditional", "condition-phrase"],
    ["A small mission of soldiers is being considered by the cabinet.", "troops", "conditional", "condition-phrase"],
    ["Nothing is off the table, including soldiers.", "troops", "conditional", "condition-phrase"],
    // a refusal limited to the present is "not now"
    ["We will not deploy a battalion for the time being.", "troops", "conditional", "refusal-for-now"],
    ["There is no agreement yet on an invitation.", "membership", "conditional", "refusal-for-now"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));

  it("keeps a plain refusal an opposition", () => {
    expect(stanceIn("A deployment is off the table.", "troops")).toMatchObject({ value: "opposes" });
    expect(stanceIn("We have ruled out sending soldiers.", "troops")).toMatchObject({ value: "opposes" });
  });
});

describe("demands on a deal's terms, and predicates under negation (decision 0180)", () => {
  it.each<Probe>([
    ["It is crucial that whatever settlement is signed protects the country's borders.", "negotiations", "conditional", "terms-of-deal"],
    ["Any future agreement will have to include security guarantees against a new invasion.", "negotiations", "conditional", "terms-of-deal"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));

  it("reads a description of a deal's contents, with no demand, as no stance", () => {
    expect(stanceIn("The draft agreement includes an exchange of prisoners.", "negotiations")).toBeNull();
  });

  it("lets a negation deny the predicate of support it stands before, however far the term", () => {
    expect(stanceIn("Their conduct does not show any real willingness to engage in the peace process at all.", "negotiations")).toBeNull();
    expect(stanceIn("Their conduct shows a real willingness to engage in the peace process.", "negotiations")).toMatchObject({ value: "supports" });
  });
});

describe("topics and predicates of intent that generalise (decision 0180)", () => {
  it("reads admission to the alliance as membership and ending 'that' war as negotiations", () => {
    expect(classifyStatement({ quote: "the country could be admitted to NATO within a decade" }).topics).toEqual(["membership"]);
    expect(classifyStatement({ quote: "we are all tired and want to stop that war" }).topics).toEqual(["negotiations"]);
  });

  it("does not read deployed weapons as troops", () => {
    expect(classifyStatement({ quote: "the plan to deploy medium-range missiles near the border" }).topics).toEqual(["other"]);
    expect(classifyStatement({ quote: "the plan to deploy two brigades near the border" }).topics).toEqual(["troops"]);
  });

  it("does not take 'do so much more' for words that point back", () => {
    expect(classifyStatement({ quote: "Our partners could do so much more.", headline: "Minister open to sending soldiers" }).topics).toEqual(["other"]);
  });

  it.each<Probe>([
    ["The island nation would like to see talks with Moscow start soon.", "negotiations", "supports", "wanting-word"],
    ["We will keep looking for new ways to end the war quickly.", "negotiations", "supports", "wanting-word"],
    ["Sending soldiers that far simply makes no sense.", "troops", "opposes", "condemning-word"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));

  it("takes no stance on a term in what the speaker says is not implied", () => {
    expect(stanceIn("Not inviting the country this year does not mean the door is shut.", "membership")).toBeNull();
  });
});

describe("doubt, ending verbs and talks (decision 0180)", () => {
  it.each<Probe>([
    ["An invitation is unlikely in the near term.", "membership", "conditional", "doubt-for-now"],
    ["Quick accession to the bloc does not seem possible at the moment.", "membership", "conditional", "doubt-for-now"],
    ["A deployment of that size is simply unrealistic.", "troops", "opposes", "condemning-word"],
    ["Our people want a deal that will stop the madness.", "negotiations", "supports", "wanting-word"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));

  it("does not let a negated predicate reach across 'but'", () => {
    expect(stanceIn("Leaders talked about sending soldiers but did not agree.", "troops")).toBeNull();
  });

  it("reads a readiness to talk and an agreement reached as negotiations", () => {
    expect(classifyStatement({ quote: "both capitals signalled a readiness to talk" }).topics).toEqual(["negotiations"]);
    expect(classifyStatement({ quote: "an agreement could be reached within weeks" }).topics).toEqual(["negotiations"]);
  });
});

describe("openness, requirements, embedded questions and categorisations (decision 0180)", () => {
  it.each<Probe>([
    ["The government is open to putting its own soldiers on the ground there.", "troops", "conditional", "hedged-openness"],
    ["The cabinet is open to talks with Moscow.", "negotiations", "supports", "wanting-word"],
    ["Any hope of real negotiations requires a much stronger army first.", "negotiations", "conditional", "requirement-on-topic"],
    // "give up on" refuses; denied, it insists (decision 0610)
    ["The country would give up on its NATO membership.", "membership", "opposes", "negated-term"],
    ["The country would never give up on its NATO membership.", "membership", "supports", "denied-rejection"],
    ["As to whether we should have soldiers over there, I don't support that.", "troops", "opposes", "answer-to-question"],
  ])("%s → %s %s (%s)", (...probe) => expectStance(probe));

  it("does not read the name of a coalition as its members' willingness", () => {
    expect(stanceIn("The coalition of the willing met to discuss troops on Tuesday.", "troops")).toBeNull();
  });

  it("reads 'X is not Y' as a categorisation, not a refusal of X", () => {
    expect(stanceIn("A truce is not the end of our work.", "negotiations")).toBeNull();
    expect(stanceIn("Foreign troops are not welcome here.", "troops")).toMatchObject({ value: "opposes", rule: "negated-predicate" });
  });

  it("leaves wanting words inside an unanswered embedded question unread", () => {
    expect(stanceIn("They argued about whether the allies should send soldiers.", "troops")).toBeNull();
  });
});

describe("deployments spoken of as part of a settlement, and 'if' that names a subject (decision 0180)", () => {
  it("reads a deployment set in a settlement as conditional even with no predicate of support", () => {
    expect(stanceIn("The cabinet discussed the dispatch of soldiers as part of the guarantee of an armistice.", "troops")).toMatchObject({ value: "conditional", rule: "deployment-tied-to-settlement" });
    expect(stanceIn("The cabinet discussed the dispatch of soldiers to the region.", "troops")).toBeNull();
  });

  it("does not take 'if we are talking about X' for a condition on X", () => {
    expect(stanceIn("If we are talking about sending soldiers as part of a future truce, parliament decides.", "troops")).toMatchObject({ value: "conditional", rule: "deployment-tied-to-settlement" });
    expect(stanceIn("If soldiers are sent, parliament decides.", "troops")).toBeNull();
  });
});
