// The statement permalink: the quote, who said it and when (with precision and source),
// topics and stances with their evidence, every report first published first, each
// outlet's wording against the first, the paragraph around it, citation and neighbours.
import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { CitationBlock } from "@/components/CitationBlock";
import { DateText } from "@/components/DateText";
import { QuoteText } from "@/components/QuoteText";
import { ReportCard, reportSourceName } from "@/components/ReportCard";
import { StanceBadge } from "@/components/StanceBadge";
import { StatementNeighbours } from "@/components/StatementNeighbours";
import { ReportProblemForm } from "@/components/editor/ReportProblemForm";
import { ReviewStatus } from "@/components/editor/ReviewStatus";
import { TopicChip } from "@/components/TopicChip";
import { WordingDiff, hasWordingDifferences } from "@/components/WordingDiff";
import { formatCitations } from "@/lib/citation";
import { formatDate, formatDateSource, stanceDescription, topicLabel } from "@/lib/format";
import { oembedUrl, slugifyQuote, speakerUrl, statementUrl, statementsUrl, timelineUrl } from "@/lib/urls";
import { SITE_NAME, siteUrl } from "@/app/_shared/site";
import { problemFormToken, statementEditorial } from "@/server/queries";
import { findStatement, loadStatement, safeDecode } from "../_load";

type Params = Promise<{ id: string; slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const statement = await findStatement(safeDecode(id));
  if (!statement) return { title: "Not found" };
  const who = statement.speaker?.name ?? "Unattributed statement";
  const when = statement.date ? formatDate(statement.date, statement.datePrecision) : "undated";
  const first = statement.reports[0];
  const outlet = first?.article.outlet?.name ?? null;
  const title = `${who}: “${shorten(statement.quote, 70)}”`;
  const description = `${who}${statement.roleAtTime ? `, ${statement.roleAtTime},` : ""} (${when}${outlet ? `, reported by ${outlet}` : ""}): “${shorten(statement.quote, 220)}”`;
  const url = statementUrl(statement);
  return {
    title,
    description,
    // oEmbed discovery: consumers find the card's iframe from the page (decision 0067).
    alternates: { canonical: url, types: { "application/json+oembed": oembedUrl(siteUrl(url)) } },
    openGraph: {
      type: "article",
      title,
      description,
      url: siteUrl(url),
      siteName: SITE_NAME,
      ...(statement.date ? { publishedTime: statement.date } : {}),
      ...(statement.speaker ? { authors: [statement.speaker.name] } : {}),
    },
    // The card's image comes from ./opengraph-image.tsx and ./twitter-image.tsx.
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function StatementPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id, slug } = await params;
  // The editorial status is read alongside the statement, not after it: one wait instead of two.
  const [statement, editorial, problemToken, { problem }] = await Promise.all([
    loadStatement(safeDecode(id)),
    statementEditorial(safeDecode(id)),
    problemFormToken(),
    searchParams,
  ]);
  const canonical = statementUrl(statement);
  if (safeDecode(slug) !== slugifyQuote(statement.quote)) permanentRedirect(canonical);

  const absolute = siteUrl(canonical);
  const first = statement.reports[0];
  const citations = formatCitations({
    id: statement.id,
    speaker: statement.speaker?.name ?? null,
    role: statement.roleAtTime,
    quote: statement.quote,
    date: statement.date,
    precision: statement.datePrecision,
    outlet: first?.article.outlet?.name ?? null,
    url: absolute,
  });
  const differing = first
    ? statement.reports.slice(1).filter((r) => hasWordingDifferences(first.quote, r.quote))
    : [];
  const stanceTopics = new Set(statement.stances.map((s) => s.topic));
  const dateSource = formatDateSource(statement.dateSource);

  return (
    <article className="space-y-8" aria-labelledby="statement-quote">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-700">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <a href={statementsUrl()} className="text-blue-800 underline-offset-2 hover:underline">
              Statements
            </a>
          </li>
          {statement.speaker ? (
            <li className="flex items-center gap-1">
              <span aria-hidden="true">›</span>
              <a href={statementsUrl({ speaker: statement.speaker.slug })} className="text-blue-800 underline-offset-2 hover:underline">
                {statement.speaker.name}
              </a>
            </li>
          ) : null}
          <li className="flex items-center gap-1">
            <span aria-hidden="true">›</span>
            <span aria-current="page">This statement</span>
          </li>
        </ol>
      </nav>

      <figure className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
        {statement.kind === "indirect" ? (
          <p className="mb-3 text-sm font-semibold tracking-wide text-slate-600 uppercase">Reported speech (paraphrase)</p>
        ) : null}
        <blockquote className="font-serif text-2xl leading-snug text-slate-950 sm:text-3xl lg:text-4xl">
          <h1 id="statement-quote" data-testid="statement-quote">
            <QuoteText quote={statement.quote} kind={statement.kind} />
          </h1>
        </blockquote>
        <figcaption className="mt-5 text-base text-slate-800 sm:text-lg">
          <span aria-hidden="true">— </span>
          {statement.speaker ? (
            <a href={speakerUrl(statement.speaker.slug)} className="font-semibold text-blue-800 hover:underline" data-testid="statement-speaker">
              {statement.speaker.name}
            </a>
          ) : (
            <span className="font-semibold" data-testid="statement-speaker">
              Speaker not named in the report
            </span>
          )}
          {statement.roleAtTime ? <span>, {statement.roleAtTime}</span> : null}
          {statement.roleAtTime ? <span className="text-slate-600"> (role at the time)</span> : null}
        </figcaption>
      </figure>

      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-8 min-w-0">
          <ReviewStatus editorial={editorial} />

          <section aria-labelledby="facts-heading">
            <h2 id="facts-heading" className="sr-only">
              When and what
            </h2>
            <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold text-slate-700">Date</dt>
              <dd data-testid="statement-date">
                <DateText date={statement.date} precision={statement.datePrecision} />
                {statement.date && dateSource ? <span className="block text-sm text-slate-600">Date source: {dateSource}</span> : null}
                {!statement.date ? (
                  <span className="block text-sm text-slate-600">The report gives no date we could rely on.</span>
                ) : null}
              </dd>
              <dt className="font-semibold text-slate-700">Kind</dt>
              <dd>{statement.kind === "direct" ? "Direct quote" : "Reported speech"}</dd>
              <dt className="font-semibold text-slate-700">Topics</dt>
              <dd className="flex flex-wrap gap-2">
                {statement.topics.map((topic) => (
                  <TopicChip key={topic} topic={topic} />
                ))}
              </dd>
            </dl>
          </section>

          {statement.stances.length > 0 ? (
            <section aria-labelledby="stance-heading">
              <h2 id="stance-heading" className="text-xl font-bold text-slate-950">
                Stance
              </h2>
              <ul className="mt-3 space-y-3">
                {statement.stances.map((s) => (
                  <li key={s.topic} className="rounded-lg border border-slate-200 bg-white p-4">
                    <StanceBadge topic={s.topic} stance={s.value} />
                    <p className="mt-2 text-slate-800">
                      {topicLabel(s.topic)}: {stanceDescription(s.topic, s.value)}. Decided by the words{" "}
                      <q className="rounded-sm bg-yellow-100 font-medium">{s.evidence}</q>.
                    </p>
                  </li>
                ))}
              </ul>
              {statement.topics.some((t) => t !== "other" && !stanceTopics.has(t)) ? (
                <p className="mt-2 text-sm text-slate-600">
                  No clear stance on{" "}
                  {statement.topics
                    .filter((t) => t !== "other" && !stanceTopics.has(t))
                    .map((t) => topicLabel(t).toLowerCase())
                    .join(", ")}
                  .
                </p>
              ) : null}
            </section>
          ) : null}

          <section aria-labelledby="reports-heading">
            <h2 id="reports-heading" className="text-xl font-bold text-slate-950">
              {statement.reports.length === 1 ? "The report" : `${statement.reports.length} reports, first published first`}
            </h2>
            <ol className="mt-3 space-y-4" data-testid="reports">
              {statement.reports.map((report, index) => (
                <li key={report.id}>
                  <ReportCard report={report} position={index + 1} isFirst={index === 0} statementId={statement.id} />
                </li>
              ))}
            </ol>
          </section>

          {first && statement.reports.length > 1 && differing.length === 0 ? (
            <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-800">
              All {statement.reports.length} reports print exactly the same wording.
            </p>
          ) : null}

          {first && differing.length > 0 ? (
            <section aria-labelledby="wording-heading">
              <h2 id="wording-heading" className="text-xl font-bold text-slate-950">
                How the wording differs
              </h2>
              <p className="mt-1 text-sm text-slate-700">
                Each later report compared with the first ({reportSourceName(first, 1)}):{" "}
                <ins className="word-added">words it adds</ins>, <del className="word-removed">words it leaves out</del>.
              </p>
              <ul className="mt-3 space-y-3">
                {differing.map((report) => (
                  <li key={report.id} className="rounded-lg border border-slate-200 bg-white p-4">
                    <p className="text-sm font-semibold text-slate-700">
                      {reportSourceName(report, statement.reports.indexOf(report) + 1)}
                    </p>
                    <div className="mt-1 font-serif text-lg">
                      <WordingDiff base={first.quote} other={report.quote} />
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>

        <aside className="space-y-6" aria-label="Cite, share and browse">
          <CitationBlock citations={citations} permalink={absolute} shareTitle={`${statement.speaker?.name ?? "Statement"} — ${SITE_NAME}`} />

          {statement.speaker ? (
            <StatementNeighbours
              speaker={statement.speaker}
              previous={statement.neighbours.previous}
              next={statement.neighbours.next}
            />
          ) : null}

          <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm" aria-labelledby="more-heading">
            <h2 id="more-heading" className="font-bold text-slate-950">
              More
            </h2>
            <ul className="mt-2 space-y-2">
              {statement.speaker ? (
                <li>
                  <a href={timelineUrl({ speaker: statement.speaker.slug })} className="text-blue-800 underline-offset-2 hover:underline">
                    {statement.speaker.name}&apos;s positions over time
                  </a>
                </li>
              ) : null}
              {statement.topics
                .filter((t) => t !== "other")
                .map((t) => (
                  <li key={t}>
                    <a href={statementsUrl({ topic: t })} className="text-blue-800 underline-offset-2 hover:underline">
                      All statements on {topicLabel(t).toLowerCase()}
                    </a>
                  </li>
                ))}
            </ul>
          </section>

          <ReportProblemForm statement={statement} formToken={problemToken} outcome={typeof problem === "string" ? problem : undefined} />
        </aside>
      </div>
    </article>
  );
}
