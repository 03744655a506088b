// How certain an extracted statement is, judged from what is stored (decision 0052). Each doubt names a
// field an editor should look at first; the review queue puts the statements with most doubt first.

export interface DoubtInput {
  speaker: string | null;
  quote: string;
  /** The sentence the report was found in. */
  sentence: string;
  kind: "direct" | "indirect";
  date: string | null;
  dateSource: "stated" | "relative" | "publication" | null;
  stances: { topic: string; evidence: string }[];
}

export interface Doubt {
  field: "speaker" | "stance" | "date" | "kind";
  weight: number;
  why: string;
}

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();

/** The speaker's surname (last word of the name) printed in the sentence: not resolved from a pronoun or a role. */
function speakerNamedInSentence(speaker: string, sentence: string): boolean {
  const surname = fold(speaker).split(/\s+/).pop() ?? "";
  return surname.length > 1 && fold(sentence).includes(surname);
}

export function doubtsOf(input: DoubtInput): Doubt[] {
  const doubts: Doubt[] = [];
  if (!input.speaker) doubts.push({ field: "speaker", weight: 3, why: "no speaker found" });
  else if (!speakerNamedInSentence(input.speaker, input.sentence)) {
    doubts.push({ field: "speaker", weight: 2, why: "speaker not named in the sentence (resolved from a pronoun, a role or another paragraph)" });
  }
  for (const stance of input.stances) {
    if (!fold(input.quote).includes(fold(stance.evidence))) {
      doubts.push({ field: "stance", weight: 2, why: `${stance.topic} stance decided by words outside the quote ("${stance.evidence}")` });
    }
  }
  if (!input.date) doubts.push({ field: "date", weight: 1, why: "no date" });
  else if (input.dateSource === "publication") doubts.push({ field: "date", weight: 1, why: "date taken from the publication date" });
  else if (input.dateSource === "relative") doubts.push({ field: "date", weight: 1, why: "date resolved from a relative phrase" });
  if (input.kind === "indirect") doubts.push({ field: "kind", weight: 1, why: "reported speech: the wording is the reporter's" });
  return doubts;
}

export function doubtScore(doubts: Doubt[]): number {
  return doubts.reduce((sum, d) => sum + d.weight, 0);
}
