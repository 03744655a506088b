// Display helpers with no I/O: dates at their precision, where a date came from,
// labels for topics and stances.
import { format } from "date-fns";

export type Precision = "day" | "month" | "year";
export type DateSourceValue = "stated" | "relative" | "publication";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Year, month (1–12) and day of "YYYY-MM-DD…" when it is a real calendar date. */
function calendarParts(value: string): [number, number, number] | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2023-02-29 over to 1 March: a real date comes back unchanged.
  return utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day ? [year, month, day] : null;
}

/** Parses "YYYY-MM-DD" as a calendar date (local midnight, no time zone shifts); null when it is not one. */
export function parseIsoDate(value: string | null | undefined): Date | null {
  const parts = value ? calendarParts(value) : null;
  if (!parts) return null;
  const date = new Date(parts[0], parts[1] - 1, parts[2]);
  date.setFullYear(parts[0]); // years 0–99 would otherwise be read as 1900–1999
  return date;
}

/** A Date from the database (@db.Date, UTC midnight) or a string, as "YYYY-MM-DD". */
export function toIsoDate(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return calendarParts(value) ? value.slice(0, 10) : null;
  if (Number.isNaN(value.getTime())) return null;
  return value.toISOString().slice(0, 10);
}

// Built once: a list page formats a date per statement, and date-fns' format with its pattern cost ~0.1 ms a
// call (several ms a page). en-GB writes "27 November 2024", "November 2024", "2024".
const LONG_DATE: Record<Precision, Intl.DateTimeFormat> = {
  day: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  month: new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }),
  year: new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: "UTC" }),
};

/**
 * "27 November 2024" (day), "November 2024" (month), "2024" (year). Unknown precision
 * shows the full day. Null or invalid input gives "Undated".
 */
export function formatDate(value: string | Date | null | undefined, precision: Precision | null | undefined = "day"): string {
  const iso = toIsoDate(value ?? null);
  const parts = iso ? calendarParts(iso) : null;
  if (!parts) return "Undated";
  const utc = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
  utc.setUTCFullYear(parts[0]);
  return LONG_DATE[precision === "year" || precision === "month" ? precision : "day"].format(utc);
}

/** Short form for dense places (timeline axis, chips): "27 Nov 2024", "Nov 2024", "2024". */
export function formatDateShort(value: string | Date | null | undefined, precision: Precision | null | undefined = "day"): string {
  const date = parseIsoDate(toIsoDate(value ?? null));
  if (!date) return "Undated";
  switch (precision) {
    case "year":
      return format(date, "yyyy");
    case "month":
      return format(date, "MMM yyyy");
    default:
      return format(date, "d MMM yyyy");
  }
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

export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? singular : plural}`;
}

/** A total that may be an estimate: "12 statements", or "about 12,400 statements". */
export function formatTotal(count: number, exact: boolean, singular: string, plural = `${singular}s`): string {
  return exact ? formatCount(count, singular, plural) : `about ${formatCount(count, singular, plural)}`;
}

/** A facet's count for an option label: "(12)", or "(about 1,200)" for an estimate; "" when unknown. */
export function formatFacetCount(facet: { count: number; exact: boolean } | undefined): string {
  if (!facet) return "";
  const n = facet.count.toLocaleString("en-GB");
  return facet.exact ? `(${n})` : `(about ${n})`;
}

