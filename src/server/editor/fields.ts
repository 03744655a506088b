// The statement fields an editor can correct, their validation, and how each is shown in the public log.
import { z } from "zod";
import { checkPublicationDate } from "@/domain/article/metadataRules";

export const TOPIC_VALUES = ["troops", "negotiations", "membership", "other"] as const;
export const STANCE_TOPIC_VALUES = ["troops", "negotiations", "membership"] as const;
export const STANCE_VALUES = ["opposes", "conditional", "supports"] as const;
export const PRECISION_VALUES = ["day", "month", "year"] as const;

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).transform((v) => v || null).nullable();

export const stanceSchema = z.object({
  topic: z.enum(STANCE_TOPIC_VALUES),
  value: z.enum(STANCE_VALUES),
  evidence: text(500).min(1, "say which words decide the stance"),
});

/** Every correctable field; each is optional, an absent field is left as it is. */
export const statementFieldsSchema = z
  .object({
    speaker: optionalText(120),
    speakerRole: optionalText(200),
    kind: z.enum(["direct", "indirect"]),
    date: z
      .string()
      .trim()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "write the date as YYYY-MM-DD, YYYY-MM or YYYY")
      // The import's calendar rule: no 30 February rolled over into March, nothing before 1949 or in the future.
      .superRefine((value, ctx) => {
        const problem = checkPublicationDate(value, new Date());
        if (problem) ctx.addIssue({ code: "custom", message: problem.message.replace(/^publishedAt /, "the date ") });
      })
      .nullable()
      .or(z.literal("").transform(() => null)),
    datePrecision: z.enum(PRECISION_VALUES).nullable().or(z.literal("").transform(() => null)),
    topics: z.array(z.enum(TOPIC_VALUES)).max(4),
    stances: z.array(stanceSchema).max(3),
    outletCited: optionalText(300),
    venue: optionalText(300),
  })
  .partial();

export type StatementFields = z.infer<typeof statementFieldsSchema>;
export type FieldName = keyof StatementFields;
export type Stance = z.infer<typeof stanceSchema>;

export const FIELD_LABELS: Record<FieldName | "status" | "merged" | "split", string> = {
  speaker: "speaker",
  speakerRole: "role",
  kind: "kind",
  date: "date",
  datePrecision: "date precision",
  topics: "topics",
  stances: "stance",
  outletCited: "outlet chain",
  venue: "venue",
  status: "review",
  merged: "merged",
  split: "split",
};

/** A field's value as the corrections log prints it (null: not set). */
export function displayValue(field: FieldName, value: StatementFields[FieldName]): string | null {
  if (value === null || value === undefined) return null;
  if (field === "topics") return (value as string[]).join(", ") || null;
  if (field === "stances") {
    const stances = value as Stance[];
    return stances.length ? stances.map((s) => `${s.topic}: ${s.value} ("${s.evidence}")`).join("; ") : null;
  }
  return String(value);
}

/** The fields whose displayed value differs, with before and after. */
export function changedFields(before: StatementFields, after: StatementFields): { field: FieldName; before: string | null; after: string | null }[] {
  const changes = [];
  for (const field of Object.keys(after) as FieldName[]) {
    if (after[field] === undefined) continue;
    const was = displayValue(field, before[field]);
    const now = displayValue(field, after[field]);
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return changes;
}

/** A stored date written to its precision: "2025", "2025-03" or "2025-03-14". */
export function dateAtPrecision(date: Date | null, precision: "day" | "month" | "year" | null): string | null {
  return date ? date.toISOString().slice(0, { day: 10, month: 7, year: 4 }[precision ?? "day"]) : null;
}

export interface StoredStatement {
  speaker: { name: string } | null;
  speakerRole: string | null;
  kind: "direct" | "indirect";
  date: Date | null;
  datePrecision: "day" | "month" | "year" | null;
  topics: (typeof TOPIC_VALUES)[number][];
  stances: { topic: string; value: (typeof STANCE_VALUES)[number]; evidence: string }[];
  reports: { outletCited: string | null; venue: string | null }[];
}

/** A stored statement's values in the editable shape (outlet chain and venue from its first report). */
export function currentFields(row: StoredStatement): Required<StatementFields> {
  return {
    speaker: row.speaker?.name ?? null,
    speakerRole: row.speakerRole,
    kind: row.kind,
    date: dateAtPrecision(row.date, row.datePrecision),
    datePrecision: row.datePrecision,
    topics: row.topics,
    stances: row.stances.map((s) => ({ topic: s.topic as Stance["topic"], value: s.value, evidence: s.evidence })),
    outletCited: row.reports[0]?.outletCited ?? null,
    venue: row.reports[0]?.venue ?? null,
  };
}
