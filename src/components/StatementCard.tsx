import type { HighlightSegment } from "@/domain/search/highlight";
import { speakerUrl, statementUrl } from "@/lib/urls";
import type { StatementSummary } from "@/server/queries/types";
import { DateText } from "./DateText";
import { QuoteText } from "./QuoteText";
import { StanceBadge } from "./StanceBadge";
import { TopicChip } from "./TopicChip";

/** "Reported speech · 3 reports: Outlet A, Outlet B · citing Outlet C", as one text node. */
function reportsLine(statement: StatementSummary, citedOnly: StatementSummary["citedOutlets"]): string {
  const kind = statement.kind === "indirect" ? "Reported speech · " : "";
  const count = statement.reportCount === 1 ? "1 report" : `${statement.reportCount} reports`;
  const outlets = statement.outlets.length ? `: ${statement.outlets.map((o) => o.name).join(", ")}` : "";
  const citing = citedOnly.length ? ` · citing ${citedOnly.map((o) => o.name).join(", ")}` : "";
  return `${kind}${count}${outlets}${citing}`;
}

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
    <article className="card" data-testid="statement-card">
      <Heading className="card-title">
        <a href={statementUrl(statement)} className="card-link">
          <QuoteText quote={statement.quote} kind={statement.kind} highlight={highlight} />
        </a>
      </Heading>
      <p className="card-byline">
        {statement.speaker ? (
          <a href={speakerUrl(statement.speaker.slug)} className="card-speaker">
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
      <div className="card-tags">
        {statement.topics
          .filter((t) => t === "other" || !stanceTopics.has(t))
          .map((topic) => (
            <TopicChip key={topic} topic={topic} />
          ))}
        {statement.stances.map((s) => (
          <StanceBadge key={s.topic} topic={s.topic} stance={s.value} />
        ))}
      </div>
      <p className="card-reports">{reportsLine(statement, citedOnly)}</p>
    </article>
  );
}
