// Scores the invented direct-quote sets (decision 0750): run with `npx tsx scripts/direct-quote-sets.ts`.
import { EXTRA, FIRST_SET, SECOND_SET, type DirectCase } from "../src/domain/extract/directQuotesAsAClass.cases";
import { directQuotesOf } from "../src/domain/extract/caseReadouts.testing";

export interface CaseScore { ok: number; wrongSpeaker: number; missed: number; extra: number; notes: string[] }

export function scoreCase(k: DirectCase): CaseScore {
  const { matched, others, all } = directQuotesOf(k);
  const s: CaseScore = { ok: 0, wrongSpeaker: 0, missed: 0, extra: others.length, notes: [] };
  k.want.forEach(([words, speaker], i) => {
    const found = matched[i];
    if (!found) {
      const any = all.find((f) => f.quote.includes(words));
      s.missed++;
      s.notes.push(`MISS ${words}${any ? ` (as ${any.kind} of ${any.speaker})` : ""}`);
    } else if (found.speaker === speaker) s.ok++;
    else { s.wrongSpeaker++; s.notes.push(`SPK ${words}: ${found.speaker} ≠ ${speaker}`); }
  });
  for (const f of others) s.notes.push(`EXTRA «${f.quote.slice(0, 60)}» ${f.speaker}`);
  return s;
}

function report(name: string, set: DirectCase[]) {
  const total = { want: 0, ok: 0, wrongSpeaker: 0, missed: 0, extra: 0 };
  const byGroup = new Map<string, string[]>();
  for (const k of set) {
    const s = scoreCase(k);
    total.want += k.want.length; total.ok += s.ok; total.wrongSpeaker += s.wrongSpeaker; total.missed += s.missed; total.extra += s.extra;
    if (s.notes.length) byGroup.set(k.group, [...(byGroup.get(k.group) ?? []), `${s.notes.join(" | ")}   <- ${k.text.split("\n").slice(1).join(" / ").slice(0, 110)}`]);
  }
  console.log(`${name}: ${set.length} cases, ${total.want} quotes: right speaker ${total.ok}, wrong/no speaker ${total.wrongSpeaker}, missed ${total.missed}, extra ${total.extra}; found ${((total.ok + total.wrongSpeaker) / total.want).toFixed(3)}, right ${(total.ok / total.want).toFixed(3)}`);
  for (const [g, lines] of byGroup) for (const l of lines) console.log(`  [${g}] ${l}`);
}

report("first set", FIRST_SET);
if (SECOND_SET.length) report("second set", SECOND_SET);
report("extra", EXTRA);
