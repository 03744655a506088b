import { describe, expect, it } from "vitest";
import { checkPublicationDate, checkSourceUrl } from "./metadataRules";

const today = new Date("2026-12-01T15:00:00Z");
const codeOf = (value: string) => checkPublicationDate(value, today)?.code ?? null;

describe("checkPublicationDate", () => {
  it("accepts real dates of every precision from 1949 to two days ahead", () => {
    for (const value of ["1949", "1949-04-04", "2024-02-29", "2000-02-29", "2025-12", "2026-12-03", "2026-12"]) expect(codeOf(value)).toBeNull();
  });

  it("refuses impossible dates instead of rolling them over", () => {
    for (const value of ["2025-02-30", "2025-02-29", "1900-02-29", "2024-04-31", "2025-13-01", "2025-00-10", "2025-01-00", "2025-01-32", "2025-13"]) {
      expect(codeOf(value), value).toBe("DATE_IMPOSSIBLE");
    }
    expect(checkPublicationDate("2025-02-30", today)?.message).toMatch(/February 2025 has 28 days/);
  });

  it("refuses years before NATO, the future beyond two days, and other shapes", () => {
    for (const value of ["0000-01-01", "0000", "1948-12-31", "0999"]) expect(codeOf(value), value).toBe("DATE_OUT_OF_RANGE");
    for (const value of ["2026-12-04", "2027", "2999-01-01", "9999-12-31"]) expect(codeOf(value), value).toBe("DATE_IN_FUTURE");
    for (const value of ["25-02-2025", "2025/02/13", "2025-2-3", "13 February 2025", "2025-02-13T10:00:00Z", " 2025-02-13", "", "２０２５"]) {
      expect(codeOf(value), value).toBe("DATE_FORMAT");
    }
    expect(checkPublicationDate("2026-12-04", today)?.message).toMatch(/more than 2 days after today, 2026-12-01/);
  });
});

describe("checkSourceUrl", () => {
  it("accepts absolute http and https addresses", () => {
    for (const value of ["https://www.nato.int/cps/en/natohq/opinions_231348.htm", "http://example.com", "HTTPS://EXAMPLE.COM/a?b=c#d"]) expect(checkSourceUrl(value)).toBeNull();
  });

  it("refuses script, data and file addresses, relative ones and hidden control characters", () => {
    for (const value of ["javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)", " javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "ftp://example.com/a", "mailto:a@example.com", "vbscript:msgbox(1)", "//example.com/x", "/news/1", "not a url", "http://", "https:example.com", "http://exa mple.com"]) {
      expect(checkSourceUrl(value)?.code, value).toBe("URL_NOT_HTTP");
    }
    expect(checkSourceUrl("javascript:alert(1)")?.message).toMatch(/uses "javascript:"; only http and https/);
  });
});
