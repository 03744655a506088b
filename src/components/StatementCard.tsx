import type { HighlightSegment } from "@/domain/search/highlight";
import { speakerUrl, statementUrl } from "@/lib/urls";
import type { StatementSummary } from "@/server/queries/types";
import { DateText } from "./DateText";
import { QuoteText } from "./QuoteText";
import { StanceBadge } from "./StanceBadge";
import { TopicChip } from "./TopicChip";

/** A statement in a list: quote (linking to its permalink), who, when, topics, stances, outlets. */
export function StatementCard({
  statement,
  headingLevel = 3,
  highlight,
}: {
  statement: StatementSummary;
  headingLevel?: 2 | 3;
  /** The words a search matched in the quote. */
  highlight?: readonly HighlightSegment[];
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const stanceTopics = new Set(statement.stances.map((s) => s.topic));
  const citedOnly = statement.citedOutlets.filter((c) => !statement.outlets.some((o) => o.slug === c.slug));
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="statement-card">
      <Heading className="text-lg leading-snug font-medium text-slate-900 sm:text-xl">
        <a
          href={statementUrl(statement)}
          className="rounded-sm decoration-blue-700 decoration-2 underline-offset-4 hover:underline"
        >
          <QuoteText quote={statement.quote} kind={statement.kind} highlight={highlight} />
        </a>
      </Heading>
      <p className="mt-2 text-sm text-slate-700">
        {statement.speaker ? (
          <a href={speakerUrl(statement.speaker.slug)} className="font-semibold text-blue-800 hover:underline">
            {statement.speaker.name}
          </a>
        ) : (
          <span className="font-semibold">Unattributed</span>
        )}
        {statement.speakerRole ? <span>, {statement.speakerRole}</span> : null}
        <span aria-hidden="true"> · </span>
        <span className="sr-only">, </span>
        <DateText date={statement.date} precision={statement.datePrecision} />
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        {statement.topics
          .filter((t) => t === "other" || !stanceTopics.has(t))
          .map((topic) => (
            <TopicChip key={topic} topic={topic} />
          ))}
        {statement.stances.map((s) => (
          <StanceBadge key={s.topic} topic={s.topic} stance={s.value} />
        ))}
      </div>
      <p className="mt-3 text-sm text-slate-600">
        {statement.kind === "indirect" ? "Reported speech · " : null}
        {statement.reportCount === 1 ? "1 report" : `${statement.reportCount} reports`}
        {statement.outlets.length ? `: ${statement.outlets.map((o) => o.name).join(", ")}` : null}
        {citedOnly.length ? ` · citing ${citedOnly.map((o) => o.name).join(", ")}` : null}
      </p>
    </article>
  );
}
