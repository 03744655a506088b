// One outlet's report of a statement: who published it and when, the chain of outlets
// it cites, the exact wording, the paragraph around it and a link to the source.
import { articlePath, outletPath, sourceUrlAtQuote } from "@/lib/urls";
import type { ReportView } from "@/server/queries/types";
import { DateText } from "./DateText";
import { HighlightedParagraph } from "./HighlightedParagraph";
import { QuoteText } from "./QuoteText";

const KIND_WORDS: Record<string, string> = {
  wire: "news agency",
  newspaper: "newspaper",
  broadcaster: "broadcaster",
  online: "online outlet",
  platform: "platform",
};

function chainText(report: ReportView): string | null {
  const names = report.citedOutlets.length
    ? report.citedOutlets.map((o) => o.name)
    : (report.outletCited?.split(/\s*;\s*/).filter(Boolean) ?? []);
  if (names.length === 0) return null;
  const [received, ...via] = names;
  return via.length ? `Said to ${received}, as cited by ${via.join(", then ")}` : `Said to or first reported by ${received}`;
}

/** What to call a report's source: its outlet, else the outlet it cites, else its position. */
export function reportSourceName(report: ReportView, position: number): string {
  if (report.article.outlet) return report.article.outlet.name;
  const cited = report.citedOutlets.at(-1)?.name ?? report.outletCited?.split(/\s*;\s*/).filter(Boolean).at(-1);
  return cited ? `Unnamed publisher citing ${cited}` : `Report ${position} (publisher not named)`;
}

export function ReportCard({
  report,
  position,
  isFirst,
  statementId,
}: {
  report: ReportView;
  position: number;
  isFirst: boolean;
  /** The statement this reports: the article page marks its place with this id. */
  statementId: string;
}) {
  const outlet = report.article.outlet;
  const chain = chainText(report);
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="report">
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="rounded bg-slate-800 px-2 py-0.5 text-xs font-semibold text-white">
          {isFirst ? "First report" : `Report ${position}`}
        </span>
        <h3 className="text-lg font-semibold text-slate-950" data-testid="report-outlet">
          {outlet ? (
            <a href={outletPath(outlet.slug)} className="underline-offset-2 hover:underline">
              {outlet.name}
            </a>
          ) : (
            "Publisher not named"
          )}
        </h3>
        {outlet ? <span className="text-sm text-slate-600">{KIND_WORDS[outlet.kind] ?? outlet.kind}</span> : null}
      </header>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm text-slate-700 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Published</dt>
        <dd>
          {report.article.publishedAt ? (
            <DateText date={report.article.publishedAt} precision={report.article.publishedPrecision} />
          ) : (
            "Date not known"
          )}
          {report.article.publishedConfidence && report.article.publishedConfidence !== "high" ? (
            <span className="text-slate-600"> ({report.article.publishedConfidence} confidence)</span>
          ) : null}
          {report.article.publishedEvidence ? (
            <details className="mt-1">
              <summary className="cursor-pointer text-blue-800">How this date was established</summary>
              <p className="mt-1 text-slate-700">{report.article.publishedEvidence}</p>
            </details>
          ) : null}
        </dd>
        {chain ? (
          <>
            <dt className="font-semibold">Outlets cited</dt>
            <dd data-testid="report-chain">{chain}</dd>
          </>
        ) : null}
        {report.venue ? (
          <>
            <dt className="font-semibold">Where</dt>
            <dd>{report.venue}</dd>
          </>
        ) : null}
        {report.article.title ? (
          <>
            <dt className="font-semibold">Article</dt>
            <dd>{report.article.title}</dd>
          </>
        ) : null}
      </dl>

      <p className="mt-4 text-sm font-semibold text-slate-700">{report.kind === "direct" ? "Wording as printed" : "As reported (paraphrase)"}</p>
      <blockquote className="mt-1 border-l-4 border-blue-800 pl-4 font-serif text-lg text-slate-950" data-testid="report-quote">
        <QuoteText quote={report.quote} kind={report.kind} />
      </blockquote>
      {report.quotedFragments.length > 0 ? (
        <p className="mt-2 text-sm text-slate-700">
          Words in quotation marks: {report.quotedFragments.map((f) => `“${f}”`).join(", ")}
        </p>
      ) : null}

      <p className="mt-4 text-sm font-semibold text-slate-700">In context</p>
      <div className="mt-1 rounded-md bg-slate-50 p-3 text-slate-800" data-testid="report-paragraph">
        <HighlightedParagraph paragraph={report.paragraph} sentence={report.sentence} quote={report.quote} />
      </div>

      <p className="mt-3 text-sm">
        <a
          href={articlePath(report.article.id, statementId)}
          className="font-semibold text-blue-800 underline underline-offset-2 hover:text-blue-950"
          data-testid="report-article-link"
        >
          See it in the stored article
        </a>
      </p>
      <p className="mt-1 text-sm">
        {report.article.url ? (
          <a
            href={sourceUrlAtQuote(report.article.url, report.quote)}
            className="font-semibold text-blue-800 underline underline-offset-2 hover:text-blue-950"
            rel="noopener noreferrer"
          >
            Read it at {outlet?.name ?? "the source"}
            <span className="sr-only"> (opens the original article at this sentence)</span>
          </a>
        ) : (
          <span className="text-slate-600">
            No source address recorded; imported from <code className="font-mono text-xs">{report.article.sourceFile}</code>
            {report.article.synthetic ? " (a synthetic test article)" : ""}.
          </span>
        )}
      </p>
    </article>
  );
}
