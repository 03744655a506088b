// Topic forms of decision 0520, each on a sentence invented for this test, never one from an article: a topic word
// that names something else by its construction — "deal" the verb or a bargain named by its goods, and the warring
// sides' own armies — and a settlement that only frames a deployment.
import { describe, expect, it } from "vitest";
import { classifyStatement, topicsOf } from "./classify";

describe("'deal' names a settlement only as the noun of a bargain over the war", () => {
  it.each([
    "Ministers will have to deal with the shortage of shells by spring.",
    "We deal with these requests one by one.",
    "Oslo signed a trade deal with the islanders last week.",
    "The cabinet wants the rare-earths deal done by June.",
  ])("%s → no negotiations", (sentence) => expect(topicsOf(sentence)).not.toContain("negotiations"));

  it.each(["Any deal must respect the borders of the republic.", "He said a good deal was within reach."])("%s → negotiations", (sentence) =>
    expect(topicsOf(sentence)).toContain("negotiations"));

  // The idioms of weight and amount (decision 0585): no bargain is named.
  it.each([
    "The new radar was “a big deal” for the coastguard, the admiral said.",
    "Losing the first match is no big deal, said the coach.",
    "That’s not a big deal for the harbour crews.",
    "A great deal of work remains on the bridge at Marlow.",
  ])("%s → no negotiations", (sentence) => expect(topicsOf(sentence)).not.toContain("negotiations"));

  it.each(["A big deal with Moscow could come before the winter.", "We will make a great deal for both sides."])("%s → negotiations", (sentence) =>
    expect(topicsOf(sentence)).toContain("negotiations"));
});

describe("a warring side's own army is not a force sent to Ukraine", () => {
  it.each([
    "The general described Moscow's new troop rotation as routine.",
    "Ukrainian brigades have held the river line for weeks.",
    "Russia's soldiers dug in along the canal.",
  ])("%s → no troops", (sentence) => expect(topicsOf(sentence)).not.toContain("troops"));

  it.each([
    "Our battalions will never fight Russian troops on that soil.",
    "Anyone who attacks Ukrainian soldiers there would face our battalion.",
    "Western troops could stand beside Ukrainian soldiers one day.",
  ])("%s → troops (the enemy faced, or another force named)", (sentence) => expect(topicsOf(sentence)).toContain("troops"));
});

describe("a settlement named only as the frame a force acts in sets the force's scene", () => {
  it.each([
    "Oslo would never put its soldiers there under any armistice.",
    "The minister said Lisbon could offer peacekeepers in the event of a truce.",
    "Under post-ceasefire arrangements, a reassurance force could patrol the river.",
  ])("%s → troops only", (quote) => {
    const result = classifyStatement({ quote });
    expect(result.topics).toEqual(["troops"]);
    expect(result.decidedBy.topics.rule).toBe("settlement-frames-force");
  });

  it.each([
    "Under a truce, the brigades would pull back and a peace treaty would follow.",
    "Peacekeepers could follow once the truce holds.",
    "Peacekeepers could guard the border under any deal, but the deal must come first.",
  ])("%s → troops and negotiations (the settlement named otherwise too)", (quote) =>
    expect(classifyStatement({ quote }).topics).toEqual(["troops", "negotiations"]));

  it("leaves a settlement framing no force alone", () => expect(topicsOf("Under the armistice, both sides keep their lines.")).toEqual(["negotiations"]));
});

describe("talks by other names, and bargains that are not talks", () => {
  it.each([
    "Only a political solution can end this, the senator said.",
    "Lisbon named a special envoy for the file on Monday.",
    "The planners turned to the post-war security arrangements.",
    "Both capitals agreed to a moratorium on strikes against power plants.",
  ])("%s → negotiations", (sentence) => expect(topicsOf(sentence)).toContain("negotiations"));

  it("a special envoy named is described, not backed: no stance", () =>
    expect(classifyStatement({ quote: "We are glad the search for a special envoy is under way." }).stance.negotiations).toBeUndefined());

  it("negotiating with firms over supplies is no peace talk", () =>
    expect(topicsOf("The ministry will negotiate with arms makers to double shell output.")).not.toContain("negotiations"));
});

describe("backing Ukraine is a subject of its own: the context's topic does not carry to it", () => {
  it.each(["We must keep up our support to Ukraine this winter.", "Nobody can afford to under-supply Kyiv now.", "We are asking for help for Kyiv before the frost."])("%s", (quote) =>
    expect(classifyStatement({ quote, paragraph: `${quote} Earlier the ministers discussed sending troops.` }).topics).toEqual(["other"]));
});

describe("another war's settlement is not the war in Ukraine's", () => {
  it.each(["The envoy hopes to revive the Middle East peace process.", "A Gaza ceasefire was announced overnight."])("%s → no negotiations", (sentence) =>
    expect(topicsOf(sentence)).not.toContain("negotiations"));
  it("a ceasefire in Ukraine still is", () => expect(topicsOf("A ceasefire in Ukraine must come first.")).toContain("negotiations"));
});

describe("a settlement a force is sent to uphold is the force's purpose, not a topic of its own", () => {
  it.each(["Lisbon may join a multinational force to enforce a future truce.", "Our battalion stands ready to keep a lasting peace there."])("%s → troops only", (quote) =>
    expect(classifyStatement({ quote }).topics).toEqual(["troops"]));
  it("a time is no frame: the settlement stays", () =>
    expect(classifyStatement({ quote: "Peacekeepers could deploy once a truce is signed." }).topics).toEqual(["troops", "negotiations"]));
});

describe("another country's own accession is not Ukraine's membership (decision 0585)", () => {
  it.each([
    "The Norwegian membership bid moved faster than anyone in Bergen expected.",
    "Lisbon welcomed Finland's NATO membership at the ceremony.",
    "Denmark's bid to join the club was settled long ago.",
  ])("%s → no membership", (sentence) => expect(topicsOf(sentence)).not.toContain("membership"));

  it.each([
    "Ukraine's membership is only a matter of time, the envoy said.",
    "The Portuguese minister backed Kyiv's membership bid.",
    "A Hungarian veto could still block the invitation.",
  ])("%s → membership", (sentence) => expect(topicsOf(sentence)).toContain("membership"));
});

describe("land held by a side is named, not bargained over (decision 0585)", () => {
  it.each(["Relief convoys still cannot reach the occupied territories along the Vardo river.", "Families fled the occupied territories in spring."])(
    "%s → no negotiations",
    (sentence) => expect(topicsOf(sentence)).not.toContain("negotiations"),
  );

  it.each(["Nobody in Kyiv will cede those territories for a signature.", "Giving away land was never on the table at Lakeside."])("%s → negotiations", (sentence) =>
    expect(topicsOf(sentence)).toContain("negotiations"));
});
