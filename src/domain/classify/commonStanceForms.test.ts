// Common ways of taking a stance in wire, agency and broadcast copy (decision 0720): an invented set, written before any rule
// of that decision, of reported and direct sentences with many verbs and constructions for each topic and stance, and
// sentences that take none, each read as one statement's words. Kept here are the rows the stance stage decides as
// expected; the rows it still misses (most of them topic terms, not stance cues) are listed in the decision record. The
// speaker's country is given where the speaker's own side is the subject ("The Kremlin rejected …" said by a Kremlin official).
import { describe, expect, it } from "vitest";
import { classifyStatement } from "./classify";
import { decidesAs } from "./decidesStance.testing";
import type { StanceTopic } from "../extract/types";

describe("negotiations: supports", () => {
  decidesAs("negotiations", [
    ["The minister called for an immediate ceasefire along the whole front line.", "supports"],
    ["Beijing welcomed the resumption of talks between Moscow and Kyiv.", "supports"],
    ["\"We are ready to sit down at the negotiating table tomorrow,\" the spokesman said.", "supports"],
    ["The chancellor urged both sides to return to the negotiating table.", "supports"],
    ["Erdogan said Turkey stood ready to host a new round of peace talks in Istanbul.", "supports"],
    ["A negotiated settlement is the only realistic way to end the bloodshed, she told reporters.", "supports"],
    ["The Vatican envoy said a truce was urgently needed to save lives.", "supports"],
    ["The pope appealed for a ceasefire and a return to dialogue.", "supports"],
    ["He praised the ceasefire proposal as a step towards ending the war.", "supports"],
    ["Lula said Brazil would keep pushing for peace negotiations.", "supports"],
    ["\"Diplomacy is the way out of this war,\" the foreign minister said.", "supports"],
    ["The Kremlin said it remained open to negotiations with Ukraine.", "supports", "ru"],
    ["Orban said Europe should start peace talks with Russia as soon as possible.", "supports"],
    ["The president said he wanted the fighting to stop through a negotiated deal.", "supports"],
    ["\"We fully back the American peace initiative,\" the prime minister said.", "supports"],
    ["Scholz said he was in favour of talks that could lead to a ceasefire.", "supports"],
    ["The envoy expressed hope that a peace agreement could be signed before the end of the year.", "supports"],
    ["India has consistently advocated dialogue and diplomacy to resolve the conflict, the minister said.", "supports"],
    ["Zelensky said Ukraine was prepared to accept a full ceasefire of thirty days.", "supports"],
    ["The senator said it was time for a peace deal.", "supports"],
    ["\"It is high time to start negotiations,\" he said.", "supports"],
    ["China reiterated its support for a political settlement of the crisis.", "supports"],
    ["The summit statement encouraged the parties to engage in direct talks.", "supports"],
    ["Putin said Russia had never refused to negotiate.", "supports", "ru"],
    ["The premier called on Moscow to agree to an unconditional ceasefire.", "supports"],
    ["We will spare no effort to bring about a just peace, the president said.", "supports"],
  ]);
});

describe("negotiations: conditional", () => {
  decidesAs("negotiations", [
    ["Any ceasefire must be backed by solid security guarantees, the minister said.", "conditional"],
    ["Kyiv will only negotiate once Russian troops have withdrawn from its territory, the adviser said.", "conditional"],
    ["\"Peace, yes, but not at any price,\" the president said.", "conditional"],
    ["The minister said a deal was possible if Moscow accepted Ukraine's sovereignty.", "conditional"],
    ["Peskov said Moscow would agree to a truce only if the West stopped arming Ukraine.", "conditional", "ru"],
    ["Whether and when to negotiate is up to Kyiv to decide, the chancellor said.", "conditional"],
    ["He said a ceasefire had to come with guarantees that Russia would not attack again.", "conditional"],
    ["The foreign minister said there could be no peace deal without Ukraine at the table.", "conditional"],
    ["Negotiations are welcome, but they have to respect international law, the spokeswoman said.", "conditional"],
    ["Russia is ready for talks provided its security interests are taken into account, Lavrov said.", "conditional", "ru"],
    ["A ceasefire that freezes the front line would only reward the aggressor unless it is tied to guarantees, the minister said.", "conditional"],
    ["The prime minister said any settlement had to be just and lasting.", "conditional"],
    ["Stoltenberg said the best way to get a peace agreement was to strengthen Ukraine on the battlefield.", "conditional"],
    ["The envoy said the Kremlin would first have to show it was serious about a ceasefire.", "conditional"],
    ["Nothing can be agreed about Ukraine without Ukraine, the minister said of the talks.", "conditional"],
    ["Kyiv is open to a ceasefire as long as Moscow does not use it to regroup, the official said.", "conditional"],
  ]);
});

describe("negotiations: opposes", () => {
  decidesAs("negotiations", [
    ["The president ruled out any talks with Putin.", "opposes"],
    ["\"There is nothing to negotiate with the aggressor,\" the minister said.", "opposes"],
    ["Medvedev dismissed the ceasefire proposal as a trap.", "opposes", "ru"],
    ["The Kremlin rejected the idea of a truce.", "opposes", "ru"],
    ["A ceasefire now would only allow Russia to rearm, the defence minister warned.", "opposes"],
    ["The minister said negotiating with Moscow at this stage would be pointless.", "opposes"],
    ["Kyiv refuses to sit at the table with the Kremlin, the adviser said.", "opposes"],
    ["The speaker said there would be no ceasefire.", "opposes"],
  ]);
});

describe("negotiations: no stance", () => {
  decidesAs("negotiations", [
    ["The talks were held in Riyadh on Tuesday, the ministry said.", null],
    ["The delegations will meet again next week in Geneva, the spokesman said.", null],
    ["The foreign minister briefed his counterparts on the state of the negotiations.", null],
    ["The envoy said the agreement had been signed in the presence of the mediators.", null],
    ["Analysts said the peace plan contained twenty points.", null],
    ["The minister said he had discussed the ceasefire with his Turkish counterpart.", null],
  ]);
});

describe("membership: supports", () => {
  decidesAs("membership", [
    ["\"Kyiv's place is in NATO,\" the secretary general said.", "supports"],
    ["Poland strongly backs Ukraine's bid to join NATO, the president said.", "supports"],
    ["Lithuania's president said Kyiv should receive an invitation into the alliance this summer.", "supports"],
    ["\"We want Ukraine in NATO,\" the Estonian prime minister said.", "supports"],
    ["The senator said he supported Ukrainian membership of the alliance.", "supports"],
    ["Kyiv will become a full member of NATO, the secretary general said.", "supports"],
    ["The minister said membership was the best security guarantee for Ukraine.", "supports"],
    ["Kuleba said Ukraine deserved an invitation to join NATO.", "supports"],
    ["Zelensky said Ukraine would not give up its NATO aspirations.", "supports"],
    ["The Baltic states pushed for a clear invitation for Ukraine at the summit.", "supports"],
    ["We are working to bring Kyiv closer to NATO every day, the alliance chief said.", "supports"],
    ["The prime minister said he would welcome Ukraine into the alliance.", "supports"],
  ]);
});

describe("membership: conditional", () => {
  decidesAs("membership", [
    ["Kyiv's road to NATO membership is irreversible, the summit declaration said.", "conditional"],
    ["Ukraine can join NATO only after the fighting is over, the chancellor said.", "conditional"],
    ["Kyiv will get its invitation when all allies agree and when conditions are met, the secretary general said.", "conditional"],
    ["Ukraine cannot become a member while the war still goes on, the president said.", "conditional"],
    ["The minister said Ukraine would join the alliance once reforms were completed.", "conditional"],
    ["Biden said Ukraine was not ready for NATO membership yet.", "conditional"],
    ["Ukraine's membership is a question for the future, not for today, the chancellor said.", "conditional"],
    ["Membership will have to wait until the fighting stops, the minister said.", "conditional"],
    ["Any invitation must depend on progress in reforms, the Dutch premier said.", "conditional"],
  ]);
});

describe("membership: opposes", () => {
  decidesAs("membership", [
    ["Hungary will never agree to Ukraine joining NATO, Orban said.", "opposes"],
    ["Trump said Ukraine would not become an alliance member.", "opposes"],
    ["Moscow considers Ukraine's membership of NATO a red line, Peskov said.", "opposes", "ru"],
    ["Ukrainian membership is off the table, the US defence secretary said.", "opposes"],
    ["The envoy said membership in NATO for Ukraine was unrealistic.", "opposes"],
    ["The minister said he opposed Kyiv's accession to the alliance.", "opposes"],
  ]);
});

describe("membership: no stance", () => {
  decidesAs("membership", [
    ["The ministers discussed Ukraine's membership at the summit in Vilnius.", null],
    ["Finland completed its accession to NATO in April, the ministry said.", null],
    ["The alliance has 32 members since Sweden's accession.", null],
  ]);
});

describe("troops: supports", () => {
  decidesAs("troops", [
    ["Britain stands ready to put British boots on the ground, the premier said.", "supports"],
    ["The Estonian minister said his country was willing to send troops.", "supports"],
    ["Macron said he backed sending European soldiers to Ukraine.", "supports"],
    ["\"We will contribute troops,\" the defence minister said.", "supports"],
    ["The Lithuanian president called for Western troops to be deployed to Ukraine.", "supports"],
    ["The senator said American troops should be sent to help Ukraine.", "supports"],
    ["The prime minister said Denmark stood ready to deploy soldiers to Ukraine.", "supports"],
    ["Sweden is prepared to contribute to a force in Ukraine, the minister said.", "supports"],
    ["The general said deploying Western troops was the right decision.", "supports"],
  ]);
});

describe("troops: conditional", () => {
  decidesAs("troops", [
    ["Britain would deploy troops only after a ceasefire, the defence secretary said.", "conditional"],
    ["Warsaw does not rule out a dispatch of Polish soldiers, the minister said.", "conditional"],
    ["The Czech premier said troops could be sent as part of any eventual peace deal.", "conditional"],
    ["A European force would need an American backstop, the minister said.", "conditional"],
    ["The chancellor said any deployment would require a mandate from parliament.", "conditional"],
    ["Germany would consider sending troops once a truce is in place, the minister said.", "conditional"],
    ["\"Nothing should be ruled out,\" Macron said of sending troops.", "conditional"],
    ["Italy would take part in a monitoring mission under a UN mandate, the minister said.", "conditional"],
    ["The Dutch premier said soldiers could be deployed if a peace agreement is reached.", "conditional"],
    ["Canada is open to contributing troops to a reassurance force, the prime minister said.", "conditional"],
    ["The minister said it was too early to talk about sending troops.", "conditional"],
    ["Finland would send peacekeepers only with a clear mandate, the president said.", "conditional"],
  ]);
});

describe("troops: opposes", () => {
  decidesAs("troops", [
    ["The chancellor ruled out sending German soldiers into Ukraine.", "opposes"],
    ["Poland has no plans to deploy soldiers to Ukraine, the defence minister said.", "opposes"],
    ["\"We will not send our soldiers to Ukraine,\" the prime minister said.", "opposes"],
    ["Moscow warned that any foreign troops in Ukraine would be a legitimate target.", "opposes", "ru"],
    ["The Kremlin said it would not accept any European peacekeepers in Ukraine.", "opposes", "ru"],
    ["Sending Western troops would be a dangerous escalation, the Hungarian minister said.", "opposes"],
    ["The Italian premier said deploying Italian soldiers was not on the agenda.", "opposes"],
    ["Slovakia will never send its troops to Ukraine, Fico said.", "opposes"],
    ["The president rejected calls to deploy NATO forces in Ukraine.", "opposes"],
    ["Spain said it would not take part in a military mission in Ukraine of any kind.", "opposes"],
    ["There will be no alliance soldiers on Ukrainian soil, the secretary general said.", "opposes"],
  ]);
});

describe("troops: no stance", () => {
  decidesAs("troops", [
    ["The troops arrived in Estonia on Monday, the ministry said.", null],
    ["The ministers discussed the size of a possible force at the meeting in Paris.", null],
    ["Russian troops advanced near Pokrovsk, the general staff said.", null],
  ]);
});

describe("a later sentence of the quote that backs or refuses what points back at the topic (decision 0720)", () => {
  decidesAs("negotiations", [
    ["There has been a lot of talk about a ceasefire. We support it.", "supports"],
    ["Everyone is talking about peace talks. We welcome that.", "supports"],
    ["A truce along the current line? We do not accept that.", "opposes"],
    ["The talks took place in Riyadh. It was a long day.", null],
  ]);
  decidesAs("troops", [
    ["Sending troops has come up again and again. We are ready for it.", "supports"],
    ["Sending troops has come up again and again. I do not support this.", "opposes"],
    ["The troops arrived on Monday. We saw them at the base.", null],
  ]);
});

describe("an answer to a question the reporter puts in the frame (decision 0720)", () => {
  const answer = (quote: string, frame: string) => classifyStatement({ quote, frame }).stance.troops?.value ?? null;
  it("reads a commitment as backing what the frame asked about", () => {
    expect(answer("We are ready to do our part", "the prime minister told reporters when asked about a reassurance force")).toBe("supports");
  });
  it("reads a yes that the answer makes wait as conditional", () => {
    expect(answer("Yes, we will, once there is a ceasefire.", "the defence secretary said when asked whether the country would contribute soldiers")).toBe("conditional");
  });
  it("reads nothing where the frame asks about something else", () => {
    expect(answer("We are ready to do our part", "the prime minister told reporters when asked about energy prices")).toBeNull();
  });
});

describe("the subject the reporter's frame gives the remark (decision 0720)", () => {
  const said = (quote: string, frame: string, topic: StanceTopic) => classifyStatement({ quote, frame }).stance[topic]?.value ?? null;
  it("reads a backing in the quote as backing the subject the frame names", () => {
    expect(said("The door is open and it will stay open", "the secretary general said of the country's membership bid", "membership")).toBe("supports");
    expect(said("This is the only sane thing to do.", "Speaking about a possible ceasefire, the prime minister said", "negotiations")).toBe("supports");
  });
  it("reads a hedged backing as conditional", () => {
    expect(said("We might be ready to help at some stage", "the minister said, referring to a deployment of Western forces", "troops")).toBe("conditional");
  });
  it("reads nothing where the frame names another subject, or the backing is denied", () => {
    expect(said("The door is open and it will stay open", "the secretary general said of the energy talks with Norway", "membership")).toBeNull();
    expect(said("We do not want any of this", "the minister said, referring to a deployment of Western forces", "troops")).toBeNull();
  });
});

describe("praise of the step, not of the go-between (decision 0720)", () => {
  decidesAs("negotiations", [
    ["The foreign minister hailed the agreement on a thirty-day truce.", "supports"],
    ["The minister praised Norway's role in the peace talks.", null],
    ["She commended the mediators for their patience during the negotiations.", null],
  ]);
});

describe("a step refused only as the early one, or off the agenda only for now (decision 0720)", () => {
  decidesAs("membership", [
    ["Kyiv is not seeking immediate membership, the minister said.", "conditional"],
    ["We are not asking to join NATO tomorrow, the president said.", "conditional"],
    ["The chancellor said joining NATO was not on the agenda while the war continued.", "conditional"],
    ["We will never join NATO, the minister said.", "opposes"],
  ]);
  decidesAs("troops", [
    ["Troops are not on the table for now, the minister said.", "conditional"],
    ["Troops are off the table, the minister said.", "opposes"],
  ]);
  decidesAs("negotiations", [
    // of talks, refusing the immediate step refuses talking now
    ["Moscow is not interested in an immediate ceasefire, the spokesman said.", "opposes", "ru"],
  ]);
});

describe("the dev annotators' conventions in other words (notes m, r, s, v, z; decision 0720)", () => {
  decidesAs("troops", [
    ["Sending soldiers to Ukraine has never been on our agenda, the minister said.", "opposes"],
    // a recommendation to consider is a backing; one's own consideration stays conditional
    ["The senator said European capitals should consider deploying a brigade.", "supports"],
    ["We are considering sending troops, the minister said.", "conditional"],
  ]);
  decidesAs("membership", [
    ["Kyiv has never stood closer to NATO membership than today, the secretary general said.", "conditional"],
    ["Membership will come in the future, but no date can be set, the diplomat said.", "conditional"],
    ["Kyiv is well on its way to NATO, the secretary general said.", "conditional"],
    ["The German chancellor said there was no timetable for Ukraine's accession.", "conditional"],
  ]);
  decidesAs("negotiations", [
    ["Only then can diplomacy begin, the president said of a Russian withdrawal.", "conditional"],
    ["We are open to compromise in the negotiations, the envoy said.", "supports"],
  ]);
});

describe("an alternative denied with 'than', 'but' or 'except' (decision 0720)", () => {
  decidesAs("negotiations", [
    ["The minister said there was no other way than negotiations.", "supports"],
    ["We have no other option except negotiations, the premier said.", "supports"],
    ["They offered another way than talks, the minister said.", null],
  ]);
});

describe("an aside between a pair of dashes does not end the term's clause (decision 0720)", () => {
  decidesAs("membership", [
    ["Joining NATO — the first of the five steps of the plan — is essential for our survival.", "supports"],
    ["NATO membership — which Moscow fears — is not on the agenda.", "opposes"],
  ]);
  decidesAs("negotiations", [
    ["Talks — we had three rounds — failed.", null],
  ]);
});
