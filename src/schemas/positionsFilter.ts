// The positions filter set (/positions, and any API over it): ONE schema. Like the statement filter,
// parsing never throws: a bad parameter falls back to its default and is reported in `issues`.
import { z } from "zod";
import { isPeriodKey, ZOOMS, type Zoom } from "@/domain/positions/periods";

export const POSITION_TOPICS = ["troops", "negotiations", "membership"] as const;
export type PositionTopic = (typeof POSITION_TOPICS)[number];
/** Speakers compared side by side at most. */
export const MAX_COMPARED = 8;

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const positionsFilterSchema = z.object({
  topic: z.enum(POSITION_TOPICS, { error: `Topic must be one of ${POSITION_TOPICS.join(", ")}.` }).default("troops"),
  /** Repeated: compare just these speakers. */
  speaker: z
    .array(z.string().max(100).regex(SLUG_PATTERN, { error: "A speaker is named by lower-case words joined by hyphens." }))
    .max(MAX_COMPARED, { error: `At most ${MAX_COMPARED} speakers can be compared.` })
    .default([]),
  zoom: z.enum(ZOOMS, { error: `Zoom must be one of ${ZOOMS.join(", ")}.` }).default("year"),
  /** The period shown at this zoom: "2025", "2025-Q2" or "2025-04"; unset, the latest with statements. */
  at: z.string().max(10).optional(),
  /** "hide": only NATO officials. */
  others: z.enum(["hide"], { error: 'Others takes the value "hide".' }).optional(),
  /**
   * "all": the list below the chart gives each speaker's latest five changes, not only the latest one
   * (decision 0305: the first answer stays light; the chart's markers of the others lead here).
   */
  changes: z.enum(["all"], { error: 'Changes takes the value "all".' }).optional(),
  /** "table": the accessible table instead of the chart. */
  view: z.enum(["table"], { error: 'View takes the value "table".' }).optional(),
  /** Which rows of each group: page 1 holds the speakers with the most statements in the period. */
  page: z.coerce.number({ error: "Page is a whole number from 1." }).int({ error: "Page is a whole number from 1." }).min(1, { error: "Page is a whole number from 1." }).max(1000, { error: "Page is at most 1000." }).default(1),
});

export type PositionsFilter = z.output<typeof positionsFilterSchema>;
type Param = keyof PositionsFilter;
const PARAMS = Object.keys(positionsFilterSchema.shape) as Param[];

export interface PositionsIssue {
  param: Param;
  value: string;
  message: string;
}

const AT_SHAPES: Record<Zoom, string> = { year: "2025", quarter: "2025-Q2", month: "2025-04" };

function valuesOf(input: URLSearchParams | Record<string, string | string[] | undefined>, key: string): string[] {
  const raw = input instanceof URLSearchParams ? input.getAll(key) : ([] as string[]).concat(input[key] ?? []);
  return raw.map((v) => v.trim()).filter((v) => v !== "");
}

/** Parses search params; each bad value becomes an issue and its default. */
export function parsePositionsFilter(input: URLSearchParams | Record<string, string | string[] | undefined>): { filter: PositionsFilter; issues: PositionsIssue[] } {
  const raw: Record<string, unknown> = {};
  const issues: PositionsIssue[] = [];
  for (const param of PARAMS) {
    const values = valuesOf(input, param).map((v) => (param === "speaker" ? v.toLowerCase() : v));
    if (values.length === 0) continue;
    const value = param === "speaker" ? [...new Set(values)] : values[0];
    const result = positionsFilterSchema.shape[param].safeParse(value);
    if (result.success) raw[param] = result.data;
    else issues.push({ param, value: values.join(", ").slice(0, 60), message: `${result.error.issues[0]?.message ?? "Invalid value."} It was ignored.` });
    if (param !== "speaker" && values.length > 1) issues.push({ param, value: values.join(", ").slice(0, 60), message: `Only one ${param} can be used; the first was kept.` });
  }
  const filter = positionsFilterSchema.parse(raw);
  if (filter.at !== undefined && !isPeriodKey(filter.zoom, filter.at)) {
    issues.push({ param: "at", value: filter.at, message: `At ${filter.zoom} zoom a period is written like ${AT_SHAPES[filter.zoom]}; showing the latest.` });
    delete filter.at;
  }
  return { filter, issues };
}
