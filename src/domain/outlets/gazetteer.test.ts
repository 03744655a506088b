import { describe, expect, it } from "vitest";
import { parseDataFile } from "../people/loadData";
import { OUTLETS, canonicalOutletName, findKnownOutlet, outletsFile } from "./gazetteer";

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
