import { afterEach, describe, expect, it, vi } from "vitest";
import type { KeptReading, WordReadingsHost } from "./wordStarts";

const HOST = Symbol.for("nato-tracker.word-readings-host");
const SOURCE = String.raw`\b(?:ceasefire talks|peace (?:talks|plan))\b`;
const CUE = String.raw`boots on the ground`;

/** A fresh copy of the module, loaded with `host` where a worker leaves it (or none). */
async function loadWith(host: WordReadingsHost | undefined) {
  vi.resetModules();
  (globalThis as Record<symbol, unknown>)[HOST] = host;
  return import("./wordStarts");
}

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[HOST];
  vi.resetModules();
});

// Decision 0690: the extraction worker keeps its patterns' word readings for the next worker of the same bundle.
describe("word readings kept by a host", () => {
  it("gives the host this load's readings, which a later load uses to the same effect without reading a source", async () => {
    const first: WordReadingsHost = { kept: null };
    const reader = await loadWith(first);
    const required = reader.requiredWordStarts(SOURCE, "iu");
    const cueWords = reader.cueListWordStarts([CUE], reader.cueListSource([CUE]), "iu");
    // Through JSON, as the worker writes and reads the file.
    const kept = JSON.parse(JSON.stringify(first.readings!())) as { sources: [string, KeptReading][]; cues: [string, KeptReading | null][] };
    expect(kept.sources.map(([source]) => source)).toContain(SOURCE);
    expect(kept.cues.map(([cue]) => cue)).toContain(CUE);

    const later = await loadWith({ kept: { sources: new Map(kept.sources), cues: new Map(kept.cues) } });
    expect(later.requiredWordStarts(SOURCE, "iu")).toEqual(required);
    expect(later.cueListWordStarts([CUE], later.cueListSource([CUE]), "iu")).toEqual(cueWords);
  });

  it("trusts a kept reading (same bundle, same code): the source is not read again", async () => {
    const plain = await loadWith(undefined);
    const elsewhere = plain.requiredWordStarts(String.raw`\belsewhere\b`, "");
    // A reading kept for a source that says otherwise: the kept one is what the load answers with.
    const later = await loadWith({ kept: { sources: new Map([[String.raw`\bceasefire\b`, [["elsewhere"], ["elsewhere"]]]]), cues: new Map() } });
    expect(later.requiredWordStarts(String.raw`\bceasefire\b`, "")).toEqual(elsewhere);
  });
});
