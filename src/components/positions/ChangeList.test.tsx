// The change list is written as a string (decision 0385); this test keeps its markup the same as the
// components it was made of, rendered by React, so the two cannot drift apart.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { formatDate, inQuotationMarks } from "@/lib/format";
import { statementUrl } from "@/lib/urls";
import type { PositionChangeView, StatementRefView } from "@/server/queries";
import { ChangeList } from "./ChangeList";
import { changeAnchor, changeLabel } from "./labels";

/** React's markup without the comments it puts between adjacent texts, and one spelling of the apostrophe. */
const react = (element: React.ReactElement) => renderToStaticMarkup(element).replaceAll("<!-- -->", "").replaceAll("&#x27;", "&#39;");

/** The list as it was written in JSX before it became a string: the reference its markup must match. */
function SideAsElements({ label, statement }: { label: string; statement: StatementRefView }) {
  return (
    <li>
      <span className="font-semibold">{label}</span>{" "}
      <a href={statementUrl(statement)} className="text-blue-800 underline underline-offset-2 dark:text-blue-300" data-testid="change-statement">
        {formatDate(statement.date, statement.datePrecision)}: {inQuotationMarks(statement.quote, 140)}
      </a>
      {statement.evidence ? <span className="text-slate-700 dark:text-slate-300"> — decided by “{statement.evidence}”</span> : null}
    </li>
  );
}

function ChangeListAsElements({ changes, speaker, showSpeaker = true }: { changes: PositionChangeView[]; speaker: { slug: string; name: string }; showSpeaker?: boolean }) {
  return (
    <ol className="space-y-3">
      {changes.map((change) => (
        <li key={changeAnchor(speaker.slug, change)} id={changeAnchor(speaker.slug, change)} className="scroll-mt-4 rounded-md border border-violet-300 p-3 target:ring-2 target:ring-violet-600 dark:border-violet-700" data-testid="position-change">
          <p className="font-semibold">
            {showSpeaker ? `${speaker.name}: ` : ""}
            {changeLabel(change)}
          </p>
          <ul className="mt-1 space-y-1 text-sm">
            <SideAsElements label="Before:" statement={change.before} />
            <SideAsElements label="After:" statement={change.after} />
          </ul>
        </li>
      ))}
    </ol>
  );
}

const changes: PositionChangeView[] = [
  {
    from: "opposes",
    to: "conditional",
    before: { id: "s1", quote: `We will <b>not</b> send "troops" & that's final`, date: "2025-04-05", datePrecision: "day", evidence: "will <not> send" },
    after: { id: "s2", quote: "Only after a ceasefire", date: "2025-06-10", datePrecision: "month", evidence: null },
  },
  {
    from: "conditional",
    to: "supports",
    before: { id: "s2", quote: "Only after a ceasefire", date: "2025-06-10", datePrecision: "month", evidence: "only after" },
    after: { id: "s3", quote: "x".repeat(200), date: null, datePrecision: null, evidence: "x" },
  },
];
const speaker = { slug: "o-brien", name: "Pat <O'Brien> & co" };

describe("ChangeList", () => {
  it("writes the markup its components wrote, with and without the speaker's name", () => {
    for (const showSpeaker of [true, false]) {
      expect(react(<ChangeList changes={changes} speaker={speaker} showSpeaker={showSpeaker} />)).toBe(react(<ChangeListAsElements changes={changes} speaker={speaker} showSpeaker={showSpeaker} />));
    }
    expect(react(<ChangeList changes={[]} speaker={speaker} />)).toBe("<ol class=\"space-y-3\"></ol>");
  });
});
