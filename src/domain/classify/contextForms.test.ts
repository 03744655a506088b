// Forms of decision 0240, each on a sentence invented for this test, never one from an article: upholding a
// settlement names the troops topic, security guarantees and a part in talks say nothing on talking now, others'
// consensus or division is a description, a refused form of force with another offered is conditional, a prefix
// "non-" denies its term, and a demand inside an embedded question is asked.
import { describe, expect, it } from "vitest";
import { classifyStatement, stanceIn, topicsOf } from "./classify";

describe("upholding a settlement once made names the troops topic, conditional on it", () => {
  it.each([
    "Our battalion could help keep the peace along the river.",
    "The brigade would monitor a truce between the two sides.",
    "We will take part in ensuring compliance with any armistice.",
    "They asked how such a ceasefire, once signed, can be guaranteed.",
  ])("%s → troops", (sentence) => expect(topicsOf(sentence)).toContain("troops"));

  it("does not read bringing a settlement about as upholding it", () => {
    expect(topicsOf("The envoys worked to secure a truce before winter.")).not.toContain("troops");
    expect(topicsOf("We must reach a peace agreement this year.")).not.toContain("troops");
  });

  it("makes a contribution to upholding a truce conditional, and leaves the truce itself without a stance", () => {
    const { stance } = classifyStatement({ quote: "If a truce is signed, then we will discuss our part in policing the truce." });
    expect(stance.troops?.value).toBe("conditional");
    expect(stance.negotiations).toBeUndefined();
  });
});

describe("security guarantees name talks but backing or conditioning them is no view on talking now", () => {
  it("takes no stance on talks from backing guarantees", () => {
    expect(stanceIn("Our first task must be providing strong security guarantees.", "negotiations")).toBeNull();
    expect(stanceIn("The treaty on security guarantees is nearly ready.", "negotiations")).toBeNull();
    expect(stanceIn("Partners would give security guarantees if the aggressor struck again.", "negotiations")).toBeNull();
  });

  it("still reads a demand on what the guarantees must be", () => {
    expect(stanceIn("Any security guarantees must be backed by the largest ally.", "negotiations")).toMatchObject({ value: "conditional", rule: "requirement-on-topic" });
  });
});

describe("who takes part in talks is not whether to talk", () => {
  it("reads a demanded seat as a condition on the talks", () => {
    expect(stanceIn("The region must have a real role in any negotiations.", "negotiations")).toMatchObject({ value: "conditional", rule: "seat-at-talks" });
    expect(stanceIn("Small states should be at the heart of the peace talks.", "negotiations")).toMatchObject({ value: "conditional", rule: "seat-at-talks" });
  });

  it("reads a described role as no stance", () => {
    expect(stanceIn("The union has an important role to play in building peace.", "negotiations")).toBeNull();
  });
});

describe("others' consensus or division describes them", () => {
  it("takes no stance from a consensus that is missing", () => {
    expect(stanceIn("The capitals reached no consensus about a deployment of soldiers.", "troops")).toBeNull();
  });

  it("reads a missing consensus limited to the present as not now", () => {
    expect(stanceIn("For now the allies have no consensus on sending soldiers.", "troops")).toMatchObject({ value: "conditional", rule: "undecided-for-now" });
  });

  it("takes no stance from a division among others", () => {
    expect(stanceIn("The capitals are divided over how to word the invitation.", "membership")).toBeNull();
    expect(stanceIn("There are different views on the pace of accession, but that is normal.", "membership")).toBeNull();
    const { stance } = classifyStatement({ quote: "There are differing opinions on that, and the only way to decide is together.", paragraph: "The summit weighed Kyiv's membership." });
    expect(stance.membership).toBeUndefined();
  });
});

describe("refusals that are limits, and denials by prefix", () => {
  it("reads a refused form of force with another offered as conditional", () => {
    expect(stanceIn("Our country will not send soldiers, but it will help with air defence.", "troops")).toMatchObject({ value: "conditional", rule: "refusal-with-other-form" });
    expect(stanceIn("Our country will not send soldiers, but it backs the diplomatic effort.", "troops")).toMatchObject({ value: "opposes" });
  });

  it("reads non- as a denial of its term", () => {
    expect(stanceIn("The draft treaty would commit the country to non-membership.", "membership")).toMatchObject({ value: "opposes", rule: "negated-term" });
  });

  it("reads a demand inside a whether-question as asked, not made", () => {
    expect(stanceIn("It is unclear whether the truce should already hold by then.", "negotiations")).toBeNull();
  });

  it("does not take troops bound for member states, or invited peacekeepers, for the topics they resemble", () => {
    expect(topicsOf("Its brigades will be stationed in other member states for their defence.")).not.toContain("troops");
    expect(topicsOf("We suggested inviting peacekeepers to guard the plant.")).not.toContain("membership");
  });
});

describe("small word classes", () => {
  it("reads settling a crisis through talks and a readiness to discuss as talks", () => {
    expect(topicsOf("He favoured ending the crisis through talks.")).toContain("negotiations");
    expect(topicsOf("The envoys signalled readiness to discuss the proposal.")).toContain("negotiations");
  });

  it("reads becoming a member of the alliance under its own name, and becoming part of the war", () => {
    expect(topicsOf("The country can become a NATO member after the reforms.")).toContain("membership");
    expect(stanceIn("The alliance does not intend to become part of the war.", "troops")).toMatchObject({ value: "opposes" });
  });

  it("reads the noun of an unacceptable thing as condemning it", () => {
    expect(stanceIn("He spoke of the unacceptability of foreign soldiers in the region.", "troops")).toMatchObject({ value: "opposes", rule: "condemning-word" });
  });
});

describe("a denied doubt affirms what it governs", () => {
  it.each([
    "There can be no doubt about the country's road to membership.",
    "There can be no hesitation over letting the country join the military alliance.",
  ])("%s → membership supports", (sentence) => expect(stanceIn(sentence, "membership")).toMatchObject({ value: "supports", rule: "denied-doubt" }));

  it("leaves 'no question of' a refusal", () => {
    expect(stanceIn("There is no question of sending soldiers.", "troops")).toMatchObject({ value: "opposes" });
  });
});

describe("a settlement named as the setting of membership", () => {
  it("takes no stance on talks from a clause that judges membership", () => {
    expect(stanceIn("Accession to the alliance was never part of any peace deal.", "negotiations")).toBeNull();
    expect(stanceIn("Joining NATO and a truce are two separate matters.", "negotiations")).toBeNull();
  });

  it("still reads a settlement made to wait on membership", () => {
    expect(stanceIn("A settlement is possible only if Kyiv drops its bid to join NATO.", "negotiations")).toMatchObject({ value: "conditional" });
  });
});

describe("an order of steps, a clarity to wait for, a mandate to obtain", () => {
  it.each<[string, "troops" | "negotiations" | "membership"]>([
    ["Membership can come, but the country first has to prevail.", "membership"],
    ["The first step is a just settlement, and only then talks on anything else.", "negotiations"],
    ["We will speak about our soldiers when it is clear what the guarantees are.", "troops"],
    ["A parliamentary mandate is required before any soldiers leave.", "troops"],
  ])("%s → conditional", (sentence, topic) => expect(stanceIn(sentence, topic)).toMatchObject({ value: "conditional", rule: "condition-phrase" }));
});

describe("materiel deployed is no deployment that sets a settlement", () => {
  it("judges talks about not deploying missiles on their own", () => {
    expect(stanceIn("We are ready to negotiate on not deploying missiles near the border.", "negotiations")).toMatchObject({ value: "supports" });
  });
});

describe("the manner of doing it is no view on doing it", () => {
  it.each([
    "Talks with the other side are best kept confidential.",
    "Negotiations are not something to conduct in public.",
  ])("%s → no stance on talks", (sentence) => expect(stanceIn(sentence, "negotiations")).toBeNull());
});

describe("a veto denied keeps the door open", () => {
  it("reads no veto over membership as hedged openness", () => {
    expect(stanceIn("We will not give anyone a veto over membership.", "membership")).toMatchObject({ value: "conditional", rule: "condition-phrase" });
  });
});

describe("a negation between a predicate and the term takes the predicate's place", () => {
  it("does not read urging not to wait for a truce as urging a truce", () => {
    expect(stanceIn("The envoy urged capitals not to wait until an armistice is signed.", "negotiations")).toBeNull();
    expect(stanceIn("She urged the partners to agree a truce.", "negotiations")).toMatchObject({ value: "supports" });
  });
});

describe("an impetus or a step forward is a positive evaluation", () => {
  it("reads a new impetus to the peace process as backing it", () => {
    expect(stanceIn("The round in the capital gave a real impetus to the peace process.", "negotiations")).toMatchObject({ value: "supports", rule: "wanting-word" });
  });
});

describe("a meeting named by both its sides", () => {
  it("reads a meeting of the two warring sides as talks", () => {
    expect(topicsOf("A Kyiv-Moscow summit is being prepared.")).toContain("negotiations");
    expect(topicsOf("They were left out of the US-Russia talks.")).toContain("negotiations");
    expect(topicsOf("The France-Germany meeting covered trade.")).not.toContain("negotiations");
  });

  it("does not read a proposal, the noun, as proposing", () => {
    expect(stanceIn("They were left out of the US-Russia talks and came up with proposals.", "negotiations")).toBeNull();
  });
});

// Decision 0290: where the quote takes no position, the reporter's frame decides even when the quote names the topic,
// and then the headline by the words that decide wherever they stand. Invented sentences.
describe("the reporter's frame decides only where the quote is silent", () => {
  const silent = "The troops were the first item at the meeting.";

  it("reads a refusing verb in the frame of a quote that names the topic", () => {
    const { stance, decidedBy } = classifyStatement({ quote: silent, frame: "she said, ruling out sending troops" });
    expect(stance.troops?.value).toBe("opposes");
    expect(decidedBy.stance.troops?.source).toBe("frame");
  });

  it("does not read a bare negation in the frame", () => {
    expect(classifyStatement({ quote: silent, frame: "she said, not mentioning troops" }).stance.troops).toBeUndefined();
  });

  it("does not read the headline: it sums up the story, not each remark in it", () => {
    expect(classifyStatement({ quote: silent, headline: "Minister: troops only after a ceasefire" }).stance.troops).toBeUndefined();
    expect(classifyStatement({ quote: silent, headline: "Sending troops would be dangerous, minister warns" }).stance.troops).toBeUndefined();
    expect(classifyStatement({ quote: silent, headline: "Minister backs sending troops" }).stance.troops).toBeUndefined();
  });

  it("lets the quote's own position win over the headline", () => {
    expect(classifyStatement({ quote: "We will never send troops.", headline: "Troops only after a ceasefire" }).stance.troops?.value).toBe("opposes");
  });
});
