import { describe, expect, it } from "vitest";
import { changedFields, currentFields } from "./fields";
import { decisionFromForm, ReviewFormError } from "./reviewForm";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const stored = currentFields({
  speaker: { name: "Mark Rutte" },
  speakerRole: "NATO Secretary General",
  kind: "direct",
  date: new Date("2025-03-01T00:00:00Z"),
  datePrecision: "month",
  topics: ["troops"],
  stances: [{ topic: "troops", value: "opposes", evidence: "no troops" }],
  reports: [{ outletCited: null, venue: null }],
});

describe("the review form", () => {
  it("reads a correction and finds exactly the fields that changed", () => {
    const decision = decisionFromForm(
      form([
        ["action", "correct"],
        ["speaker", "Kaja Kallas"],
        ["speakerRole", "NATO Secretary General"],
        ["kind", "direct"],
        ["date", "2025-03"],
        ["datePrecision", "month"],
        ["topics", "troops"],
        ["stance-troops", "conditional"],
        ["evidence-troops", "only if"],
        ["outletCited", ""],
        ["venue", ""],
        ["reason", "named in the next paragraph"],
      ]),
    );
    expect(decision.action).toBe("correct");
    if (decision.action !== "correct") return;
    expect(decision.reason).toBe("named in the next paragraph");
    expect(changedFields(stored, decision.fields)).toEqual([
      { field: "speaker", before: "Mark Rutte", after: "Kaja Kallas" },
      { field: "stances", before: 'troops: opposes ("no troops")', after: 'troops: conditional ("only if")' },
    ]);
  });

  it("needs a reason to reject, a target to merge and a report to split", () => {
    expect(() => decisionFromForm(form([["action", "reject"]]))).toThrow(ReviewFormError);
    expect(() => decisionFromForm(form([["action", "merge"]]))).toThrow(/merge into/);
    expect(() => decisionFromForm(form([["action", "split"]]))).toThrow(/report/);
    expect(() => decisionFromForm(form([["action", "delete-everything"]]))).toThrow(/unknown action/);
  });

  it("takes a permalink as the statement to merge into", () => {
    expect(decisionFromForm(form([["action", "merge"], ["into", "https://tracker.example/statements/abc23def45/some-slug"]]))).toEqual({ action: "merge", into: "abc23def45", reason: null });
  });

  it("refuses a date that is not one and an evidence-less stance", () => {
    expect(() => decisionFromForm(form([["action", "correct"], ["kind", "direct"], ["date", "2025-02-30x"]]))).toThrow(/date/);
    expect(() => decisionFromForm(form([["action", "correct"], ["kind", "direct"], ["stance-troops", "supports"]]))).toThrow(/evidence|stance/);
  });
});
