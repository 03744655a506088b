import { describe, expect, it } from "vitest";
import { roleTokens, sameRole, vagueHeadOf } from "./roles";

describe("roles compared with their country folded", () => {
  it("treats a country's adjective, name and abbreviation as one token", () => {
    expect(sameRole("President of Ukraine", "Ukrainian President")).toBe(true);
    expect(sameRole("US President", "President of the United States")).toBe(true);
    expect(sameRole("Prime Minister of the United Kingdom", "British Prime Minister")).toBe(true);
    expect(roleTokens("U.S. Secretary of State")).toEqual(new Set(["country:us", "secretary", "state"]));
  });

  it("still tells different countries and offices apart", () => {
    expect(sameRole("President of Ukraine", "Russian President")).toBe(false);
    expect(sameRole("President of Ukraine", "Prime Minister of Ukraine")).toBe(false);
    expect(sameRole(null, "US President")).toBe(false);
    expect(sameRole(null, undefined)).toBe(true);
  });
});

describe("a vague 'head of <country>'", () => {
  it("names the office of that country, and only that country", () => {
    expect(vagueHeadOf("head of Latvia", "President of Latvia")).toBe(true);
    expect(vagueHeadOf("Latvia's head of state", "President of Latvia")).toBe(true);
    expect(vagueHeadOf("head of Latvia", "President of Estonia")).toBe(false);
    expect(vagueHeadOf("head of the Latvian delegation", "President of Latvia")).toBe(false);
    expect(vagueHeadOf("Latvian President", "President of Latvia")).toBe(false);
  });
});
