import { describe, expect, it } from "vitest";
import { matchReports, remarkScore, type RemarkReport } from "./sameRemark";
import { statementId } from "./statementId";

const report = (over: Partial<RemarkReport>): RemarkReport => ({
  speaker: "Mark Rutte", quote: "", kind: "direct", date: "2024-11-27", datePrecision: "day",
  receivingOutlet: "Fox News", venue: null, topics: ["troops"], ...over,
});

describe("same remark", () => {
  it("pairs two translations of one interview answer and keeps unrelated answers apart", () => {
    const a = [report({ quote: "I think sending troops would be unwise, we must avoid a confrontation" }), report({ quote: "Ukraine needs more air defence now", topics: ["other"] })];
    const b = [report({ quote: "Air defence is what Ukraine needs now", topics: ["other"], date: "2024-11-28" }), report({ quote: "I do not think that is wise, we want no direct confrontation" })];
    expect(matchReports(a, [[b[0]], [b[1]]])).toEqual([1, 0]);
  });

  it("never pairs different speakers or distant dates", () => {
    const base = report({ quote: "Ukraine will join NATO one day" });
    expect(remarkScore(base, { ...base, speaker: "Jens Stoltenberg" })).toBe(0);
    expect(remarkScore(base, { ...base, date: "2024-12-20" })).toBe(0);
  });

  it("derives stable ids from speaker and wording", () => {
    expect(statementId("Mark Rutte", "NATO is ready.")).toBe(statementId("Mark Rutte", "nato is ready"));
    expect(statementId("Mark Rutte", "NATO is ready.")).not.toBe(statementId("Jens Stoltenberg", "NATO is ready."));
    expect(statementId("Mark Rutte", "x")).toMatch(/^[a-z2-9]{10}$/);
  });
});
