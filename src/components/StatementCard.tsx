// A card is written as one string of HTML inside its <article> (decision 0340): a list page's twenty cards
// were ~400 elements, each rendered twice per cold request (React's flight and HTML renders), for markup
// that never reacts to anything. The same markup, escaped by `html` (src/lib/html.ts); its parts are the
// string forms of DateText, QuoteText, TopicChip and StanceBadge, kept equal to them by a unit test.
import type { HighlightSegment } from "@/domain/search/highlight";
import { html, SafeHtml } from "@/lib/html";
import { speakerUrl, statementUrl } from "@/lib/urls";
import type { StatementSummary } from "@/server/queries/types";
import { dateTextHtml } from "./DateText";
import { quoteTextHtml } from "./QuoteText";
import { stanceBadgeHtml } from "./StanceBadge";
import { topicChipHtml } from "./TopicChip";

/** "Reported speech · 3 reports: Outlet A, Outlet B · citing Outlet C", as one text node. */
function reportsLine(statement: StatementSummary, citedOnly: StatementSummary["citedOutlets"]): string {
  const kind = statement.kind === "indirect" ? "Reported speech · " : "";
  const count = statement.reportCount === 1 ? "1 report" : `${statement.reportCount} reports`;
  const outlets = statement.outlets.length ? `: ${statement.outlets.map((o) => o.name).join(", ")}` : "";
  const citing = citedOnly.length ? ` · citing ${citedOnly.map((o) => o.name).join(", ")}` : "";
  return `${kind}${count}${outlets}${citing}`;
}

/** What goes inside a card's <article>: quote (linking to its permalink), who, when, topics, stances, outlets. */
export function statementCardInnerHtml(statement: StatementSummary, headingLevel: 2 | 3 = 3, highlight?: readonly HighlightSegment[]): SafeHtml {
  // One of two literal tag names, never input.
  const heading = new SafeHtml(headingLevel === 2 ? "h2" : "h3");
  const stanceTopics = new Set(statement.stances.map((s) => s.topic));
  const citedOnly = statement.citedOutlets.filter((c) => !statement.outlets.some((o) => o.slug === c.slug));
  const speaker = statement.speaker
    ? html`<a href="${speakerUrl(statement.speaker.slug)}" class="card-speaker">${statement.speaker.name}</a>`
    : html`<span class="font-semibold">Unattributed</span>`;
  const role = statement.speakerRole ? html`<span>, ${statement.speakerRole}</span>` : "";
  const topics = statement.topics.filter((t) => t === "other" || !stanceTopics.has(t)).map(topicChipHtml);
  const stances = statement.stances.map((s) => stanceBadgeHtml(s.topic, s.value));
  return html`<${heading} class="card-title"><a href="${statementUrl(statement)}" class="card-link">${quoteTextHtml(statement.quote, statement.kind, highlight)}</a></${heading}><p class="card-byline">${speaker}${role}<span aria-hidden="true"> · </span><span class="sr-only">, </span>${dateTextHtml(statement.date, statement.datePrecision)}</p><div class="card-tags">${topics}${stances}</div><p class="card-reports">${reportsLine(statement, citedOnly)}</p>`;
}

/** A whole card, <article> and all. */
export function statementCardHtml(statement: StatementSummary, headingLevel: 2 | 3 = 3, highlight?: readonly HighlightSegment[]): SafeHtml {
  return html`<article class="card" data-testid="statement-card">${statementCardInnerHtml(statement, headingLevel, highlight)}</article>`;
}

/** The <li>s of a list of cards, as one string for the list element (the statements page). */
export function statementListItemsHtml(
  statements: readonly StatementSummary[],
  highlights?: Readonly<Record<string, readonly HighlightSegment[]>>,
): string {
  return statements.map((statement) => `<li>${statementCardHtml(statement, 3, highlights?.[statement.id]).value}</li>`).join("");
}

/** A statement in a list: one element for React, its content written by statementCardInnerHtml. */
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
  return (
    <article
      className="card"
      data-testid="statement-card"
      dangerouslySetInnerHTML={{ __html: statementCardInnerHtml(statement, headingLevel, highlight).value }}
    />
  );
}
