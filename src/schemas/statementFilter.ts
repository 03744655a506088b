// The statement filter set: ONE schema shared by the /statements page, the JSON API
// and (later) the feed and CSV export. `parseStatementFilter` never throws: each bad
// parameter falls back to its default and is reported in `issues`, so a page can show
// a notice and an API can answer 400 with the same messages.
import { z } from "zod";

export const FILTER_TOPICS = ["troops", "negotiations", "membership", "other"] as const;
export const FILTER_STANCES = ["opposes", "conditional", "supports"] as const;
export const FILTER_KINDS = ["direct", "indirect"] as const;
/** "date": newest first; "reports": most reported first (ties newest first). Unset: by relevance when searching, else by date. */
export const FILTER_SORTS = ["date", "reports"] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];
export type FilterSort = (typeof FILTER_SORTS)[number];
export type FilterTopic = (typeof FILTER_TOPICS)[number];
export type FilterStance = (typeof FILTER_STANCES)[number];

export const Q_MAX_LENGTH = 200;
/** Numbered pages go this far (OFFSET stays small); beyond, the "Next" link carries a cursor. */
export const MAX_PAGE = 50;
export const PAGE_SIZE = 20;

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2024-02-30, 2023-02-29, 2024-13-01). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const slug = (what: string) =>
  z
    .string()
    .max(100, { error: `That ${what} name is too long.` })
    .regex(SLUG_PATTERN, { error: `"%s" is not a ${what} identifier (lower-case words joined by hyphens).` });

/**
 * A position in the list order (newest first, undated last): the sort date ("-infinity" when undated),
 * the creation time and the id of the last statement shown; in the "most reported" order also its number
 * of reports, which comes first. Opaque to users (base64url JSON), stable across imports: a cursor names
 * a place in the order, not an offset.
 */
export interface ListCursor {
  sortDate: string;
  createdAt: string;
  id: string;
  /** Set only for sort=reports. */
  reports?: number;
}

const CURSOR_DATE = /^(?:-infinity|\d{4}-\d{2}-\d{2})$/;
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?$/;

export function encodeCursor(cursor: ListCursor): string {
  const key: (string | number)[] = [cursor.sortDate, cursor.createdAt, cursor.id];
  if (cursor.reports !== undefined) key.unshift(cursor.reports);
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

const isReportCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < 1e9;

/** The cursor in a link, or null when it is not one we made. */
export function decodeCursor(value: string): ListCursor | null {
  if (value.length > 400 || !/^[\w-]+$/.test(value)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || (parsed.length !== 3 && parsed.length !== 4)) return null;
    const reports: unknown = parsed.length === 4 ? parsed[0] : undefined;
    const parts = parsed.slice(parsed.length - 3);
    if (reports !== undefined && !isReportCount(reports)) return null;
    if (!parts.every((p) => typeof p === "string")) return null;
    const [sortDate, createdAt, id] = parts as string[];
    if (!CURSOR_DATE.test(sortDate) || (sortDate !== "-infinity" && !isCalendarDate(sortDate))) return null;
    if (!CURSOR_TIME.test(createdAt) || id.length === 0 || id.length > 100) return null;
    return reports === undefined ? { sortDate, createdAt, id } : { sortDate, createdAt, id, reports };
  } catch {
    return null;
  }
}

const calendarDate = z.string().refine(isCalendarDate, {
  error: "Use a real calendar date written YYYY-MM-DD.",
});

/** Per-parameter schemas; each is applied on its own so one bad value never spoils the others. */
export const statementFilterSchema = z.object({
  speaker: slug("speaker").optional(),
  topic: z.enum(FILTER_TOPICS, { error: `Topic must be one of ${FILTER_TOPICS.join(", ")}.` }).optional(),
  outlet: slug("outlet").optional(),
  stance: z.enum(FILTER_STANCES, { error: `Stance must be one of ${FILTER_STANCES.join(", ")}.` }).optional(),
  kind: z.enum(FILTER_KINDS, { error: `Kind must be one of ${FILTER_KINDS.join(", ")}.` }).optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  /** "1": only statements an editor has reviewed (decision 0051). */
  reviewed: z.enum(["1"], { error: 'Reviewed takes the value "1" (only statements an editor has checked).' }).optional(),
  q: z
    .string()
    .max(Q_MAX_LENGTH, { error: `Search text can be at most ${Q_MAX_LENGTH} characters.` })
    .optional(),
  sort: z.enum(FILTER_SORTS, { error: `Sort must be one of ${FILTER_SORTS.join(", ")}.` }).optional(),
  page: z
    .string()
    .regex(/^-?\d+$/, { error: "Page must be a whole number." })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, { error: "Page must be 1 or more." })
        .max(MAX_PAGE, { error: `Page can be at most ${MAX_PAGE}.` }),
    )
    .default(1),
  /** Keyset position: the statements after this one (the "Next" link beyond the numbered pages). */
  after: z
    .string()
    .refine((value) => decodeCursor(value) !== null, { error: "That page link is broken or out of date; showing the first page." })
    .optional(),
});

export type StatementFilter = z.output<typeof statementFilterSchema>;
export type StatementFilterParam = keyof StatementFilter;
export const FILTER_PARAMS = Object.keys(statementFilterSchema.shape) as StatementFilterParam[];

export interface FilterIssue {
  param: StatementFilterParam;
  /** The value as received, for display (shortened). */
  value: string;
  message: string;
}

export interface ParsedStatementFilter {
  filter: StatementFilter;
  issues: FilterIssue[];
}

export type SearchParamsInput =
  | URLSearchParams
  | Record<string, string | string[] | undefined>
  | null
  | undefined;

const PARAM_LABELS: Record<StatementFilterParam, string> = {
  speaker: "speaker",
  topic: "topic",
  outlet: "outlet",
  stance: "stance",
  kind: "kind",
  from: "from date",
  to: "to date",
  reviewed: "reviewed only",
  q: "search text",
  sort: "order",
  page: "page",
  after: "page position",
};

export function paramLabel(param: StatementFilterParam): string {
  return PARAM_LABELS[param];
}

function readAll(input: SearchParamsInput, key: string): string[] {
  if (!input) return [];
  if (input instanceof URLSearchParams) return input.getAll(key);
  const value = (input as Record<string, unknown>)[key];
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map((v) => String(v));
  return [String(value)];
}

/** Control characters (PostgreSQL rejects NUL) become spaces; runs of whitespace collapse. */
function normaliseText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
}

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

/**
 * Parses search params (a Next.js searchParams object or URLSearchParams) into a filter.
 * Never throws. Empty values (an untouched form field) mean "not set" and are not issues.
 */
export function parseStatementFilter(input: SearchParamsInput): ParsedStatementFilter {
  const filter: Record<string, unknown> = {};
  const issues: FilterIssue[] = [];
  const shape = statementFilterSchema.shape;

  for (const param of FILTER_PARAMS) {
    const values = readAll(input, param)
      .map((v) => (param === "q" ? normaliseText(v) : v.trim()))
      .filter((v) => v !== "");
    if (values.length === 0) {
      if (param === "page") filter.page = 1;
      continue;
    }
    const distinct = [...new Set(values)];
    if (distinct.length > 1) {
      issues.push({
        param,
        value: shorten(distinct.join(", ")),
        message: `Only one ${paramLabel(param)} can be used at a time; this filter was ignored.`,
      });
      if (param === "page") filter.page = 1;
      continue;
    }
    const raw = distinct[0];
    const schema = shape[param] as z.ZodType;
    const result = schema.safeParse(param === "speaker" || param === "outlet" ? raw.toLowerCase() : raw);
    if (result.success) {
      filter[param] = result.data;
    } else {
      const message = (result.error.issues[0]?.message ?? "Invalid value.").replace("%s", shorten(raw));
      issues.push({ param, value: shorten(raw), message: param === "after" ? message : `${message} It was ignored.` });
      if (param === "page") filter.page = 1;
    }
  }

  if (typeof filter.from === "string" && typeof filter.to === "string" && filter.from > filter.to) {
    issues.push({
      param: "to",
      value: String(filter.to),
      message: `The to date ${filter.to} is before the from date ${filter.from}; it was ignored.`,
    });
    delete filter.to;
  }

  if (filter.topic === "other" && filter.stance) {
    issues.push({
      param: "stance",
      value: String(filter.stance),
      message: 'Statements on "other" topics carry no stance, so the stance filter was ignored.',
    });
    delete filter.stance;
  }

  const cursor = typeof filter.after === "string" ? decodeCursor(filter.after) : null;
  if (cursor && (cursor.reports !== undefined) !== (filter.sort === "reports")) {
    issues.push({ param: "after", value: shorten(String(filter.after)), message: "That page link belongs to another order; showing the first page." });
    delete filter.after;
  }

  return { filter: filter as StatementFilter, issues };
}

/**
 * Drops a speaker or outlet slug that names nothing we know, with an issue, so a
 * mistyped link shows a notice instead of a silently empty list.
 */
export function dropUnknownSlugs(
  parsed: ParsedStatementFilter,
  known: { speakers: readonly string[]; outlets: readonly string[] },
): ParsedStatementFilter {
  const filter = { ...parsed.filter };
  const issues = [...parsed.issues];
  if (filter.speaker && !known.speakers.includes(filter.speaker)) {
    issues.push({ param: "speaker", value: filter.speaker, message: `We have no speaker "${filter.speaker}"; this filter was ignored.` });
    delete filter.speaker;
  }
  if (filter.outlet && !known.outlets.includes(filter.outlet)) {
    issues.push({ param: "outlet", value: filter.outlet, message: `We have no outlet "${filter.outlet}"; this filter was ignored.` });
    delete filter.outlet;
  }
  return { filter, issues };
}

export type NarrowingParam = Exclude<StatementFilterParam, "page" | "after" | "sort">;

/** The filter without its page position and order: what narrows the result set. */
export function activeFilterParams(filter: Partial<StatementFilter>): NarrowingParam[] {
  return FILTER_PARAMS.filter(
    (p): p is NarrowingParam => p !== "page" && p !== "after" && p !== "sort" && filter[p] !== undefined,
  );
}
