// Agreement between the gold annotator and a second, blind annotator on topics and stance (decision 0110).
// The second annotator labels the gold statements themselves, so every pair is the same quote: the eval's
// own scoring (countArticle) then measures topic F1 and stance accuracy exactly as it scores the extractor.
import { STANCE_TOPICS, type Topic } from "../extract/types";
import type { Confusion, GoldStatement } from "./evaluate";

/** One statement's labels from the second annotator; a stance topic left out means neutral. */
export interface SecondLabel {
  topics: Topic[];
  stance: Partial<Record<(typeof STANCE_TOPICS)[number], string>>;
}

/** Statement identity inside its article: the quote's offsets (stable while the gold quote is). */
export const statementKey = (s: Pick<GoldStatement, "start" | "end">): string => `${s.start}-${s.end}`;

/** The gold statements with their topics and stance replaced by the second annotator's; unlabelled ones are left out. */
export function relabel(gold: GoldStatement[], labels: Record<string, SecondLabel>): { gold: GoldStatement[]; second: GoldStatement[] } {
  const labelled = gold.filter((g) => labels[statementKey(g)]);
  const second = labelled.map((g) => {
    const label = labels[statementKey(g)];
    const stance = Object.fromEntries(Object.entries(label.stance).map(([topic, value]) => [topic, { value, evidence: "" }]));
    return { ...g, topics: label.topics, stance } as GoldStatement;
  });
  return { gold: labelled, second };
}

/** Cohen's kappa of a square confusion table (rows: first rater, columns: second); 1 when both use one value only. */
export function cohenKappa(confusion: Confusion): number {
  const values = [...new Set([...Object.keys(confusion), ...Object.values(confusion).flatMap((row) => Object.keys(row))])];
  const cell = (a: string, b: string) => confusion[a]?.[b] ?? 0;
  const total = values.reduce((sum, a) => sum + values.reduce((s, b) => s + cell(a, b), 0), 0);
  if (total === 0) return 1;
  const observed = values.reduce((sum, v) => sum + cell(v, v), 0) / total;
  const rowShare = (v: string) => values.reduce((s, b) => s + cell(v, b), 0) / total;
  const columnShare = (v: string) => values.reduce((s, a) => s + cell(a, v), 0) / total;
  const expected = values.reduce((sum, v) => sum + rowShare(v) * columnShare(v), 0);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}
