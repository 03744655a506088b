// The statement card is written as a string (decision 0340); these tests keep its markup the same as the
// React components it was made of, rendered by React, so the two cannot drift apart.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { HighlightSegment } from "@/domain/search/highlight";
import { speakerUrl, statementUrl } from "@/lib/urls";
import type { StatementSummary } from "@/server/queries/types";
import { DateText, dateTextHtml } from "./DateText";
import { QuoteText, quoteTextHtml } from "./QuoteText";
import { StanceBadge, stanceBadgeHtml } from "./StanceBadge";
import { StanceIcon, stanceIconHtml } from "./StanceIcon";
import { StatementCard, statementListItemsHtml } from "./StatementCard";
import { TopicChip, topicChipHtml } from "./TopicChip";

/** React's markup without the comments it puts between adjacent texts, and one spelling of the apostrophe. */
const react = (element: React.ReactElement) => renderToStaticMarkup(element).replaceAll("<!-- -->", "").replaceAll("&#x27;", "&#39;");

const statement: StatementSummary = {
  id: "abc123",
  quote: `We will <b>not</b> send "troops" & that's final`,
  kind: "direct",
  speaker: { slug: "jane-doe", name: "Jane <Doe>" },
  speakerRole: "Minister of Defence & Co",
  date: "2024-11-03",
  datePrecision: "month",
  dateSource: "stated",
  topics: ["troops", "negotiations", "other"],
  stances: [{ topic: "troops", value: "opposes", evidence: "will not send" }],
  reportCount: 3,
  outlets: [{ slug: "daily", name: "The Daily & Co" }],
  citedOutlets: [
    { slug: "daily", name: "The Daily & Co" },
    { slug: "wire", name: "Wire <Agency>" },
  ],
};

/** The card as it was written in JSX before it became a string: the reference its markup must match. */
function CardAsElements({ s, highlight }: { s: StatementSummary; highlight?: readonly HighlightSegment[] }) {
  const stanceTopics = new Set(s.stances.map((x) => x.topic));
  const citedOnly = s.citedOutlets.filter((c) => !s.outlets.some((o) => o.slug === c.slug));
  const count = s.reportCount === 1 ? "1 report" : `${s.reportCount} reports`;
  const outlets = s.outlets.length ? `: ${s.outlets.map((o) => o.name).join(", ")}` : "";
  const citing = citedOnly.length ? ` · citing ${citedOnly.map((o) => o.name).join(", ")}` : "";
  return (
    <article className="card" data-testid="statement-card">
      <h3 className="card-title">
        <a href={statementUrl(s)} className="card-link">
          <QuoteText quote={s.quote} kind={s.kind} highlight={highlight} />
        </a>
      </h3>
      <p className="card-byline">
        {s.speaker ? (
          <a href={speakerUrl(s.speaker.slug)} className="card-speaker">
            {s.speaker.name}
          </a>
        ) : (
          <span className="font-semibold">Unattributed</span>
        )}
        {s.speakerRole ? <span>, {s.speakerRole}</span> : null}
        <span aria-hidden="true"> · </span>
        <span className="sr-only">, </span>
        <DateText date={s.date} precision={s.datePrecision} />
      </p>
      <div className="card-tags">
        {s.topics
          .filter((t) => t === "other" || !stanceTopics.has(t))
          .map((topic) => (
            <TopicChip key={topic} topic={topic} />
          ))}
        {s.stances.map((x) => (
          <StanceBadge key={x.topic} topic={x.topic} stance={x.value} />
        ))}
      </div>
      <p className="card-reports">{`${s.kind === "indirect" ? "Reported speech · " : ""}${count}${outlets}${citing}`}</p>
    </article>
  );
}

describe("the statement card as a string", () => {
  it("matches its React parts one by one", () => {
    for (const stance of ["supports", "conditional", "opposes", null] as const) {
      expect(stanceIconHtml(stance, "h-3.5 w-3.5").value).toBe(react(<StanceIcon stance={stance} className="h-3.5 w-3.5" />));
    }
    expect(stanceBadgeHtml("membership", "conditional").value).toBe(react(<StanceBadge topic="membership" stance="conditional" />));
    expect(topicChipHtml("negotiations").value).toBe(react(<TopicChip topic="negotiations" />));
    for (const precision of ["day", "month", "year", null] as const) {
      expect(dateTextHtml("2024-11-03", precision).value).toBe(react(<DateText date="2024-11-03" precision={precision} />));
    }
    expect(dateTextHtml(null, null).value).toBe(react(<DateText date={null} precision={null} />));
    const highlight = [{ text: "a <i>", match: false }, { text: "troops & co", match: true }];
    for (const kind of ["direct", "indirect"] as const) {
      expect(quoteTextHtml("it's <b>", kind).value).toBe(react(<QuoteText quote="it's <b>" kind={kind} />));
      expect(quoteTextHtml("x", kind, highlight).value).toBe(react(<QuoteText quote="x" kind={kind} highlight={highlight} />));
    }
  });

  it("matches the card written as elements, markup in the data escaped", () => {
    const variants: StatementSummary[] = [
      statement,
      { ...statement, kind: "indirect", speaker: null, speakerRole: null, date: null, datePrecision: null, reportCount: 1, citedOutlets: [] },
      { ...statement, stances: [], topics: ["membership"], outlets: [] },
    ];
    for (const s of variants) {
      const card = react(<StatementCard statement={s} />);
      expect(card).toBe(react(<CardAsElements s={s} />));
      expect(card).not.toContain("<b>");
    }
    const highlight = [{ text: "We will ", match: false }, { text: "not", match: true }];
    expect(react(<StatementCard statement={statement} highlight={highlight} />)).toBe(react(<CardAsElements s={statement} highlight={highlight} />));
  });

  it("takes a second-level heading where the page asks for one", () => {
    expect(react(<StatementCard statement={statement} headingLevel={2} />)).toMatch(/^<article[^>]*><h2 class="card-title">.*<\/h2><p/);
  });
});

describe("the list of cards as one string", () => {
  it("is the cards in <li>s, each with its own highlight", () => {
    const highlight = [{ text: "We will ", match: false }, { text: "not", match: true }];
    const other = { ...statement, id: "def456" };
    const expected = react(
      <>
        <li>
          <StatementCard statement={statement} highlight={highlight} />
        </li>
        <li>
          <StatementCard statement={other} />
        </li>
      </>,
    );
    expect(statementListItemsHtml([statement, other], { abc123: highlight })).toBe(expected);
    expect(statementListItemsHtml([])).toBe("");
  });
});
