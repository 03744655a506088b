import { describe, expect, it } from "vitest";
import { cacheHeaders, etagFor, isNotModified } from "./httpCache";

const version = { version: "42", changedAt: new Date("2026-12-01T10:00:00.500Z") };
const request = (headers: Record<string, string>) => new Request("http://localhost/api/statements", { headers });

describe("httpCache", () => {
  it("derives ETag, Last-Modified and a revalidating Cache-Control from the data version", () => {
    expect(cacheHeaders(version)).toEqual({
      ETag: 'W/"2.42"',
      "Last-Modified": "Tue, 01 Dec 2026 10:00:00 GMT",
      "Cache-Control": "public, max-age=0, must-revalidate",
    });
  });

  it("answers 304 only while the tag or date still holds", () => {
    expect(isNotModified(request({ "If-None-Match": etagFor(version) }), version)).toBe(true);
    expect(isNotModified(request({ "If-None-Match": '"2.42", "x"' }), version)).toBe(true);
    expect(isNotModified(request({ "If-None-Match": 'W/"2.41"' }), version)).toBe(false);
    expect(isNotModified(request({ "If-Modified-Since": "Tue, 01 Dec 2026 10:00:00 GMT" }), version)).toBe(true);
    expect(isNotModified(request({ "If-Modified-Since": "Tue, 01 Dec 2026 09:59:59 GMT" }), version)).toBe(false);
    // If-None-Match wins over If-Modified-Since.
    expect(isNotModified(request({ "If-None-Match": 'W/"2.41"', "If-Modified-Since": "Tue, 01 Dec 2026 11:00:00 GMT" }), version)).toBe(false);
    expect(isNotModified(request({}), version)).toBe(false);
  });
});
