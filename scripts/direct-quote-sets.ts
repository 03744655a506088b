// Scores the invented direct-quote sets (decision 0750): run with `npx tsx scripts/direct-quote-sets.ts`.
import { EXTRA, FIRST_SET, SECOND_SET, type DirectCase } from "../src/domain/extract/directQuotesAsAClass.cases";
import { extractStatements } from "../src/domain/extract/extract";

export interface CaseScore { ok: number; wrongSpeaker: number; missed: number; extra: number; notes: string[] }

export function scoreCase(k: DirectCase): CaseScore {
  const found = extractStatements(k.text, { publishedAt: "2025-03-12", outlet: null }).statements;
  const used = new Set<number>();
  const s: CaseScore = { ok: 0, wrongSpeaker: 0, missed: 0, extra: 0, notes: [] };
  for (const [words, speaker] of k.want) {
    const i = found.findIndex((f, j) => !used.has(j) && f.kind === "direct" && f.quote.includes(words));
    if (i < 0) {
      const any = found.find((f) => f.quote.includes(words));
      s.missed++;
      s.notes.push(`MISS ${words}${any ? ` (as ${any.kind} of ${any.speaker})` : ""}`);
      continue;
    }
    used.add(i);
    if (found[i].speaker === speaker) s.ok++;
    else { s.wrongSpeaker++; s.notes.push(`SPK ${words}: ${found[i].speaker} ≠ ${speaker}`); }
  }
  found.forEach((f, j) => {
    const allowed = k.notBy && f.quote.includes(k.notBy[0]) && f.speaker !== k.notBy[1];
    if (f.kind === "direct" && !used.has(j) && !allowed) { s.extra++; s.notes.push(`EXTRA «${f.quote.slice(0, 60)}» ${f.speaker}`); }
  });
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
