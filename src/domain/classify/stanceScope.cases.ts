// Invented sentences for decision 0780 (stance by scope): the polarity of a stance under negation, condition, concession,
// modality and someone else's position; stances that descriptions, reported facts and questions must not take; and
// stance-bearing sentences whose topic is named in other words. Every sentence is invented. Set 1 was written before any
// rule of the decision and read to write them; set 2 was written at the same time and left unread until the rules were
// done (the held-out figure). Each row: the sentence, the topic, the stance it must take (null: none), the class, and the
// speaker's country where the speaker's own side is the subject.
import type { StanceTopic, StanceValue } from "../extract/types";

export type ScopeClass = "negation" | "condition" | "concession" | "modality" | "others" | "description" | "topic";
export type ScopeCase = readonly [sentence: string, topic: StanceTopic, value: StanceValue | null, cls: ScopeClass, country?: string];

export const SCOPE_SET_1: readonly ScopeCase[] = [
  ["The minister said Britain would not send soldiers to Ukraine without an American backstop.", "troops", "conditional", "negation"],
  ["\"We are not going to deploy troops into a war zone, but after a ceasefire we could help,\" the defence minister said.", "troops", "conditional", "negation"],
  ["\"Nobody in this government wants to see NATO troops fighting in Ukraine,\" the spokesman said.", "troops", "opposes", "negation"],
  ["The chancellor said he did not oppose peace talks as long as Kyiv took part.", "negotiations", "conditional", "negation"],
  ["\"It is not for us to decide when Ukraine negotiates,\" the foreign minister said.", "negotiations", "conditional", "negation"],
  ["The president said there was no reason to delay Ukraine's invitation to the alliance.", "membership", "supports", "negation"],
  ["The minister said she saw no obstacle to Ukraine joining NATO once the war is over.", "membership", "conditional", "negation"],
  ["\"We do not believe that a ceasefire now would bring peace,\" the adviser said.", "negotiations", "opposes", "negation"],
  ["The prime minister said he could not imagine Ukraine staying outside the alliance in the long term.", "membership", "supports", "negation"],

  ["\"If Russia signs a truce, Britain is ready to deploy soldiers there,\" the premier said.", "troops", "conditional", "condition"],
  ["\"European soldiers would go to Ukraine only as part of a settlement,\" the minister said.", "troops", "conditional", "condition"],
  ["\"Talks can start the moment Russia stops shelling our cities,\" the president said.", "negotiations", "conditional", "condition"],
  ["\"Unless Moscow withdraws, there is nothing to discuss,\" the foreign minister said.", "negotiations", "conditional", "condition"],
  ["Ukraine will become a member when all allies agree and the conditions are met, the secretary general said.", "membership", "conditional", "condition"],
  ["Should a peace deal be reached, Germany would consider contributing to a monitoring mission, the chancellor said.", "troops", "conditional", "condition"],

  ["\"Although we all want peace, sitting down with Putin now would be a mistake,\" the prime minister said.", "negotiations", "opposes", "concession"],
  ["\"We want Ukraine in NATO, although that cannot happen during the war,\" the minister said.", "membership", "conditional", "concession"],
  ["\"Negotiations are painful, but they are the only path to ending the killing,\" the president said.", "negotiations", "supports", "concession"],
  ["\"We are open to talks, but not to an ultimatum,\" the foreign minister said.", "negotiations", "conditional", "concession"],
  ["\"Ukraine's place is in the alliance, even if it takes years,\" the president said.", "membership", "supports", "concession"],
  ["\"While sending troops is not on the table today, nothing is excluded for the future,\" the minister said.", "troops", "conditional", "concession"],

  ["Ukraine should be invited to join the alliance at the next summit, the senator said.", "membership", "supports", "modality"],
  ["Ukraine could one day join NATO, the chancellor said.", "membership", "conditional", "modality"],
  ["Western troops must never set foot in Ukraine, the Kremlin spokesman said.", "troops", "opposes", "modality", "ru"],
  ["Peace talks must begin immediately, the pontiff said.", "negotiations", "supports", "modality"],
  ["Ukraine must not be forced into a bad deal, the minister said.", "negotiations", "conditional", "modality"],
  ["Allies might send instructors, but not combat troops, the minister said.", "troops", "conditional", "modality"],

  ["The Kremlin has always opposed Ukraine's membership, the NATO chief told reporters.", "membership", null, "others"],
  ["Trump wants a ceasefire by Christmas, the analyst said.", "negotiations", null, "others"],
  ["Russia says it is ready for talks, but its actions show the opposite, the foreign minister said.", "negotiations", null, "others"],
  ["Some allies are pushing for peacekeepers, the official said, without naming them.", "troops", null, "others"],

  ["\"Would you send troops to Ukraine after a truce?\"", "troops", null, "description"],
  ["The second round of talks in Istanbul lasted less than two hours, the ministry said.", "negotiations", null, "description"],
  ["Ukraine applied to join NATO in September 2022, the spokesman recalled.", "membership", null, "description"],
  ["Defence chiefs met in Paris to discuss the size of a possible force, the ministry said.", "troops", null, "description"],
  ["Leaders will discuss Ukraine's membership bid at the summit next month, the spokesperson said.", "membership", null, "description"],
  ["The ceasefire collapsed within hours, the governor said.", "negotiations", null, "description"],
  ["\"Is Ukraine closer to NATO membership today than a year ago?\"", "membership", null, "description"],

  ["\"There will be no British soldiers on Ukrainian soil,\" the defence secretary said.", "troops", "opposes", "topic"],
  ["Kyiv is ready to sit down with the Russians, the adviser said.", "negotiations", "supports", "topic"],
  ["Ukraine must become the alliance's next member, the foreign minister said.", "membership", "supports", "topic"],
];

export const SCOPE_SET_2_HELD_OUT: readonly ScopeCase[] = [
  ["The defence minister said Italy would not dispatch soldiers unless the UN gave a mandate.", "troops", "conditional", "negation"],
  ["\"We will never agree to talks that reward aggression,\" the prime minister said.", "negotiations", "conditional", "negation"],
  ["\"There will be no NATO soldiers in Ukraine, full stop,\" the chancellor said.", "troops", "opposes", "negation"],
  ["The minister said she did not rule out a European mission after the fighting stops.", "troops", "conditional", "negation"],
  ["Warsaw does not object to Ukraine's membership, provided the grain dispute is settled, the minister said.", "membership", "conditional", "negation"],
  ["\"We see no point in negotiating while missiles are falling on our cities,\" the mayor said.", "negotiations", "opposes", "negation"],

  ["\"If a ceasefire holds, France could send troops to train Ukrainian forces on Ukrainian soil,\" the minister said.", "troops", "conditional", "condition"],
  ["Any foreign soldiers would arrive only after the guns fall silent, the general said.", "troops", "conditional", "condition"],
  ["Ukraine will join the alliance once the war is won, the foreign minister said.", "membership", "conditional", "condition"],
  ["\"We are ready to talk as soon as Russian forces leave our land,\" the president said.", "negotiations", "conditional", "condition"],

  ["\"Even though a truce sounds attractive, right now it would only freeze the front,\" the commander said.", "negotiations", "opposes", "concession"],
  ["\"We support Ukraine's bid, though membership is not realistic before the war ends,\" the minister said.", "membership", "conditional", "concession"],
  ["\"Diplomacy is difficult, but we must keep talking,\" the mediator said.", "negotiations", "supports", "concession"],
  ["\"We welcome the proposal, but any truce has to be verifiable,\" the minister said.", "negotiations", "conditional", "concession"],

  ["NATO ought to offer Kyiv an invitation now, the former general said.", "membership", "supports", "modality"],
  ["Peacekeepers could be considered at a later stage, the minister said.", "troops", "conditional", "modality"],
  ["Ukraine must never become a NATO member, the Russian deputy foreign minister said.", "membership", "opposes", "modality", "ru"],
  ["Talks should start without preconditions, the envoy said.", "negotiations", "supports", "modality"],
  ["Troops might be sent if the situation changes, the president said.", "troops", "conditional", "modality"],

  ["Washington is pressing Kyiv to accept a deal, the Ukrainian lawmaker said.", "negotiations", null, "others"],
  ["Moscow has said many times it will never accept NATO troops in Ukraine, the French minister noted.", "troops", null, "others"],
  ["Several capitals are reluctant to invite Ukraine, the diplomat said.", "membership", null, "others"],
  ["\"The Russians claim they want peace,\" the president said.", "negotiations", null, "others"],

  ["Delegations from both countries arrived in Riyadh on Sunday for a new round of talks, the ministry said.", "negotiations", null, "description"],
  ["\"How many troops would Europe need to secure a ceasefire line?\"", "troops", null, "description"],
  ["The question of membership was raised during the two-hour call, the spokesman said.", "membership", null, "description"],
  ["Previous truces in the region broke down within days, the historian noted.", "negotiations", null, "description"],

  ["\"We are prepared to put our own soldiers on Ukrainian soil,\" the prime minister said.", "troops", "supports", "topic"],
  ["Ukraine belongs in the Euro-Atlantic family, the foreign minister said.", "membership", "supports", "topic"],
  ["\"We are prepared to sit with Russian envoys at any level,\" the negotiator said.", "negotiations", "supports", "topic"],
];

/**
 * Set 1b, written after set 1's rules, for three more classes read off the wrong stances of dev half A (their mechanism, in
 * invented words): an act narrated in the pluperfect, a step named as what nothing can be had without, and a bad consequence
 * of the step denied. Set 3 (below) was written with it, before its rules, and left unread until they were done.
 */
export const SCOPE_SET_1B: readonly ScopeCase[] = [
  ["Moscow had agreed to a ceasefire over Easter, the spokesman recalled.", "negotiations", null, "description"],
  ["The envoy had proposed a truce before the offensive began, the paper reported.", "negotiations", null, "description"],
  ["Europe will never be secure without Ukraine's membership in NATO.", "membership", "supports", "negation"],
  ["\"We cannot end this war without negotiations,\" the president said.", "negotiations", "supports", "negation"],
  ["Membership would not drag the alliance into a war with Russia, the minister said.", "membership", "supports", "negation"],
  ["Sending peacekeepers will not provoke Moscow, the minister insisted.", "troops", "supports", "negation"],
  ["A ceasefire will not reward the aggressor, the mediator said.", "negotiations", "supports", "negation"],
];

export const SCOPE_SET_3_HELD_OUT: readonly ScopeCase[] = [
  ["Ukraine had accepted the truce proposal two weeks earlier, the ministry noted.", "negotiations", null, "description"],
  ["The chancellor had backed a force of peacekeepers last spring, aides recalled.", "troops", null, "description"],
  ["Without talks there will be no end to this war, the cardinal said.", "negotiations", "supports", "negation"],
  ["Europe cannot be safe without Ukraine joining the alliance, the president said.", "membership", "supports", "negation"],
  ["An invitation to Ukraine would not escalate the conflict, the senator argued.", "membership", "supports", "negation"],
  ["Deploying a reassurance force would not drag NATO into the war, the minister said.", "troops", "supports", "negation"],
  ["A truce would not legitimise the occupation, the diplomat said.", "negotiations", "supports", "negation"],
];

/**
 * Set 1c, for stances the reporter's words give to others or to no one: a position reported with an impersonal passive ("it was
 * said that …"), the two sides as the subject of a verb of saying, and a term inside a compound that dates something
 * ("post-ceasefire"). Set 4 was written with it, before its rules, and left unread until they were done.
 */
export const SCOPE_SET_1C: readonly ScopeCase[] = [
  ["From Paris it was said that a deployment of European troops was premature.", "troops", null, "others"],
  ["It is reported that Moscow would accept a ceasefire only after the elections.", "negotiations", null, "others"],
  ["The monitors will patrol post-ceasefire Ukraine, the general said.", "negotiations", null, "description"],
  ["\"Both sides say they want a ceasefire,\" the mediator said.", "negotiations", null, "others"],
];

export const SCOPE_SET_4_HELD_OUT: readonly ScopeCase[] = [
  ["In Rome it was argued that inviting Ukraine now would be a mistake, the correspondent said.", "membership", null, "others"],
  ["It was claimed in Moscow that peace talks could resume next month.", "negotiations", null, "others"],
  ["Pre-war talks between the two capitals had produced little, the analyst said.", "negotiations", null, "description"],
  ["\"Both governments say they are ready for peace talks,\" the envoy said.", "negotiations", null, "others"],
];

/**
 * Set 5, written after set 2 was read (its "others" rows are the working cases of the last class: someone else's position
 * with a verb of saying or an adjective of reluctance), before that class's rule, and left unread until it was done.
 */
export const SCOPE_SET_5_HELD_OUT: readonly ScopeCase[] = [
  ["The Kremlin has repeatedly said that Western peacekeepers would be a legitimate target, the Estonian minister said.", "troops", null, "others"],
  ["Russia says it will talk only on its own terms, the analyst noted.", "negotiations", null, "others"],
  ["Several allies remain hesitant to send soldiers, the official said.", "troops", null, "others"],
  ["Most member states are unwilling to invite Kyiv now, the diplomat said.", "membership", null, "others"],
];

/** Set 6, written before the rule of a negative subject far from the term (set 1's "Nobody in this government …" row), left unread until it was done. */
export const SCOPE_SET_6_HELD_OUT: readonly ScopeCase[] = [
  ["No European government is prepared, at this point or later, to commit ground forces to Ukraine, the official said.", "troops", "opposes", "negation"],
  ["No one in Paris seriously wants French soldiers deployed in the Donbas, the minister said.", "troops", "opposes", "negation"],
  ["Nobody around this table is willing to sign a ceasefire that rewards the invader, the premier said.", "negotiations", "conditional", "negation"],
];
