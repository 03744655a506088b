// Changes of position in words, each linked to the statement before and the one after it, with the words
// that decided each stance (StatementStance.evidence). The chart's change markers point here.
import { formatDate, inQuotationMarks } from "@/lib/format";
import { statementUrl } from "@/lib/urls";
import type { PositionChangeView, StatementRefView } from "@/server/queries";
import { changeAnchor, changeLabel } from "./labels";

function Side({ label, statement }: { label: string; statement: StatementRefView }) {
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

export function ChangeList({ changes, speaker, showSpeaker = true }: { changes: PositionChangeView[]; speaker: { slug: string; name: string }; showSpeaker?: boolean }) {
  return (
    <ol className="space-y-3">
      {changes.map((change) => (
        <li key={changeAnchor(speaker.slug, change)} id={changeAnchor(speaker.slug, change)} className="scroll-mt-4 rounded-md border border-violet-300 p-3 target:ring-2 target:ring-violet-600 dark:border-violet-700" data-testid="position-change">
          <p className="font-semibold">
            {showSpeaker ? `${speaker.name}: ` : ""}
            {changeLabel(change)}
          </p>
          <ul className="mt-1 space-y-1 text-sm">
            <Side label="Before:" statement={change.before} />
            <Side label="After:" statement={change.after} />
          </ul>
        </li>
      ))}
    </ol>
  );
}
