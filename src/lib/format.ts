// Display helpers with no I/O: dates at their precision, where a date came from,
// labels for topics and stances.
import { isValid, parse } from "date-fns";
import { MONTH_NAMES as MONTHS } from "@/domain/calendar/names";

export type Precision = "day" | "month" | "year";
export type DateSourceValue = "stated" | "relative" | "publication";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Year, month (1-12) and day of a strict "YYYY-MM-DD" that names a real day; null otherwise. Checked
 * by arithmetic, not through date-fns' pattern parser: a page of a thousand marks formats thousands of dates. */
function calendarParts(value: string): { year: number; month: number; day: number } | null {
  const parts = ISO_DAY.exec(value);
  if (!parts) return null;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/** Parses "YYYY-MM-DD" as a calendar date (no time zone shifts); null when it is not one. */
export function parseIsoDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const head = value.slice(0, 10);
  if (ISO_DAY.test(head)) {
    const parts = calendarParts(head);
    if (!parts) return null;
    const date = new Date(2000, 0, 1);
    date.setFullYear(parts.year, parts.month - 1, parts.day);
    return date;
  }
  const parsed = parse(head, "yyyy-MM-dd", new Date(2000, 0, 1));
  return isValid(parsed) ? parsed : null;
}

/** A Date from the database (@db.Date, UTC midnight) or a string, as "YYYY-MM-DD". */
export function toIsoDate(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    const head = value.slice(0, 10);
    return (ISO_DAY.test(head) ? calendarParts(head) : parseIsoDate(value)) ? head : null;
  }
  if (Number.isNaN(value.getTime())) return null;
  return value.toISOString().slice(0, 10);
}

/** A calendar date at its precision, long ("27 November 2024") or short ("27 Nov 2024"): what date-fns'
 * "d MMMM yyyy" and "d MMM yyyy" give, without building a formatter per call. */
function calendarWords(value: string | Date | null | undefined, precision: Precision | null | undefined, short: boolean): string {
  const iso = toIsoDate(value ?? null);
  const parts = iso ? calendarParts(iso) : null;
  const date = parts ?? (iso ? fromDate(parseIsoDate(iso)) : null);
  if (!date) return "Undated";
  const year = String(date.year).padStart(4, "0");
  if (precision === "year") return year;
  const month = short ? MONTHS[date.month - 1].slice(0, 3) : MONTHS[date.month - 1];
  return precision === "month" ? `${month} ${year}` : `${date.day} ${month} ${year}`;
}

const fromDate = (date: Date | null) => (date ? { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() } : null);

/**
 * "27 November 2024" (day), "November 2024" (month), "2024" (year). Unknown precision
 * shows the full day. Null or invalid input gives "Undated".
 */
export function formatDate(value: string | Date | null | undefined, precision: Precision | null | undefined = "day"): string {
  return calendarWords(value, precision, false);
}

/** Short form for dense places (timeline axis, chips): "27 Nov 2024", "Nov 2024", "2024". */
export function formatDateShort(value: string | Date | null | undefined, precision: Precision | null | undefined = "day"): string {
  return calendarWords(value, precision, true);
}

const DATE_SOURCE_WORDS: Record<DateSourceValue, string> = {
  stated: "stated in the text",
  relative: "resolved from a relative date",
  publication: "publication date",
};

/** Where a date came from, in words. */
export function formatDateSource(source: DateSourceValue | null | undefined): string | null {
  return source ? DATE_SOURCE_WORDS[source] : null;
}

const PRECISION_WORDS: Record<Precision, string> = {
  day: "exact day",
  month: "month only",
  year: "year only",
};

export function formatPrecision(precision: Precision | null | undefined): string | null {
  return precision ? PRECISION_WORDS[precision] : null;
}

/** "27 November 2024 (stated in the text)" — a date with its provenance in one phrase. */
export function formatDateWithSource(
  value: string | Date | null | undefined,
  precision: Precision | null | undefined,
  source: DateSourceValue | null | undefined,
): string {
  const date = formatDate(value, precision);
  const words = formatDateSource(source);
  return words && date !== "Undated" ? `${date} (${words})` : date;
}

export const TOPIC_LABELS = {
  troops: "Troops to Ukraine",
  negotiations: "Peace negotiations",
  membership: "Ukraine in NATO",
  other: "Other",
} as const;

export type TopicValue = keyof typeof TOPIC_LABELS;

export function topicLabel(topic: string): string {
  return (TOPIC_LABELS as Record<string, string>)[topic] ?? topic;
}

export const STANCE_LABELS = {
  opposes: "Opposes",
  conditional: "Conditional",
  supports: "Supports",
} as const;

export type StanceValue = keyof typeof STANCE_LABELS;

export function stanceLabel(stance: string): string {
  return (STANCE_LABELS as Record<string, string>)[stance] ?? stance;
}

const KIND_LABELS: Record<string, string> = { direct: "Direct quote", indirect: "Reported speech" };

/** "Direct quote" or "Reported speech". */
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

/** What a stance means on a topic, for tooltips and screen-reader text. */
export function stanceDescription(topic: string, stance: string): string {
  const meanings: Record<string, Record<string, string>> = {
    troops: {
      opposes: "against sending troops to Ukraine",
      conditional: "troops only under conditions",
      supports: "for sending troops to Ukraine",
    },
    negotiations: {
      opposes: "against talks now",
      conditional: "talks only under conditions",
      supports: "for talks now",
    },
    membership: {
      opposes: "against Ukraine joining NATO",
      conditional: "membership, but not now or only under conditions",
      supports: "for Ukraine joining NATO",
    },
  };
  return meanings[topic]?.[stance] ?? stanceLabel(stance).toLowerCase();
}

/** One formatter for every number: `toLocaleString("en-GB")` builds one per call (~50 µs, a few ms of a
 * chart's render at a million statements; decision 0305). */
const NUMBER_FORMAT = new Intl.NumberFormat("en-GB");

/** "12,400": a count with the thousands separated. */
export function formatNumber(count: number): string {
  return NUMBER_FORMAT.format(count);
}

export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/** A total that may be an estimate: "12 statements", or "about 12,400 statements". */
export function formatTotal(count: number, exact: boolean, singular: string, plural = `${singular}s`): string {
  return exact ? formatCount(count, singular, plural) : `about ${formatCount(count, singular, plural)}`;
}

/** A facet's count for an option label: "(12)", or "(about 1,200)" for an estimate; "" when unknown. */
export function formatFacetCount(facet: { count: number; exact: boolean } | undefined): string {
  if (!facet) return "";
  const n = formatNumber(facet.count);
  return facet.exact ? `(${n})` : `(about ${n})`;
}


/**
 * A quote in curly quotation marks, shortened to `max` characters with an ellipsis. A reported clause printed in
 * its own marks (`said that "it is unlikely"`, kept with them as the spec asks) gets no second pair.
 */
export function inQuotationMarks(quote: string, max = Infinity): string {
  const enclosed = ENCLOSED_IN_MARKS.exec(quote);
  const inner = enclosed ? enclosed[1] : quote;
  return `“${inner.length > max ? `${inner.slice(0, max - 1)}…` : inner}”`;
}

const ENCLOSED_IN_MARKS = /^["“«„]([^"“”«»„]*)["”»]$/;
