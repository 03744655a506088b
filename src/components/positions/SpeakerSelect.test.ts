import { describe, expect, it } from "vitest";
import { shortSpeakerList, speakerOptionsHtml } from "./SpeakerSelect";

const speakers = [
  { slug: "ann-smith", name: "Ann Smith", statementCount: 3, latestRole: null },
  { slug: "o-brien", name: "Pat <O'Brien> & co", statementCount: 1, latestRole: null },
];

describe("speakerOptionsHtml", () => {
  it("escapes names and slugs and chooses the empty option by default", () => {
    expect(speakerOptionsHtml(speakers, "Everyone")).toBe(
      '<option value="" selected>Everyone</option><option value="ann-smith">Ann Smith</option><option value="o-brien">Pat &lt;O&#39;Brien&gt; &amp; co</option>',
    );
  });

  it("marks the chosen speaker, and only that one", () => {
    const html = speakerOptionsHtml(speakers, "Everyone", "o-brien");
    expect(html).toContain('<option value="">Everyone</option>');
    expect(html).toContain('<option value="o-brien" selected>');
    expect(html.match(/selected/g)).toHaveLength(1);
  });

  it("keeps the list of one array for the next call without changing it", () => {
    speakerOptionsHtml(speakers, "—", "ann-smith");
    expect(speakerOptionsHtml(speakers, "—")).not.toContain(" selected>Ann");
    expect(speakerOptionsHtml(speakers, "—")).toContain('<option value="ann-smith">Ann Smith</option>');
  });
});

describe("shortSpeakerList", () => {
  const many = [
    { slug: "a", name: "A", statementCount: 1, latestRole: null },
    { slug: "b", name: "B", statementCount: 50, latestRole: null },
    { slug: "c", name: "C", statementCount: 7, latestRole: null },
    { slug: "d", name: "D", statementCount: 50, latestRole: null },
    { slug: "e", name: "E", statementCount: 2, latestRole: null },
  ];

  it("keeps the most prolific and the speakers asked for, in the list's order", () => {
    expect(shortSpeakerList(many, 2).map((s) => s.slug)).toEqual(["b", "d"]);
    expect(shortSpeakerList(many, 2, ["e"]).map((s) => s.slug)).toEqual(["b", "d", "e"]);
    expect(shortSpeakerList(many, 3, ["e", "zz"]).map((s) => s.slug)).toEqual(["b", "c", "d", "e"]);
    expect(shortSpeakerList(many, 10)).toEqual(many);
  });
});
