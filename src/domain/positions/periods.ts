// The window of the positions view: a year, a quarter or a month, named in the URL as "2025",
// "2025-Q2" or "2025-04". Pure date arithmetic on ISO day strings (UTC, no time zones).
import { MONTH_NAMES } from "../calendar/names";

export const ZOOMS = ["year", "quarter", "month"] as const;
export type Zoom = (typeof ZOOMS)[number];

export interface Period {
  zoom: Zoom;
  /** How the URL names it: "2025", "2025-Q2", "2025-04". */
  key: string;
  /** First day, "YYYY-MM-DD". */
  start: string;
  /** First day after the period (exclusive). */
  end: string;
}

const KEY_PATTERNS: Record<Zoom, RegExp> = {
  year: /^(\d{4})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
};

const MONTHS_IN: Record<Zoom, number> = { year: 12, quarter: 3, month: 1 };
const DAY_MS = 86_400_000;

function isoOf(year: number, monthIndex: number): string {
  return new Date(Date.UTC(year, monthIndex, 1)).toISOString().slice(0, 10);
}

/** The period starting at a month index counted from year 0 (year * 12 + month). */
function periodAt(zoom: Zoom, monthCount: number): Period {
  const year = Math.floor(monthCount / 12);
  const month = monthCount - year * 12;
  const key = zoom === "year" ? String(year) : zoom === "quarter" ? `${year}-Q${month / 3 + 1}` : `${year}-${String(month + 1).padStart(2, "0")}`;
  return { zoom, key, start: isoOf(year, month), end: isoOf(year, month + MONTHS_IN[zoom]) };
}

function monthCountOf(isoDay: string): number {
  return Number(isoDay.slice(0, 4)) * 12 + Number(isoDay.slice(5, 7)) - 1;
}

/** Whether `key` names a period at this zoom ("2025-Q2" at quarter zoom). */
export function isPeriodKey(zoom: Zoom, key: string): boolean {
  const match = KEY_PATTERNS[zoom].exec(key);
  return match !== null && Number(match[1]) >= 1949 && Number(match[1]) <= 2999;
}

/** The period a URL names, or null when the key does not fit the zoom. */
export function periodOf(zoom: Zoom, key: string): Period | null {
  if (!isPeriodKey(zoom, key)) return null;
  const match = KEY_PATTERNS[zoom].exec(key) as RegExpExecArray;
  const year = Number(match[1]);
  const month = zoom === "year" ? 0 : zoom === "quarter" ? (Number(match[2]) - 1) * 3 : Number(match[2]) - 1;
  return periodAt(zoom, year * 12 + month);
}

/** The period at this zoom that contains a day. */
export function periodContaining(zoom: Zoom, isoDay: string): Period {
  const count = monthCountOf(isoDay);
  return periodAt(zoom, count - (count % MONTHS_IN[zoom]));
}

/** The period `steps` periods later (negative: earlier): panning. */
export function shiftPeriod(period: Period, steps: number): Period {
  return periodAt(period.zoom, monthCountOf(period.start) + steps * MONTHS_IN[period.zoom]);
}

/** The periods at a finer zoom that make up a period (the quarters of a year, the months of a quarter). */
export function subPeriods(period: Period, zoom: Zoom): Period[] {
  const result: Period[] = [];
  for (let count = monthCountOf(period.start); count < monthCountOf(period.end); count += MONTHS_IN[zoom]) result.push(periodAt(zoom, count));
  return result;
}

/** "2025", "April–June 2025", "April 2025". */
export function periodLabel(period: Period): string {
  const year = period.start.slice(0, 4);
  const month = Number(period.start.slice(5, 7)) - 1;
  if (period.zoom === "year") return year;
  if (period.zoom === "month") return `${MONTH_NAMES[month]} ${year}`;
  return `${MONTH_NAMES[month]}–${MONTH_NAMES[month + 2]} ${year}`;
}

/** Days since 1970-01-01 of an ISO day. */
export function dayNumber(isoDay: string): number {
  return Math.round(Date.UTC(Number(isoDay.slice(0, 4)), Number(isoDay.slice(5, 7)) - 1, Number(isoDay.slice(8, 10))) / DAY_MS);
}

/** The ISO day of a day number. */
export function isoDayOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The last day inside a period (its end is exclusive). */
export function lastDayOf(period: Pick<Period, "end">): string {
  return isoDayOf(dayNumber(period.end) - 1);
}
