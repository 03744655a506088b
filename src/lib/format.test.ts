import { describe, expect, it } from "vitest";
import {
  inQuotationMarks,
  formatCount,
  formatNumber,
  formatDate,
  formatDateShort,
  formatDateSource,
  formatDateWithSource,
  parseIsoDate,
  stanceDescription,
  toIsoDate,
  topicLabel,
} from "./format";

describe("formatDate", () => {
  it("shows a date at its precision", () => {
    expect(formatDate("2024-11-27", "day")).toBe("27 November 2024");
    expect(formatDate("2024-11-01", "month")).toBe("November 2024");
    expect(formatDate("2024-01-01", "year")).toBe("2024");
  });
  it("defaults to the full day", () => {
    expect(formatDate("2025-03-05")).toBe("5 March 2025");
    expect(formatDate("2025-03-05", null)).toBe("5 March 2025");
  });
  it("accepts database dates (UTC midnight) without shifting the day", () => {
    expect(formatDate(new Date("2024-11-27T00:00:00.000Z"), "day")).toBe("27 November 2024");
  });
  it("says Undated for missing or invalid dates", () => {
    expect(formatDate(null)).toBe("Undated");
    expect(formatDate("2024-02-30")).toBe("Undated");
    expect(formatDate("garbage")).toBe("Undated");
  });
  it("has a short form", () => {
    expect(formatDateShort("2024-11-27", "day")).toBe("27 Nov 2024");
    expect(formatDateShort("2024-11-27", "month")).toBe("Nov 2024");
    expect(formatDateShort("2024-11-27", "year")).toBe("2024");
  });
});

describe("iso dates", () => {
  it("parses only real dates", () => {
    expect(parseIsoDate("2024-02-29")?.getDate()).toBe(29);
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(parseIsoDate("1900-02-29")).toBeNull(); // centuries are leap years only when divisible by 400
    expect(formatDate("2000-02-29")).toBe("29 February 2000");
    expect(formatDate("2025-04-31")).toBe("Undated");
    expect(formatDateShort("2025-09-30T12:00:00Z", "day")).toBe("30 Sep 2025");
    expect(toIsoDate(new Date("2024-05-06T00:00:00Z"))).toBe("2024-05-06");
    expect(toIsoDate(null)).toBeNull();
  });
});

describe("date source", () => {
  it("puts the source in words", () => {
    expect(formatDateSource("stated")).toBe("stated in the text");
    expect(formatDateSource("relative")).toBe("resolved from a relative date");
    expect(formatDateSource("publication")).toBe("publication date");
    expect(formatDateSource(null)).toBeNull();
  });
  it("joins date and source", () => {
    expect(formatDateWithSource("2024-11-27", "day", "relative")).toBe("27 November 2024 (resolved from a relative date)");
    expect(formatDateWithSource(null, null, "stated")).toBe("Undated");
  });
});

describe("labels", () => {
  it("names topics and stances", () => {
    expect(topicLabel("troops")).toBe("Troops to Ukraine");
    expect(topicLabel("unknown")).toBe("unknown");
    expect(stanceDescription("troops", "opposes")).toBe("against sending troops to Ukraine");
  });
  it("counts", () => {
    expect(formatCount(1, "statement")).toBe("1 statement");
    expect(formatCount(1200, "statement")).toBe("1,200 statements");
    expect(formatCount(0, "speech", "speeches")).toBe("0 speeches");
    for (const n of [0, 7, 999, 1000, 25959, 1234567]) expect(formatNumber(n)).toBe(n.toLocaleString("en-GB"));
  });
});

describe("inQuotationMarks", () => {
  it("puts a quote in curly marks, shortened with an ellipsis", () => {
    expect(inQuotationMarks("We will not send troops")).toBe("“We will not send troops”");
    expect(inQuotationMarks("abcdefghij", 5)).toBe("“abcd…”");
  });

  it("gives a clause printed in its own marks no second pair", () => {
    expect(inQuotationMarks('"it is unlikely to go ahead"')).toBe("“it is unlikely to go ahead”");
    expect(inQuotationMarks("“not now”")).toBe("“not now”");
    // Marks that open and close two quotes, not one around the whole, stay.
    expect(inQuotationMarks('"yes" and "no"')).toBe('“"yes" and "no"”');
  });
});
