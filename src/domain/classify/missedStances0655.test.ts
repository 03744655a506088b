// Stances the classifier used to miss, third pass (decision 0655), each on a sentence invented for this test, beside the
// form it must not take: a good consequence of the term as the subject of a modal; a war as what a step would bring; an
// option kept open with a pronoun ("not ruling anything out"); a realism denied with an article; "on the side of" a term,
// and a contrast that sets the term aside; a focus named as the aim; a bloc status read as the other side of joining; the term
// wanted under a condition ("if we want …, we must …").
import { describe, expect, it } from "vitest";
import { CONDITION_PHRASE, condemningWordIn, stanceIn } from "./classify";
import type { StanceTopic, StanceValue } from "../extract/types";

/** A sentence, the stance it must take on the topic (null: none), and the rule and evidence that must decide it. */
type Row = readonly [sentence: string, value: StanceValue | null, rule?: string, evidence?: string];

function decides(topic: StanceTopic, rows: readonly Row[]): void {
  for (const [sentence, value, rule, evidence] of rows)
    it(`${sentence} → ${topic}: ${value ?? "no stance"}`, () => {
      const found = stanceIn(sentence, topic);
      if (value === null) expect(found, sentence).toBeNull();
      else expect(found, sentence).toMatchObject({ value, ...(rule ? { rule } : {}), ...(evidence ? { evidence } : {}) });
    });
}

describe("a good consequence of the term as its subject is for it, whatever the modal", () => {
  decides("membership", [
    ["Full membership in the alliance would make the whole region safer, the senator argued.", "supports", "good-consequence", "would make the whole region safer"],
    ["An invitation to join NATO will lift the morale of the army.", "supports", "good-consequence", "will lift the morale"],
    ["Only membership of NATO can guarantee the country's security, Ms Varga insisted.", "supports", "good-consequence"],
    ["Joining NATO could bring a lasting peace closer.", "supports", "good-consequence", "could bring a lasting peace closer"],
    // not a consequence that brings a war closer, nor a consequence asked about
    ["Joining NATO would bring the region closer to a war.", null],
  ]);
});

describe("a war as what a step would bring condemns the step", () => {
  decides("troops", [
    ["Sending Western troops to the front could trigger a third world war.", "opposes", "condemning-word"],
    ["A deployment of ground troops would mean a direct war with Russia.", "opposes", "condemning-word"],
  ]);
  it("an end of the war is no war brought about", () => {
    expect(condemningWordIn("A ceasefire would lead to the end of the war.")).toBeNull();
  });
});

describe("an option kept open with a pronoun or 'nothing' as the object of 'rule out'", () => {
  decides("troops", [
    ["On sending troops, the president said he was not ruling anything out.", "conditional", "condition-phrase", "not ruling anything out"],
    ["On sending troops, we rule nothing out.", "conditional", "condition-phrase"],
  ]);
  it("a pronoun as the object of a denied 'rule out'", () => {
    expect(CONDITION_PHRASE.exec("Sending troops? I won't rule it out.")?.[0]).toBe("won't rule it out");
  });
});

describe("a realism denied with an article is doubt", () => {
  decides("membership", [
    ["Ukraine joining NATO is not a realistic outcome of this war.", "opposes", "condemning-word"],
    ["Ukraine joining NATO is not “a realistic goal” for now.", "conditional"],
  ]);
});

describe("'on the side of' a term backs it; a contrast sets the term aside", () => {
  decides("negotiations", [
    ["Our government stands firmly on the side of dialogue.", "supports", "wanting-word", "firmly on the side of"],
    ["We are on the side of the brave, instead of calling surrender 'negotiations'.", null],
  ]);
});

describe("a focus named as the aim", () => {
  decides("negotiations", [
    ["Her focus remains on restarting negotiations.", "supports", "aim-or-means", "focus remains on"],
  ]);
});

describe("a bloc status is the other side of joining where no term of joining is named", () => {
  decides("membership", [
    ["We want a neutral status for the country.", "opposes", "bloc-status", "want … neutral status"],
    ["Kyiv is willing to accept neutrality.", "conditional", "bloc-status-offered"],
    // a term of joining decides first
    ["Kyiv will never give up joining NATO for neutrality.", "supports", "denied-rejection"],
  ]);
});

describe("the term wanted under a condition is conditional on what the main clause says it takes", () => {
  decides("negotiations", [
    ["If we want a lasting ceasefire, we have to arm the defenders.", "conditional", "wanted-in-condition", "If we want"],
    ["If Moscow is serious about a truce, it should stop the shelling.", "conditional", "wanted-in-condition", "If Moscow is serious about"],
    // a condition of another kind still leaves the term hypothetical
    ["If a ceasefire holds, the troops go home.", null],
  ]);
});
