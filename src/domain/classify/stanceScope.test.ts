// The invented sets of decision 0780 (stance by scope, stanceScope.cases.ts), each sentence read as one statement's words.
// The rows the stance stage still decides otherwise are listed in STILL_MISSED and run as expected failures, so that a
// change that fixes one shows up here (move it out of the list) and a row that falls is caught.
import { describe, expect, it } from "vitest";
import { classifyStatement } from "./classify";
import type { StanceTopic } from "../extract/types";
import { SCOPE_SET_1, SCOPE_SET_1B, SCOPE_SET_1C, SCOPE_SET_2_HELD_OUT, SCOPE_SET_3_HELD_OUT, SCOPE_SET_4_HELD_OUT, SCOPE_SET_5_HELD_OUT, SCOPE_SET_6_HELD_OUT, type ScopeCase } from "./stanceScope.cases";

/** The rows still missed at the end of decision 0780 (listed with their reasons in the decision record). */
const STILL_MISSED = new Set<string>([
  "\"We do not believe that a ceasefire now would bring peace,\" the adviser said.",
  "The prime minister said he could not imagine Ukraine staying outside the alliance in the long term.",
  "\"Talks can start the moment Russia stops shelling our cities,\" the president said.",
  "\"Unless Moscow withdraws, there is nothing to discuss,\" the foreign minister said.",
  "\"Negotiations are painful, but they are the only path to ending the killing,\" the president said.",
  "\"We are open to talks, but not to an ultimatum,\" the foreign minister said.",
  "\"Ukraine's place is in the alliance, even if it takes years,\" the president said.",
  "Trump wants a ceasefire by Christmas, the analyst said.",
  "\"We will never agree to talks that reward aggression,\" the prime minister said.",
  "\"Even though a truce sounds attractive, right now it would only freeze the front,\" the commander said.",
  "\"We support Ukraine's bid, though membership is not realistic before the war ends,\" the minister said.",
  "Talks should start without preconditions, the envoy said.",
  "Washington is pressing Kyiv to accept a deal, the Ukrainian lawmaker said.",
  "Without talks there will be no end to this war, the cardinal said.",
  "Nobody around this table is willing to sign a ceasefire that rewards the invader, the premier said.",
]);

function decidesAs(rows: readonly ScopeCase[]): void {
  for (const [sentence, topic, value, cls, country] of rows) {
    const run = STILL_MISSED.has(sentence) ? it.fails : it;
    run(`[${cls}] ${sentence} → ${topic}: ${value ?? "no stance"}`, () => {
      expect(classifyStatement({ quote: sentence, speakerCountry: country ?? null }).stance[topic]?.value ?? null, sentence).toBe(value);
    });
  }
}

describe("set 1: negation, condition, concession, modality, others, descriptions, topic words", () => decidesAs(SCOPE_SET_1));
describe("set 1b: the pluperfect, what nothing can be had without, a harm denied", () => decidesAs(SCOPE_SET_1B));
describe("set 1c: hearsay, the sides as one, dating compounds", () => decidesAs(SCOPE_SET_1C));
describe("set 2 (held out for set 1's rules)", () => decidesAs(SCOPE_SET_2_HELD_OUT));
describe("set 3 (held out for set 1b's rules)", () => decidesAs(SCOPE_SET_3_HELD_OUT));
describe("set 4 (held out for set 1c's rules)", () => decidesAs(SCOPE_SET_4_HELD_OUT));
describe("set 5 (held out for the rule of others' saying and reluctance)", () => decidesAs(SCOPE_SET_5_HELD_OUT));
describe("set 6 (held out for the negative subject)", () => decidesAs(SCOPE_SET_6_HELD_OUT));

describe("what the scope rules must not take", () => {
  const cases: readonly [string, StanceTopic, string | null][] = [
    ["We welcome the talks, but no breakthrough is expected before autumn.", "negotiations", "supports"],
    ["There will be no deal without Kyiv at the table.", "negotiations", "conditional"],
    ["No troops without a mandate, the minister said.", "troops", "conditional"],
    ["The alliance had no intention of deploying soldiers in Kyiv.", "troops", "opposes"],
    ["We have rejected the truce proposal.", "negotiations", "opposes"],
    ["The coalition had pledged to send soldiers.", "troops", "supports"],
    ["The coalition had offered to send soldiers.", "troops", null],
    ["No ally has ruled out sending troops.", "troops", "conditional"],
    ["We will not send troops at this point.", "troops", "conditional"],
    ["We will not send troops at this point or later.", "troops", "opposes"],
    ["A monitoring mission for post-war Ukraine is not on our agenda for now.", "troops", "conditional"],
  ];
  for (const [sentence, topic, value] of cases)
    it(`${sentence} → ${topic}: ${value ?? "no stance"}`, () => {
      expect(classifyStatement({ quote: sentence, speakerCountry: null }).stance[topic]?.value ?? null, sentence).toBe(value);
    });
});
