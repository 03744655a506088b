import { describe, expect, it } from "vitest";
import { hasMatch, MATCH_START as S, MATCH_STOP as E, segmentsForSubstring, segmentsFromMarkers } from "./highlight";

describe("segmentsFromMarkers", () => {
  it("turns ts_headline's markers into matched and unmatched segments", () => {
    const quote = "We will not send troops to Ukraine";
    expect(segmentsFromMarkers(`We will not send ${S}troops${E} to ${S}Ukraine${E}`, quote)).toEqual([
      { text: "We will not send ", match: false },
      { text: "troops", match: true },
      { text: " to ", match: false },
      { text: "Ukraine", match: true },
    ]);
  });
  it("joins the words of a matched phrase that PostgreSQL marks one by one", () => {
    const segments = segmentsFromMarkers(`no ${S}red${E} ${S}lines${E} here`, "no red lines here");
    expect(segments).toEqual([
      { text: "no ", match: false },
      { text: "red lines", match: true },
      { text: " here", match: false },
    ]);
  });
  it("keeps markup in the text as text (it is rendered by React, never parsed)", () => {
    const quote = "<b>troops</b> & <script>";
    const segments = segmentsFromMarkers(`<b>${S}troops${E}</b> & <script>`, quote);
    expect(segments?.map((s) => s.text).join("")).toBe(quote);
    expect(segments?.find((s) => s.match)?.text).toBe("troops");
  });
  it("refuses unbalanced markers or text that is not the quote", () => {
    expect(segmentsFromMarkers(`${S}troops`, "troops")).toBeNull();
    expect(segmentsFromMarkers(`${E}troops${S}`, "troops")).toBeNull();
    expect(segmentsFromMarkers(`${S}${S}troops${E}${E}`, "troops")).toBeNull();
    expect(segmentsFromMarkers(`${S}troop${E}`, "troops")).toBeNull();
  });
});

describe("segmentsForSubstring", () => {
  it("marks every case-insensitive occurrence", () => {
    expect(segmentsForSubstring("The the, THE end", "the")).toEqual([
      { text: "The the", match: true },
      { text: ", ", match: false },
      { text: "THE", match: true },
      { text: " end", match: false },
    ]);
    const segments = segmentsForSubstring("To be or not to be", "to be");
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(["To be", "to be"]);
    expect(segments.map((s) => s.text).join("")).toBe("To be or not to be");
  });
  it("marks nothing for empty input and reports whether anything matched", () => {
    expect(segmentsForSubstring("abc", "  ")).toEqual([{ text: "abc", match: false }]);
    expect(hasMatch(segmentsForSubstring("abc", "b"))).toBe(true);
    expect(hasMatch(segmentsForSubstring("abc", "z"))).toBe(false);
  });
});
