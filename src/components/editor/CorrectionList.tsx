// Corrections as the public sees them: field, before → after, who, when, and the reason when given.
import Link from "next/link";
import { statementUrl } from "@/lib/urls";
import type { CorrectionView } from "@/server/queries/editorial";

const FIELD_NAMES: Record<string, string> = {
  speaker: "Speaker",
  speakerRole: "Role",
  kind: "Kind",
  date: "Date",
  datePrecision: "Date precision",
  topics: "Topics",
  stances: "Stance",
  outletCited: "Outlet chain",
  venue: "Venue",
  status: "Review",
  merged: "Merged",
  split: "Split",
};

export function CorrectionItem({ correction, statement }: { correction: CorrectionView; statement?: { id: string; quote: string } | null }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3" data-testid="correction">
      <p>
        <strong>{FIELD_NAMES[correction.field] ?? correction.field}</strong>: <del className="text-slate-600">{correction.before ?? "(none)"}</del> →{" "}
        <ins className="no-underline font-medium">{correction.after ?? "(none)"}</ins>
      </p>
      {correction.reason ? <p className="text-slate-800">Reason: {correction.reason}</p> : null}
      <p className="text-sm text-slate-600">
        by editor {correction.editorName}, <time dateTime={correction.createdAt}>{correction.createdAt.slice(0, 16).replace("T", " ")} UTC</time>
        {statement !== undefined ? (
          <>
            {" · "}
            {statement ? (
              <Link href={statementUrl(statement)} className="text-blue-800 underline">
                “{statement.quote.length > 90 ? `${statement.quote.slice(0, 89)}…` : statement.quote}”
              </Link>
            ) : (
              <span>statement {correction.statementId} (rejected or merged)</span>
            )}
          </>
        ) : null}
      </p>
    </li>
  );
}
