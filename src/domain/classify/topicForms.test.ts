// Topic forms of decision 0320, each on a sentence invented for this test, never one from an article: taking part
// with no object of talks names the force, the coalition that plans a force names the troops topic without a view
// on it, and a right or permission to join names membership.
import { describe, expect, it } from "vitest";
import { classifyStatement, topicsOf } from "./classify";

describe("taking part with no object of talks names the troops topic", () => {
  it.each([
    "Our navy could be involved once the guns fall silent.",
    "Dozens of states are getting involved in the mission.",
    "The smaller allies do not want to become involved.",
  ])("%s → troops", (sentence) => expect(topicsOf(sentence)).toContain("troops"));

  it("leaves a part in talks to the negotiations topic", () => {
    expect(topicsOf("The Europeans must be involved in the peace talks.")).not.toContain("troops");
    expect(topicsOf("Several envoys were involved in the mediation effort.")).not.toContain("troops");
  });

  it("judges a refused part as a refusal", () => {
    expect(classifyStatement({ quote: "Our country should not be involved." }).stance.troops?.value).toBe("opposes");
  });
});

describe("the coalition of the willing names the troops topic but bears no stance", () => {
  it("names troops", () => {
    expect(topicsOf("The coalition of the willing met again in Paris.")).toEqual(["troops"]);
  });

  it("takes no view on deploying from words about the coalition", () => {
    const { topics, stance } = classifyStatement({ quote: "Officers of the coalition of the willing are working hard on the plans." });
    expect(topics).toEqual(["troops"]);
    expect(stance.troops).toBeUndefined();
  });
});

describe("a right or permission to join names membership", () => {
  it.each([
    "The country has earned the right to join.",
    "They should be allowed to join without further delay.",
  ])("%s → membership", (sentence) => expect(topicsOf(sentence)).toContain("membership"));

  it("does not read joining forces as membership", () => {
    expect(topicsOf("The neighbours decided to join forces on energy.")).not.toContain("membership");
  });
});

describe("a quote about arms, aid or money has a subject of its own", () => {
  it("does not take the paragraph's topic", () => {
    const paragraph = "The minister spoke about peace talks. The artillery shells must arrive before spring, she said.";
    expect(classifyStatement({ quote: "The artillery shells must arrive before spring", paragraph }).topics).toEqual(["other"]);
  });

  it("still takes it for a quote with no subject of its own", () => {
    const paragraph = "The minister spoke about peace talks. We will see what happens next, she said.";
    expect(classifyStatement({ quote: "We will see what happens next", paragraph }).topics).toEqual(["negotiations"]);
  });

  it("keeps its own topic when it names one", () => {
    expect(classifyStatement({ quote: "No sanctions relief before a ceasefire" }).topics).toEqual(["negotiations"]);
  });
});

describe("envoys, go-betweens and the wish that the war go on name the negotiations topic", () => {
  it.each([
    "The government is ready to send a delegation to the capital next week.",
    "The Ukrainian and Russian delegations met for four hours.",
    "Our country keeps talking with both sides.",
    "Some capitals want the war to go on for years.",
    "A few governments want the fighting in the east to drag on.",
    "Our president keeps in touch with both Kremlin officials and Kyiv.",
    "Waiting will only prolong the conflict.",
  ])("%s → negotiations", (sentence) => expect(topicsOf(sentence)).toContain("negotiations"));

  it("reads wanting the war to go on as no backing of talks", () => {
    expect(classifyStatement({ quote: "They want the fighting to continue." }).stance.negotiations?.value).not.toBe("supports");
  });

  it("does not read accession negotiations as peace talks", () => {
    expect(topicsOf("The country opened accession negotiations with the union.")).not.toContain("negotiations");
  });
});

describe("a substitute for the alliance names membership without refusing it", () => {
  it("names membership and takes no stance from the negation", () => {
    const { topics, stance } = classifyStatement({ quote: "We do not want an alternative to NATO." });
    expect(topics).toEqual(["membership"]);
    expect(stance.membership?.value).not.toBe("opposes");
  });
});

describe("a subject of the quote's own outranks the reporter's frame and the paragraph", () => {
  it("keeps a remark about arms `other` though the frame names talks", () => {
    const { topics } = classifyStatement({ quote: "the priority is more ammunition for the front", frame: "the minister said before the peace talks" });
    expect(topics).toEqual(["other"]);
  });

  it("still takes the frame's topic for a quote with no subject of its own", () => {
    const { topics } = classifyStatement({ quote: "the priority is clear", frame: "the minister said of the peace talks" });
    expect(topics).toEqual(["negotiations"]);
  });

  it("reads troops bound for allied territory as the alliance's own defence, not the paragraph's topic", () => {
    const paragraph = "Kyiv wants to join NATO. Extra soldiers are heading to Estonia this week, the general said.";
    expect(classifyStatement({ quote: "Extra soldiers are heading to Estonia this week", paragraph }).topics).toEqual(["other"]);
  });
});

describe("an answer a paragraph or two after the interviewer's question is about what was asked", () => {
  it("takes the question's topic when its own paragraph names none", () => {
    const { topics } = classifyStatement({ quote: "We will decide that with our partners", paragraph: "We will decide that with our partners.", answered: "Would your government send soldiers?" });
    expect(topics).toEqual(["troops"]);
  });

  it("lets the answer's own paragraph speak first", () => {
    const paragraph = "Peace talks are not for now. We will decide that with our partners.";
    const { topics } = classifyStatement({ quote: "We will decide that with our partners", paragraph, answered: "Would your government send soldiers?" });
    expect(topics).toEqual(["negotiations"]);
  });
});

describe("the alliance's own mutual guarantee names membership", () => {
  it.each([
    "Only NATO guarantees would deter another invasion.",
    "The offer was an Article 5-like pledge from the allies.",
    "Members promise to defend one another.",
  ])("%s → membership", (sentence) => expect(topicsOf(sentence)).toContain("membership"));

  it("reads security guarantees spoken of with it as membership, not talks", () => {
    expect(topicsOf("Only the mutual-defence clause offers real security guarantees.")).toEqual(["membership"]);
  });
});

// Decision 0435: membership of another union is not the membership topic.
describe("membership of another union", () => {
  it.each([
    "The country has applied for EU membership and hopes for a quick answer.",
    "Full European Union accession will take many years.",
    "A candidate for EU accession must first reform its courts.",
    "Membership of the eurozone is a question for later.",
  ])("%s → not membership", (sentence) => expect(topicsOf(sentence)).not.toContain("membership"));

  it.each([
    "Membership of both the EU and NATO is our aim.",
    "EU membership is welcome, but NATO membership is what keeps us safe.",
    "The alliance discussed membership at length.",
  ])("%s → membership", (sentence) => expect(topicsOf(sentence)).toContain("membership"));
});
