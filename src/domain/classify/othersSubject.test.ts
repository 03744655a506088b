// The clause subject of a stance cue (decision 0650): a cue whose clause has someone else as its subject reports that
// actor's position, not the speaker's; the speaker, an inanimate subject, a modal of demand, a passive and an
// infinitive governed by another verb keep the stance. Sentences and names invented for this test.
import { describe, expect, it } from "vitest";
import { classifyStatement } from "./classify";
import { otherActorIn, subjectHeadBefore } from "./cueSubject";
import type { StanceTopic, StanceValue } from "../extract/types";

const voice = { speaker: "Anna Tester", speakerCountry: "ee", direct: false, otherPeople: ["Bram Quill", "Quill"] } as const;
const decide = (quote: string, topic: StanceTopic) => {
  const result = classifyStatement({ quote, ...voice, otherPeople: [...voice.otherPeople] });
  return { value: result.stance[topic]?.value ?? null, rule: result.decidedBy.stance[topic]?.rule ?? null };
};

describe("the subject of the cue's clause", () => {
  it.each([
    ["Quill had quietly dropped membership from the agenda", "dropped", "Quill"],
    ["President Bram Quill’s administration had offered strong guarantees", "offered", "President Bram Quill’s administration"],
    ["Bram Quill said the republic is not ready for membership", "not ready", "the republic"],
    ["A Quill-Tester meeting in Example City is still possible", "still possible", "A Quill-Tester meeting"],
    ["Moscow does not want talks", "want", "Moscow"],
    ["Quill did not want a truce and it is impossible to meet him", "impossible", "it"],
  ])("%s: before “%s” → %s", (sentence, cue, head) => expect(subjectHeadBefore(sentence, sentence.indexOf(cue))).toBe(head));
  it.each([
    ["the neighbours must accept talks", "accept"],
    ["so that the aggressor is forced to make peace", "forced"],
    ["the ministers urged Bram Quill to accept a truce", "accept"],
    ["Bram Quill, the envoy for the region, has proposed a truce", "proposed"],
    ["she felt heartened that the Kremlin is now working on a truce", "working"],
  ])("%s: no subject of its own before “%s”", (sentence, cue) => expect(subjectHeadBefore(sentence, sentence.indexOf(cue))).toBeNull());
});

describe("who the subject is", () => {
  const others = /(?<!\p{L})(?:Russia|Moscow|the Kremlin)(?!\p{L})/gu;
  const base = { pronounIsOther: false, otherPeople: ["Quill"], speaker: "Anna Tester", others, own: null };
  it.each(["Moscow", "the Kremlin", "Quill", "Bram Quill", "President Bram Quill’s administration", "Bram Quill's plan", "both sides", "all parties"])("%s is someone else", (head) =>
    expect(otherActorIn(head, base)).not.toBeNull(),
  );
  it.each(["we", "I", "the republic", "26 countries", "The North Atlantic Treaty Organization", "Anna Tester", "Secretary General", "he", "the talks"])("%s is not someone else", (head) =>
    expect(otherActorIn(head, base)).toBeNull(),
  );
  it("a third-person pronoun is someone else in the first person", () => expect(otherActorIn("he", { ...base, pronounIsOther: true })).toBe("he"));
  it("a speaker's own side is not someone else", () => expect(otherActorIn("Moscow", { ...base, own: /(?<!\p{L})Moscow(?!\p{L})/gu })).toBeNull());
});

describe("a cue with someone else as its subject takes no stance", () => {
  it.each<[string, StanceTopic]>([
    ["Bram Quill is sincerely working toward a peace deal.", "negotiations"],
    ["Bram Quill had taken the republic joining NATO off the table.", "membership"],
    ["President Bram Quill’s administration had offered strong security guarantees in the latest negotiations.", "negotiations"],
    ["Both parties agreed to brief their ministers about the negotiations.", "negotiations"],
    ["Bram Quill's plan for the republic includes NATO membership.", "membership"],
  ])("%s → no stance on %s (others-subject)", (quote, topic) => expect(decide(quote, topic)).toEqual({ value: null, rule: "others-subject" }));
  it.each<[string, StanceTopic, StanceValue]>([
    ["We are working toward a peace deal.", "negotiations", "supports"],
    ["Moscow must agree to a ceasefire.", "negotiations", "supports"],
    ["Bram Quill's plan for a settlement must include the border.", "negotiations", "conditional"],
    ["The republic is not ready for membership.", "membership", "conditional"],
    ["The North Atlantic Treaty Organization will not deploy troops there.", "troops", "opposes"],
    ["We back firm support for Bram Quill's peace plan.", "negotiations", "supports"],
  ])("keeps %s → %s %s", (quote, topic, value) => expect(decide(quote, topic).value).toBe(value));
});
