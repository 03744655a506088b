import { describe, expect, it } from "vitest";
import { parseDataFile } from "../people/loadData";
import { OUTLETS, canonicalOutletName, findKnownOutlet, isSameOutlet, looksLikeMediaName, outletsFile } from "./gazetteer";

const key = (form: string) => form.toLowerCase().replace(/^the\s+/, "");

describe("the outlets data", () => {
  it("gives every name and alias to one outlet", () => {
    const owners = new Map<string, string[]>();
    for (const outlet of OUTLETS) for (const form of new Set([outlet.name, ...outlet.aliases].map(key))) owners.set(form, [...(owners.get(form) ?? []), outlet.name]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });

  it("finds an outlet by any of its forms", () => {
    expect(findKnownOutlet("the Associated Press")?.name).toBe("Associated Press");
    expect(findKnownOutlet("Agence France-Presse")?.kind).toBe("wire");
    expect(canonicalOutletName("the Financial Times")).toBe("Financial Times");
    expect(findKnownOutlet("Telegram")?.kind).toBe("platform");
  });

  it("rejects an outlet of an unknown kind, naming it", () => {
    const broken = { outlets: [{ name: "Example Daily", kind: "blog", aliases: [] }] };
    expect(() => parseDataFile("outlets.json", outletsFile, broken)).toThrow(/outlets\.json: outlets\[0\] "Example Daily": kind/);
  });
});

describe("names that are media, and the publisher's own outlet", () => {
  it("a name of two words or more that ends on a kind of medium is media", () => {
    expect(looksLikeMediaName("Sampleland News")).toBe(true);
    expect(looksLikeMediaName("the Example Times")).toBe(true);
    expect(looksLikeMediaName("News")).toBe(false);
    expect(looksLikeMediaName("Jane Example")).toBe(false);
  });

  it("the same outlet, or the same brand with a media word of its own, is the publisher", () => {
    expect(isSameOutlet("Sample News", "Sample News")).toBe(true);
    expect(isSameOutlet("Sample", "Sample Television")).toBe(true);
    expect(isSameOutlet("ITV News", "ITV")).toBe(true);
    expect(isSameOutlet("Sample News (Exampleland)", "Sample News")).toBe(true);
    expect(isSameOutlet("Sample", "Sample Daily Review")).toBe(false);
    expect(isSameOutlet("Sample News", "Other News")).toBe(false);
  });
});
