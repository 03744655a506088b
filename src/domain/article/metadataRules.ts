// Rules for an article's metadata that a pattern alone cannot express: a
// publication date that exists on the calendar, falls in NATO's lifetime and
// not in the future; a source address a reader can safely follow.
// Pure: "today" is passed in.
import { MONTH_NAMES as MONTHS } from "../calendar/names";

export type MetadataProblemCode = "DATE_FORMAT" | "DATE_IMPOSSIBLE" | "DATE_PRECISION" | "DATE_OUT_OF_RANGE" | "DATE_IN_FUTURE" | "URL_NOT_HTTP";

export interface MetadataProblem {
  code: MetadataProblemCode;
  message: string;
}

/** NATO was founded in April 1949: nothing its leaders said was published earlier. */
export const EARLIEST_PUBLICATION_YEAR = 1949;
/** A date up to two days ahead is accepted: time zones, and reports dated for the next morning's edition. */
export const FUTURE_TOLERANCE_DAYS = 2;

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The problem with a publication date written YYYY-MM-DD, YYYY-MM or YYYY, or null. */
export function checkPublicationDate(value: string, today: Date): MetadataProblem | null {
  const shape = DATE_SHAPE.exec(value);
  if (!shape) return { code: "DATE_FORMAT", message: `publishedAt "${value}" must be written YYYY-MM-DD, YYYY-MM or YYYY` };
  const [year, month, day] = [shape[1], shape[2], shape[3]].map((part) => (part === undefined ? null : Number(part)));
  if (month !== null && (month < 1 || month > 12)) return impossible(value, `there is no month ${month}`);
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year!, month))) {
    return impossible(value, `${MONTHS[month - 1]} ${year} has ${daysInMonth(year!, month)} days`);
  }
  if (year! < EARLIEST_PUBLICATION_YEAR) {
    return { code: "DATE_OUT_OF_RANGE", message: `publishedAt ${value} is out of range: the year must be ${EARLIEST_PUBLICATION_YEAR} (when NATO was founded) or later` };
  }
  const firstDay = Date.UTC(year!, (month ?? 1) - 1, day ?? 1);
  const latest = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + FUTURE_TOLERANCE_DAYS);
  if (firstDay > latest) {
    return {
      code: "DATE_IN_FUTURE",
      message: `publishedAt ${value} is in the future (more than ${FUTURE_TOLERANCE_DAYS} days after today, ${today.toISOString().slice(0, 10)})`,
    };
  }
  return null;
}

function impossible(value: string, why: string): MetadataProblem {
  return { code: "DATE_IMPOSSIBLE", message: `publishedAt ${value} is not a real date: ${why}` };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The problem with a source address, or null: only absolute http(s) addresses with a host. */
export function checkSourceUrl(value: string): MetadataProblem | null {
  const refuse = (why: string): MetadataProblem => ({ code: "URL_NOT_HTTP", message: `url "${printable(value)}" ${why}` });
  // The URL parser silently drops tabs, newlines and edge spaces ("java\tscript:" becomes "javascript:"); we don't.
  if ([...value].some((c) => c <= " " || c === "\u007f")) return refuse("contains spaces or control characters");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return refuse("is not an absolute address (it must start with http:// or https://)");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return refuse(`uses "${url.protocol}"; only http and https addresses are accepted`);
  if (!/^https?:\/\/[^/]/i.test(value) || !url.hostname) return refuse("has no host name");
  return null;
}

function printable(value: string): string {
  const shown = [...value].map((c) => (c < " " || c === "\u007f" ? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}` : c)).join("");
  return shown.length > 80 ? `${shown.slice(0, 80)}…` : shown;
}
