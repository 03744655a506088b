import { describe, expect, it } from "vitest";
import { MAX_SEGMENT_CHARS, checkRequest, checkRequestTarget } from "./requestGuard";

describe("checkRequestTarget", () => {
  it("accepts ordinary paths and queries", () => {
    // The query is the filter schema's to judge (it strips control characters itself).
    for (const target of ["/", "/statements?speaker=mark-rutte&page=2", "/speakers/mark-rutte", "/statements/ab%20c", "/?q=%zz", "/statements?q=a%00"]) {
      expect(checkRequestTarget(target)).toMatchObject({ ok: true });
    }
  });

  it("answers 400 for escapes that are not UTF-8", () => {
    for (const target of ["/statements/%ff%fe", "/statements/abc/%", "/speakers/%c3%28", "/api/statements/%zz"]) {
      expect(checkRequestTarget(target)).toMatchObject({ ok: false, status: 400, reason: expect.stringMatching(/percent-escape/) });
    }
  });

  it("answers 400 for NUL and other control characters in the path", () => {
    expect(checkRequestTarget("/statements/a%00b")).toMatchObject({ ok: false, status: 400 });
    expect(checkRequestTarget("/api/statements/%00")).toMatchObject({ ok: false, status: 400 });
    expect(checkRequestTarget("/x%0d%0aSet-Cookie:%20a")).toMatchObject({ ok: false, status: 400 });
  });

  it("answers 404 for segments longer than any page's", () => {
    expect(checkRequestTarget(`/statements/${"a".repeat(MAX_SEGMENT_CHARS + 1)}`)).toMatchObject({ ok: false, status: 404 });
    expect(checkRequestTarget(`/statements/${"a".repeat(MAX_SEGMENT_CHARS)}`)).toMatchObject({ ok: true });
  });

  it("answers 400 for targets that are not paths", () => {
    for (const target of ["*", "http://example.org/", "//evil.example/x", ""]) {
      expect(checkRequestTarget(target)).toMatchObject({ ok: false, status: 400 });
    }
  });
});

describe("checkRequest", () => {
  const get = (target: string, headers = {}) => ({ method: "GET", target, headers });

  it("answers 405 for methods Next cannot handle", () => {
    expect(checkRequest({ method: "TRACE", target: "/", headers: {} })).toMatchObject({ ok: false, status: 405 });
    expect(checkRequest({ method: "PROPFIND", target: "/", headers: {} })).toMatchObject({ ok: false, status: 405 });
    expect(checkRequest(get("/"))).toMatchObject({ ok: true });
  });

  it("answers 400 for a router-state header Next could not parse, and lets a valid one through", () => {
    for (const value of ["%", "[]", "{", "x".repeat(50)]) {
      expect(checkRequest(get("/", { "next-router-state-tree": value }))).toMatchObject({ ok: false, status: 400 });
    }
    const valid = encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }, null, null]));
    expect(checkRequest(get("/", { "next-router-state-tree": valid }))).toMatchObject({ ok: true });
  });
});
