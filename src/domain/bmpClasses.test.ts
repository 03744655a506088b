// bmpClasses.json holds what `computeBmpClass` and `computeFoldsAlike` compute (matches.ts), for the runtime it names; under another one it
// is not read, and these tests have nothing to compare.
import { describe, expect, it } from "vitest";
import bmpClassesJson from "./bmpClasses.json" with { type: "json" };
import { bmpClassKey, bmpClassOfKey, bmpReadingsAsked, bmpRuntime, computeBmpClass, computeFoldsAlike } from "./matches";

const kept = bmpClassesJson.classes as Record<string, string | null>;
const keptFolds = bmpClassesJson.foldsAlike as Record<string, boolean>;
const writtenHere = bmpClassesJson.runtime === bmpRuntime();

describe("bmpClasses.json", () => {
  it("names the runtime it was written under", () => {
    expect(bmpClassesJson.runtime).toMatch(/^v8 \S+, icu \S+, unicode \S+$/);
  });

  it.runIf(writtenHere)("holds each class as it is computed under this runtime", () => {
    expect(Object.keys(kept).length).toBeGreaterThan(0);
    for (const [key, ranges] of Object.entries(kept)) {
      const { name, caseless } = bmpClassOfKey(key);
      expect(ranges, key).toBe(computeBmpClass(name, caseless));
    }
    for (const [ch, alike] of Object.entries(keptFolds)) expect(alike, ch).toBe(computeFoldsAlike(ch));
  });

  it.runIf(writtenHere)("holds every class and character the extraction asks about (else: npx tsx scripts/generate-bmp-classes.ts)", async () => {
    const { extractStatements } = await import("./extract");
    extractStatements("Jane Sample, the Examplian minister, said on Monday: “We will not send troops.”", { publishedAt: "2025-01-15" });
    const asked = bmpReadingsAsked();
    expect(asked.classes.length).toBeGreaterThan(0);
    for (const { name, caseless } of asked.classes) expect(Object.keys(kept), bmpClassKey(name, caseless)).toContain(bmpClassKey(name, caseless));
    for (const ch of asked.foldsAlike) expect(Object.keys(keptFolds), ch).toContain(ch);
  });
});
