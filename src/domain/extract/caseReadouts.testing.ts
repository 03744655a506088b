// How the invented-case sets read the extractor's answer for one field (not a test itself): shared by the date sets
// (decisions 0735, 0755, 0775), the outlet sets (0770), the direct-quote sets (0750) and the scripts that score them.
import type { DateCase } from "./datesAsAClass.cases";
import type { DirectCase } from "./directQuotesAsAClass.cases";
import { extractStatements } from "./extract";
import type { ExtractedStatement } from "./types";
import type { OutletCase } from "./outletsAcrossTheArticle.cases";

/**
 * The date of the statement holding the case's words (the first statement when it names none), as the gold prints it
 * at its precision ("2025-03-11", "2025-03", "2025"); null for no date, undefined for no statement.
 */
export function dateOf(k: DateCase): string | null | undefined {
  const statements = extractStatements(k.text, { publishedAt: k.published, outlet: null }).statements;
  const s = k.find ? statements.find((x) => x.quote.includes(k.find!)) : statements[0];
  if (!s) return undefined;
  if (!s.date) return null;
  return s.date.slice(0, { day: 10, month: 7, year: 4 }[s.datePrecision ?? "day"]);
}

/** For each listed statement the outlet of the first statement holding its words (undefined: no statement). */
export function outletsOf(k: OutletCase): (string | null | undefined)[] {
  const found = extractStatements(k.text, { publishedAt: "2025-03-12", outlet: k.publisher }).statements;
  return holdingEach(found, k.want).matched.map((s) => (s ? (s.outletCited ?? null) : undefined));
}

/** For each wanted [words, …] the first statement not taken yet whose quote holds the words, and the indices taken. */
function holdingEach(statements: ExtractedStatement[], want: readonly [words: string, expected: string | null][]): { matched: (ExtractedStatement | undefined)[]; used: Set<number> } {
  const used = new Set<number>();
  const matched = want.map(([words]) => {
    const i = statements.findIndex((s, j) => !used.has(j) && s.quote.includes(words));
    if (i < 0) return undefined;
    used.add(i);
    return statements[i];
  });
  return { matched, used };
}

/**
 * For each expected quote the first direct statement holding its words (undefined: none), the other direct statements
 * (those the case allows to someone else left out), and every statement found.
 */
export function directQuotesOf(k: DirectCase): { matched: (ExtractedStatement | undefined)[]; others: ExtractedStatement[]; all: ExtractedStatement[] } {
  const all = extractStatements(k.text, { publishedAt: "2025-03-12", outlet: null }).statements;
  const direct = all.filter((s) => s.kind === "direct");
  const { matched, used } = holdingEach(direct, k.want);
  const allowed = (s: ExtractedStatement) => !!k.notBy && s.quote.includes(k.notBy[0]) && s.speaker !== k.notBy[1];
  return { matched, others: direct.filter((s, j) => !used.has(j) && !allowed(s)), all };
}
