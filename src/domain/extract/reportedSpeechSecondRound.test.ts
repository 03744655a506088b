// Decision 0745: reported speech, second round. Invented sentences of families 0730 left open: speakers named only by
// an office with no earlier name (the holder on the story's day), reports whose frame is a noun phrase, paraphrase
// chains, translated agency idioms, and a trailing occasion after the reported clause (its day must stay the
// statement's). Marks as in 0730: the reported words between ⟦ and ⟧ and their speaker; with a day, the statement's
// date too. Decoys carry no marks and must give nothing.
import { describe, expect, it } from "vitest";
import { readoutOf } from "./markedSpans.testing";

const HEAD = "Example story\nThe ministers met in Sampleton on Tuesday.\n";
type Row = [construction: string, marked: string, expected: (string | null)[]];

export const readout = (marked: string, withDate: boolean) => readoutOf(HEAD, marked, { withDate });

const withDate = (expected: (string | null)[]) => expected.some((e) => e?.includes(" @ "));

// Set 1: written before any rule of this round.
export const SET_1: Row[] = [
  ["office-only", "The Kremlin spokesman said ⟦Russia would study the American proposal carefully⟧.", ["Dmitry Peskov"]],
  ["office-only", "⟦There had been no contact with the new envoy so far⟧, the Kremlin spokesman told journalists.", ["Dmitry Peskov"]],
  // "A Kremlin spokesperson": one of the press staff, unnamed, not the office holder (the speaker stays open).
  ["office-only", "A Kremlin spokesperson said ⟦the president had no plans to travel abroad this month⟧.", [null]],
  ["office-only", "Russia's foreign ministry spokeswoman claimed that ⟦the drills near the border were a provocation⟧.", ["Maria Zakharova"]],
  ["office-only", "The EU's foreign affairs chief said ⟦the bloc would propose a fresh package of sanctions within days⟧.", ["Kaja Kallas"]],
  ["office-only", "⟦Europe must be ready to take over more of the burden⟧, the EU foreign policy chief told reporters in Brussels.", ["Kaja Kallas"]],
  ["office-only", "The head of Ukraine's military intelligence said ⟦Moscow was preparing new missile strikes on power plants⟧.", ["Kyrylo Budanov"]],
  ["office-only", "Ukraine's intelligence chief warned that ⟦Russia had moved fresh reserves towards the south⟧.", ["Kyrylo Budanov"]],
  ["office-only", "The European Commission president said ⟦the defence fund would be ready before the summer⟧.", ["Ursula von der Leyen"]],
  ["office-only", "The UN secretary-general urged ⟦both sides to protect the nuclear plant⟧.", ["António Guterres"]],
  ["office-only", "The White House press secretary said ⟦the president would speak with his Ukrainian counterpart later in the week⟧.", ["Karoline Leavitt"]],
  ["office-only", "⟦Kyiv will not accept any deal made behind its back⟧, Ukraine's foreign minister told reporters.", ["Andrii Sybiha"]],
  ["office-only", "Poland's defence minister said ⟦the new fortifications on the eastern border would be finished by autumn⟧.", ["Władysław Kosiniak-Kamysz"]],
  ["noun-frame", "In a statement, the Finnish President Alexander Stubb said ⟦the alliance's northern flank was secure⟧.", ["Alexander Stubb"]],
  ["noun-frame", "Peskov, for his part, said ⟦the Kremlin saw no grounds for optimism⟧.", ["Dmitry Peskov"]],
  ["noun-frame", "In remarks to reporters, Rutte said ⟦the allies would not be intimidated⟧.", ["Mark Rutte"]],
  ["chain", "Zelensky said ⟦his troops were holding the line near the city⟧. He also noted that ⟦the partners had sped up their deliveries⟧.", ["Volodymyr Zelensky", "Volodymyr Zelensky"]],
  ["chain", "Defence Minister Boris Pistorius said ⟦the brigade would be ready on time⟧. The minister further stressed that ⟦recruitment remained the hardest part⟧.", ["Boris Pistorius", "Boris Pistorius"]],
  ["chain", "Sybiha spoke after the talks. He added that ⟦Kyiv expected a decision on the loan within a month⟧.", ["Andrii Sybiha"]],
  ["agency", "Sybiha emphasized that ⟦Ukraine needed more air defence systems urgently⟧.", ["Andrii Sybiha"]],
  ["agency", "Zelensky expressed confidence that ⟦the partners would keep their promises⟧.", ["Volodymyr Zelensky"]],
  ["agency", "Lavrov is convinced that ⟦Europe is preparing for war with Russia⟧.", ["Sergey Lavrov"]],
  // Probe slip fixed after the first run: "According to him" with nobody named before it is no test of the frame.
  ["agency", "Zelensky spoke to the troops in the east. According to him, ⟦the talks had brought no progress⟧.", ["Volodymyr Zelensky"]],
  ["agency", "Umerov stated that ⟦the army had received the first batch of the new drones⟧.", ["Rustem Umerov"]],
  ["occasion", "Rutte said ⟦the alliance would respond to any attack⟧, speaking to reporters on Monday.", ["Mark Rutte @ 2025-03-10"]],
  ["occasion", "Zelensky said ⟦Ukraine would not give up any territory⟧, in remarks to state television broadcast on Monday.", ["Volodymyr Zelensky @ 2025-03-10"]],
  ["occasion", "Pistorius said ⟦Germany would send more tanks⟧, speaking at a news briefing in Berlin on Monday.", ["Boris Pistorius @ 2025-03-10"]],
  ["occasion", "Kallas said ⟦the bloc would not lift sanctions⟧, addressing lawmakers in Strasbourg on Monday.", ["Kaja Kallas @ 2025-03-10"]],
  ["occasion", "Peskov said ⟦Moscow stood ready to negotiate⟧, talking to journalists on Monday.", ["Dmitry Peskov @ 2025-03-10"]],
  ["decoy", "Rutte is expected to say more about the plan at the summit.", []],
  ["decoy", "The Kremlin spokesman was asked whether the president would attend.", []],
  ["decoy", "Zelensky will address the parliament on Thursday.", []],
  ["decoy", "The EU's top diplomat travelled to Kyiv on Monday.", []],
  ["decoy", "Pistorius inspected the troops, speaking briefly with soldiers on Monday.", []],
  ["decoy", "The White House press secretary's briefing was postponed.", []],
  ["decoy", "The Kremlin spokesman is due to brief reporters later.", []],
  ["decoy", "In a statement released on Monday, the ministry listed the new sanctions.", []],
];

// Set 1b: the noun-phrase frames, chains and agency idioms again, in more forms; written before their rules.
export const SET_1B: Row[] = [
  ["noun-frame", "Hakan Fidan's message to the envoys was clear: ⟦Ankara would not join any new sanctions⟧.", ["Hakan Fidan"]],
  ["noun-frame", "In a post on Telegram, Zelensky wrote that ⟦the night attack had damaged two power stations⟧.", ["Volodymyr Zelensky"]],
  ["noun-frame", "Kallas, for her part, insisted that ⟦the frozen assets should pay for the rebuilding⟧.", ["Kaja Kallas"]],
  ["noun-frame", "In an interview with a German weekly, Pistorius said ⟦conscription could return as early as next year⟧.", ["Boris Pistorius"]],
  ["noun-frame", "Mark Rutte's view is that ⟦allies have waited too long to rebuild their stocks⟧.", ["Mark Rutte"]],
  ["chain", "Peskov told reporters ⟦the Kremlin had received the letter⟧. He then went on to say that ⟦an answer would be sent in due course⟧.", ["Dmitry Peskov", "Dmitry Peskov"]],
  ["chain", "Foreign Minister Radosław Sikorski said ⟦Poland would keep the border crossing closed⟧. The minister also warned that ⟦further incidents would meet a firm response⟧.", ["Radosław Sikorski", "Radosław Sikorski"]],
  ["chain", "Rutte spoke in Brussels. The secretary general later added that ⟦the alliance had no plans for new bases⟧.", ["Mark Rutte"]],
  ["chain", "Sybiha said ⟦Kyiv had handed over its proposals⟧. The Ukrainian minister further noted that ⟦the next round could take place in Istanbul⟧.", ["Andrii Sybiha", "Andrii Sybiha"]],
  ["agency", "Lavrov expressed hope that ⟦common sense would prevail in Washington⟧.", ["Sergey Lavrov"]],
  ["agency", "As Sybiha noted, ⟦the partners had already approved the financing⟧.", ["Andrii Sybiha"]],
  ["agency", "Umerov emphasised that ⟦every brigade would receive the new equipment by May⟧.", ["Rustem Umerov"]],
  ["agency", "Zakharova stated this at a briefing on Thursday.", []],
  ["agency", "Zelensky underlined that ⟦Ukraine would not accept a frozen conflict⟧.", ["Volodymyr Zelensky"]],
  ["agency", "Peskov voiced confidence that ⟦the contacts would continue⟧.", ["Dmitry Peskov"]],
  ["office-only", "The Russian foreign ministry spokeswoman said ⟦Moscow would answer the new sanctions in kind⟧.", ["Maria Zakharova"]],
  ["office-only", "⟦The fund will be ready before the summer⟧, the head of the European Commission said.", ["Ursula von der Leyen"]],
  ["office-only", "The Kremlin's spokesman stressed that ⟦no date for the meeting had been fixed⟧.", ["Dmitry Peskov"]],
  ["occasion", "Sikorski said ⟦Warsaw would host the next meeting⟧, speaking alongside his French counterpart on Monday.", ["Radosław Sikorski @ 2025-03-10"]],
  ["occasion", "Stubb said ⟦Finland had closed the last crossing⟧, during a visit to Helsinki's port on Monday.", ["Alexander Stubb @ 2025-03-10"]],
  ["decoy", "The Kremlin spokesman's comments came hours after the strike.", []],
  ["decoy", "Zelensky's message was posted on Telegram late on Monday.", []],
  ["decoy", "Rutte is scheduled to speak at the summit on Thursday.", []],
  ["decoy", "Reporters asked Peskov whether the talks would resume.", []],
  ["decoy", "Kallas will travel to Kyiv, speaking at a conference there next week.", []],
];

// Set 2: held out, written after the rules of sets 1 and 1b and scored once before anything further (decision 0745).
export const SET_2: Row[] = [
  ["office-only", "The Kremlin press secretary said ⟦Putin had not yet decided whether to take part⟧.", ["Dmitry Peskov"]],
  ["office-only", "⟦Sanctions relief is not on the table⟧, the EU's top diplomat told a news conference in Luxembourg.", ["Kaja Kallas"]],
  ["office-only", "UN chief warned that ⟦attacks on the power grid could leave millions without heat⟧.", ["António Guterres"]],
  ["office-only", "The European Council president said ⟦leaders would return to the question of the loan in June⟧.", ["António Costa"]],
  ["office-only", "Ukraine's military intelligence chief claimed ⟦Russian factories were running short of components⟧.", ["Kyrylo Budanov"]],
  ["office-only", "A spokeswoman for the Russian foreign ministry said ⟦Moscow regarded the exercise as hostile⟧.", ["Maria Zakharova"]],
  ["office-only", "The European Commission's president insisted that ⟦the money would reach Kyiv before winter⟧.", ["Ursula von der Leyen"]],
  ["office-only", "⟦The president remains committed to a deal⟧, the White House press secretary told reporters.", ["Karoline Leavitt"]],
  ["noun-frame", "Ursula von der Leyen's answer to the critics was simple: ⟦Europe would pay for its own defence⟧.", ["Ursula von der Leyen"]],
  ["noun-frame", "Sikorski's reply: ⟦Poland would not be blackmailed over grain⟧.", ["Radosław Sikorski"]],
  ["noun-frame", "Lavrov's warning to the West was blunt: ⟦any troops sent to Ukraine would be a legitimate target⟧.", ["Sergey Lavrov"]],
  // Probe slip, fixed after the first score: the data knows Hakan Fidan only by his full name, as articles print it first.
  ["chain", "Hakan Fidan said ⟦Turkey was ready to host the technical teams⟧. The Turkish minister further said that ⟦a venue had already been chosen⟧.", ["Hakan Fidan", "Hakan Fidan"]],
  ["chain", "Stubb said ⟦the border would stay shut⟧. The president again stressed that ⟦Finland would not be provoked⟧.", ["Alexander Stubb", "Alexander Stubb"]],
  ["occasion", "Umerov said ⟦the army had enough shells for the spring⟧, talking to a Ukrainian broadcaster on Monday.", ["Rustem Umerov @ 2025-03-10"]],
  ["occasion", "Meloni said ⟦no Italian soldiers would be deployed⟧, in an interview aired on Monday.", ["Giorgia Meloni @ 2025-03-10"]],
  ["occasion", "Hakan Fidan said ⟦the ceasefire talks could resume soon⟧, at a news conference in Ankara on Monday.", ["Hakan Fidan @ 2025-03-10"]],
  ["occasion", "Kallas said ⟦Europe could not wait for Washington⟧, writing in a newspaper column on Monday.", ["Kaja Kallas @ 2025-03-10"]],
  ["occasion", "Rutte told allies ⟦they had to spend more⟧, addressing the North Atlantic Council on Monday.", ["Mark Rutte @ 2025-03-10"]],
  ["decoy", "The Kremlin spokesman declined to comment.", []],
  ["decoy", "The EU's top diplomat arrived in Kyiv on Monday for talks.", []],
  ["decoy", "Lavrov's warning came a day after the strike.", []],
  ["decoy", "The UN secretary-general is expected to raise the issue at the assembly.", []],
  ["decoy", "Rutte's answer to the question is awaited in Kyiv.", []],
  ["decoy", "Sikorski flew to Washington, speaking briefly to staff at the embassy.", []],
];

// Set 3: more offices named through their institution, written before their patterns (decision 0745).
export const SET_3: Row[] = [
  ["office-only", "The head of Ukraine's presidential office said ⟦Kyiv had sent its delegation to Riyadh⟧.", ["Andriy Yermak"]],
  ["office-only", "The secretary of Russia's Security Council claimed ⟦the West was preparing sabotage in the Baltic⟧.", ["Sergei Shoigu"]],
  ["office-only", "Russia's Security Council deputy chairman warned that ⟦Moscow would answer any strike on its territory⟧.", ["Dmitry Medvedev"]],
  ["office-only", "The secretary of Ukraine's National Security and Defence Council said ⟦the mobilisation law would be revised⟧.", ["Oleksandr Lytvynenko"]],
  ["decoy", "The Polish presidential office's head met the ambassadors in Warsaw.", []],
  ["decoy", "Russia's Security Council met on Friday.", []],
];

// Set 4: an occasion set off inside the frame, written before its rules (decision 0745): the words and their day.
export const SET_4: Row[] = [
  ["occasion-inside", "According to Rutte, who spoke to reporters on Monday, ⟦the allies would meet again in June⟧.", ["Mark Rutte @ 2025-03-10"]],
  ["occasion-inside", "Zelensky said at a forum in Kyiv, held on Monday, that ⟦the front was stable⟧.", ["Volodymyr Zelensky @ 2025-03-10"]],
  ["occasion-inside", "Kallas said at a conference in Riga, hosted by the Latvian government on Monday, that ⟦sanctions were working⟧.", ["Kaja Kallas @ 2025-03-10"]],
  ["decoy", "According to Rutte, who arrived on Monday.", []],
];

describe("reported speech, second round, set 1 (decision 0745)", () => {
  it.each(SET_1)("%s: %s", (_construction, marked, expected) => {
    expect(readout(marked, withDate(expected))).toEqual(expected.map(String));
  });
});

describe("reported speech, second round, set 1b (decision 0745)", () => {
  it.each(SET_1B)("%s: %s", (_construction, marked, expected) => {
    expect(readout(marked, withDate(expected))).toEqual(expected.map(String));
  });
});

describe("reported speech, second round, set 2, held out (decision 0745)", () => {
  it.each(SET_2)("%s: %s", (_construction, marked, expected) => {
    expect(readout(marked, withDate(expected))).toEqual(expected.map(String));
  });
});

describe("reported speech, second round, set 3 (decision 0745)", () => {
  it.each(SET_3)("%s: %s", (_construction, marked, expected) => {
    expect(readout(marked, withDate(expected))).toEqual(expected.map(String));
  });
});

// Known gaps (decision 0745): each still reads otherwise. "Zelensky's chief of staff": the name inside the title is read
// as the speaker's mention first; "Ukraine's chief of staff" may be the army's, so no pattern was added.
const GAPS: Row[] = [
  // The date stage keeps the day of "who spoke" but not of "who was speaking" (a date question, stages/occasion.ts).
  ["occasion-inside", "According to Sybiha, who was speaking in Warsaw on Monday, ⟦the partners had agreed on the next package⟧.", ["Andrii Sybiha @ 2025-03-10"]],
  // A listener with "a" before the aside: letting "a"/"an" open the phrase took a noun object
  // followed by a relative "that" clause on dev ("called for a … in the war that …"), so the form is left.
  ["occasion-inside", "Pistorius told a meeting in Berlin, organised by the defence committee on Monday, that ⟦conscription would return⟧.", ["Boris Pistorius @ 2025-03-10"]],
  ["office-only", "⟦The talks would go on at the level of advisers⟧, Zelensky's chief of staff told reporters.", ["Andriy Yermak"]],
];

describe("known gaps of reported speech, second round (decision 0745)", () => {
  it.each(GAPS)("%s: %s", (_construction, marked, expected) => {
    expect(readout(marked, withDate(expected))).not.toEqual(expected.map(String));
  });
});

describe("reported speech, second round, set 4 (decision 0745)", () => {
  it.each(SET_4)("%s: %s", (_construction, marked, expected) => {
    expect(readout(marked, withDate(expected))).toEqual(expected.map(String));
  });
});
