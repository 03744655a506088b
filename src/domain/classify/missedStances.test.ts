// Stances the classifier used to miss, by mechanism (decision 0570), each on a sentence invented for this test: a good
// judgement of how talks go, membership named with a requirement in the clause of a settlement, the term named as the
// aim or the means, an impossibility denied, a settlement pressed for by a penalty for its absence, a requirement stated
// of what a step must come with, "toward" beside "towards"; and a stance taken where there is none: a denied past act.
// Each mechanism is listed with the form it must not take. Then those of decision 0605, in reporting shapes: talks named by a
// possessive, "new" or a judging adjective; the term as what is needed, planned or the means; a time or a condition added
// after a dash; a settlement wanted "as soon as possible"; a settlement sought or pursued. Then those of decision 0655: a good
// consequence of the term as the subject of a modal; a war as what a step would bring; "rule anything/it/nothing out";
// a realism denied with an article; "on the side of" a term and a contrast that sets the term aside; a focus named as the
// aim; a bloc status read as the other side of joining; the term wanted under a condition ("if we want …, we have to …").
import { describe, expect, it } from "vitest";
import { CONDITION_PHRASE, condemningWordIn, topicsOf } from "./classify";
import { decides } from "./decidesStance.testing";

describe("a good judgement of how talks go is for them", () => {
  decides("negotiations", [
    ["The envoy said the talks were long but fruitful.", "supports", "talks-judged-good", "fruitful"],
    ["Those talks with Moscow were frank and productive.", "supports", "talks-judged-good", "productive"],
    ["She described a constructive meeting with Putin in the capital.", "supports", "talks-judged-good", "constructive"],
    ["The next round of talks could be productive.", "conditional", "modal-hedge"],
  ]);
  // of a force these words judge nothing one could send
  decides("troops", [["The peacekeepers played a constructive part in the exercise.", null]]);
});

describe("membership named with a requirement in the clause of a settlement is a term demanded of it", () => {
  decides("negotiations", [
    ["A pledge of lasting non-membership for Ruritania is a precondition for any settlement.", "conditional", "membership-in-terms", "precondition"],
    ["Any peace deal must answer the question of NATO membership for Ruritania.", "conditional", "membership-in-terms", "must"],
    ["Without a word on NATO's enlargement, the talks will not succeed.", "conditional", "membership-in-terms", "Without"],
    // an assessment of what a settlement may hold demands nothing
    ["Membership for Ruritania is not a likely outcome of a negotiated settlement.", null],
  ]);
});

describe("the term named as the aim or the means is backed", () => {
  decides("negotiations", [
    ["The minister named a ceasefire as her first priority.", "supports", "aim-or-means", "priority"],
    ["Our aim this spring was to agree a truce.", "supports", "aim-or-means", "aim"],
    ["The dispute can be settled only by dialogue.", "supports", "aim-or-means", "settled only by"],
    ["He said the answer to this war lies in direct talks with Moscow.", "supports", "aim-or-means", "answer to this war lies in"],
    ["There is a window of opportunity for negotiations this winter.", "supports", "aim-or-means", "opportunity for"],
    // the aim of the talks describes them
    ["The aim of the talks in Vienna is unclear.", null],
  ]);
});

describe("an impossibility denied keeps the option open", () => {
  decides("troops", [
    ["A mission of allied soldiers in Ruritania is not unthinkable.", "conditional", "condition-phrase", "not unthinkable"],
    ["Sending troops there isn't entirely out of the question.", "conditional", "condition-phrase", "isn't entirely out of the question"],
    ["Sending troops there is impossible.", "opposes", "condemning-word", "impossible"],
  ]);
});

describe("a denied act in the past reports what happened, it refuses nothing", () => {
  decides("troops", [
    ["Frankly, we did not move any troops there.", null],
    ["The ministry says they haven't deployed any soldiers in Ruritania.", null],
    // a denied will, or a refusal in the future, is still a refusal
    ["The alliance did not intend to deploy soldiers in Ruritania.", "opposes", "negated-term"],
    ["We will not send soldiers to Ruritania.", "opposes", "negated-term"],
  ]);
});

describe("a penalty threatened for a settlement's absence presses for it", () => {
  decides("negotiations", [
    ["Washington will impose heavy tariffs on Moscow if a peace deal isn't reached within a month.", "supports", "settlement-pressed", "tariffs … isn't"],
    ["There will be sanctions if they fail to agree a truce by spring.", "supports", "settlement-pressed", "sanctions … fail to"],
    // without a penalty for its absence a settlement inside a condition stays hypothetical
    ["If there is no deal, the fighting will go on.", null],
    ["If a truce holds, the sanctions could be eased.", null],
  ]);
});

describe("a requirement stated of what a step must come with is a condition", () => {
  decides("negotiations", [
    ["Any talks can start, but the consent of the neighbours is required.", "conditional", "condition-phrase", "is required"],
    ["On the peace talks, our friends' interests must be taken into account.", "conditional", "condition-phrase", "must be taken into account"],
  ]);
  decides("troops", [["Before any troops go, firm rules of engagement are absolutely mandatory.", "conditional", "condition-phrase", "are absolutely mandatory"]]);
});

describe("a verb of working for the term, in either spelling of its preposition", () => {
  decides("negotiations", [
    ["The envoys are working toward a ceasefire.", "supports", "wanting-word", "working toward"],
    ["The envoys are working towards a ceasefire.", "supports", "wanting-word", "working towards"],
  ]);
});

describe("talks named by a possessive, by 'new' or by a judging adjective", () => {
  it.each([
    "The envoy called their talks in the desert long.",
    "A new round of talks is set for the spring.",
    "Ministers held fruitful talks in Geneva on Tuesday.",
  ])("%s names the negotiations topic", (sentence) => expect(topicsOf(sentence)).toContain("negotiations"));
  decides("negotiations", [
    ["The minister described our talks as very useful.", "supports", "talks-judged-good", "useful"],
    ["He held constructive talks with the envoy of Ruritania.", "supports", "talks-judged-good", "constructive"],
  ]);
  // "talks" with no determiner and no judgement stays unnamed: a lecture or a visit "talks" too
  it("bare 'talks' names nothing", () => expect(topicsOf("He talks every week with his students.")).toEqual([]));
});

describe("the term as what is needed, planned or the means is backed", () => {
  decides("negotiations", [
    ["The premier stressed the need for dialogue between the two capitals.", "supports", "aim-or-means", "need for"],
    ["She outlined her plans for a ceasefire along the river.", "supports", "aim-or-means", "plans for"],
    ["Both sides should settle their quarrel through direct negotiations.", "supports"],
    ["The quarrel over the border is to be handled by way of diplomacy.", "supports", "aim-or-means", "by way of"],
    // denied, the need is a refusal
    ["He said there was no need for talks with the junta.", "opposes"],
    // "through" that does not lead to the term governs nothing
    ["The talks went on through the night.", null],
  ]);
});

describe("a time or a condition added after a dash limits the clause before it", () => {
  decides("troops", [
    ["The allies are preparing to send soldiers to Ruritania – the plans are ready once a ceasefire is signed.", "conditional", "condition-scope"],
    ["The allies are preparing to send soldiers to Ruritania - ready to go after a truce holds.", "conditional", "condition-scope"],
    // a dash that adds no time or condition leaves the clause as it is
    ["The allies are ready to send soldiers to Ruritania – a big step for them.", "supports"],
  ]);
});

describe("a settlement wanted as soon as possible is backed; 'as … as possible' is no hedge", () => {
  decides("negotiations", [
    ["Reaching a truce as soon as possible is in everyone's interest.", "supports", "wanting-word", "as soon as possible"],
    ["Our side wants a truce signed as quickly as possible.", "supports", "wanting-word"],
    // a real hedge still makes it conditional
    ["A truce is possibly welcome.", "conditional", "modal-hedge", "possibly … welcome"],
  ]);
});

describe("a settlement sought or pursued is backed", () => {
  decides("negotiations", [
    ["The two presidents will keep talking in pursuit of peace.", "supports", "wanting-word", "in pursuit of"],
    ["Ruritania seeks a ceasefire before the winter.", "supports", "wanting-word", "seeks"],
    ["They pursued a negotiated settlement for months.", "supports", "wanting-word", "pursued"],
    // set aside by a contrast, the seeking backs nothing
    ["They used the talks to regroup rather than seeking a truce.", null],
  ]);
  decides("membership", [["Kyiv has long sought membership of NATO.", "supports", "wanting-word", "sought"]]);
});

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
    ["Sending Western troops to the front could well spark a world war.", "opposes", "condemning-word"],
    ["A deployment of ground troops would mean a direct war with Russia.", "opposes", "condemning-word"],
  ]);
  it("an end of the war is no war brought about", () => {
    expect(condemningWordIn("A truce could lead to a swift end of hostilities and war.")).toBeNull();
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
    ["Joining the alliance is not a realistic prospect this decade.", "opposes", "condemning-word"],
    ["Joining the alliance is not “a realistic goal” for now.", "conditional"],
  ]);
});

describe("'on the side of' a term backs it; a contrast sets the term aside", () => {
  decides("negotiations", [
    ["Our government stands firmly on the side of dialogue.", "supports", "wanting-word", "firmly on the side of"],
    ["They remain on the side of courage, instead of calling surrender 'negotiations'.", null],
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
