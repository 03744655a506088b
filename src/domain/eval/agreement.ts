// Agreement between the gold annotator and a second, blind annotator on topics and stance (decision 0110).
// The second annotator labels the gold statements themselves, so every pair is the same quote: the eval's
// own scoring (countArticle) then measures topic F1 and stance accuracy exactly as it scores the extractor.
import { STANCE_TOPICS, TOPICS, type StanceTopic, type Topic } from "../extract/types";
import type { Confusion, GoldStatement } from "./evaluate";

/** One statement's labels from the second annotator; a stance topic left out means neutral. */
export interface SecondLabel {
  topics: Topic[];
  stance: Partial<Record<StanceTopic, string>>;
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

/** One stance topic of one statement on which the two annotators differ in topic or stance. */
export interface Disagreement {
  topic: Topic;
  gold: string;
  second: string;
}

const stanceLabel = (s: GoldStatement, topic: Topic): string =>
  !s.topics.includes(topic) ? "—" : (STANCE_TOPICS as readonly string[]).includes(topic) ? (s.stance?.[topic as StanceTopic]?.value ?? "neutral") : "tagged";

/** Where two labellings of one statement differ: per topic, "—" when untagged, else its stance ("tagged" for other). */
export function disagreements(gold: GoldStatement, second: GoldStatement): Disagreement[] {
  return TOPICS.map((topic) => ({ topic, gold: stanceLabel(gold, topic), second: stanceLabel(second, topic) })).filter((d) => d.gold !== d.second);
}

/**
 * Stance agreement over every statement × stance topic that either annotator tags as a topic, neutral
 * included: the usual table for Cohen's kappa. (The eval's table leaves out pairs that both call neutral.)
 */
export function taggedStanceConfusion(pairs: { gold: GoldStatement; second: GoldStatement }[]): Confusion {
  const confusion: Confusion = {};
  for (const { gold, second } of pairs)
    for (const topic of STANCE_TOPICS) {
      if (!gold.topics.includes(topic) && !second.topics.includes(topic)) continue;
      const row = (confusion[gold.stance?.[topic]?.value ?? "neutral"] ??= {});
      const got = second.stance?.[topic]?.value ?? "neutral";
      row[got] = (row[got] ?? 0) + 1;
    }
  return confusion;
}

/** The article ids to score: all of them, or only those a list (ids separated by whitespace) names. */
export function onlyListed(names: string[], list?: string): string[] {
  if (list === undefined) return names;
  const wanted = new Set(list.split(/\s+/).filter(Boolean));
  return names.filter((name) => wanted.has(name));
}
