// The general cues of a statement on a stance topic, on sentences written for these tests (decision 0205).
import { describe, expect, it } from "vitest";
import { classifyStatement, namedOtherSubject } from "./classify";
import { stanceCues } from "./cues";

const names = (quote: string, extra: Parameters<typeof stanceCues>[0] = { quote }) =>
  stanceCues({ ...extra, quote }, "troops", "quote", null).map((c) => c.name);

describe("stance cues", () => {
  it("names the lexicon classes on the topic, in the quote and in the reporter's words", () => {
    const cues = names("We will not send soldiers until a truce holds.", { quote: "", frame: "the minister said, urging caution", direct: true });
    expect(cues).toEqual(expect.arrayContaining(["topic:troops", "rule:none", "rule-says:nothing", "topic-from:quote", "kind:direct", "near:negation", "near:connective", "near:first-person", "frame:backing"]));
  });

  it("reads only the quote's sentences that name the topic when some do", () => {
    const cues = names("That would be a mistake. Our soldiers stay at home.");
    expect(cues).not.toContain("near:condemning");
  });

  it("carries the rules' verdict and the words it rests on", () => {
    const cues = stanceCues({ quote: "Troops could be sent." }, "troops", "quote", { rule: "modal-hedge", value: "conditional", evidence: "could … sent", source: "quote" });
    expect(cues.find((c) => c.name === "rule:modal-hedge")?.evidence).toBe("could … sent");
    expect(cues.map((c) => c.name)).toContain("rule-says:conditional");
  });

  it("marks a position someone other than the speaker holds", () => {
    const cues = names("Jane Example wants soldiers sent to the border region.", { quote: "", speaker: "John Sample" });
    expect(cues).toContain("named-other-speaks");
  });
});

describe("a position the speaker attributes to someone else", () => {
  it("finds a name the article prints for another person, as the subject of a saying or wanting verb", () => {
    expect(namedOtherSubject("Sample said that the allies are ready to send troops", { otherPeople: ["Sample"] })).toBe("Sample said");
    expect(namedOtherSubject("Samplestad is ready", { otherPeople: ["Sample"] })).toBeNull();
  });

  it("finds a full name that shares no word with the speaker's", () => {
    expect(namedOtherSubject("Jane Example is ready to send troops", { speaker: "John Sample" })).toBe("Jane Example is ready");
    expect(namedOtherSubject("John Sample is ready to send troops", { speaker: "John Sample" })).toBeNull();
    expect(namedOtherSubject("The Alliance wants troops there", { speaker: "John Sample" })).toBeNull();
    expect(namedOtherSubject("the United Kingdom is prepared to help", { speaker: "John Sample" })).toBeNull();
  });

  it("takes no stance of the speaker's own from it", () => {
    const result = classifyStatement({ quote: "Jane Example wants troops sent to the front.", speaker: "John Sample" });
    expect(result.stance.troops).toBeUndefined();
    expect(result.decidedBy.stance.troops).toEqual({ rule: "reported-other", source: "quote" });
    expect(classifyStatement({ quote: "We want troops sent to the front.", speaker: "John Sample" }).stance.troops?.value).toBe("supports");
  });
});
