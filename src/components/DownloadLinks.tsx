// "Download CSV / JSON Lines" for the filtered view on screen: every page of it, streamed by the API.
import { apiDocsUrl, statementsExportUrl } from "@/lib/urls";
import type { StatementFilter } from "@/schemas/statementFilter";

const linkClass = "font-semibold text-blue-800 underline underline-offset-2 hover:text-blue-950";

export function DownloadLinks({ filter }: { filter: StatementFilter }) {
  return (
    <p className="text-sm text-slate-700" data-testid="download-links">
      Download this view:{" "}
      <a href={statementsExportUrl(filter, "csv")} download className={linkClass}>
        Download CSV
      </a>{" "}
      (
      <a href={statementsExportUrl(filter, "csv", "reports")} download className={linkClass}>
        one row per report
      </a>
      ) ·{" "}
      <a href={statementsExportUrl(filter, "jsonl")} download className={linkClass}>
        Download JSON Lines
      </a>{" "}
      · with the permalink and source in every row ·{" "}
      <a href={apiDocsUrl()} className="text-blue-800 underline underline-offset-2">
        API
      </a>
    </p>
  );
}
