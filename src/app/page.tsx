import type { Metadata } from "next";
import { connection } from "next/server";
import { PositionsTimelineView, TimelineLegend } from "@/components/PositionsTimeline";
import { StatementCard } from "@/components/StatementCard";
import { formatCount, formatNumber, topicLabel } from "@/lib/format";
import { homeUrl, speakersUrl, statementsFeedUrl, statementsUrl, timelineUrl } from "@/lib/urls";
import { latestStatements, positionsTimeline, trackerCounts } from "@/server/queries";
import { SectionHeading } from "@/components/SectionHeading";

export const metadata: Metadata = {
  alternates: { canonical: homeUrl(), types: { "application/atom+xml": statementsFeedUrl() } },
};

export default async function HomePage() {
  await connection();
  const [latest, counts, timeline] = await Promise.all([latestStatements(6), trackerCounts(), positionsTimeline()]);

  return (
    <div className="space-y-10">
      <section className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-10" aria-labelledby="intro-heading">
        <h1 id="intro-heading" className="max-w-3xl text-3xl font-bold tracking-tight text-slate-950 sm:text-5xl">
          What NATO&apos;s leaders said about Ukraine, and when it changed
        </h1>
        <p className="mt-4 max-w-3xl text-lg text-slate-700">
          The tracker collects statements by NATO&apos;s leaders on three questions: sending troops to Ukraine, peace
          negotiations, and Ukraine joining NATO. Every statement links back to the exact sentence in the report it
          came from, with each outlet&apos;s wording side by side.
        </p>
        <p className="mt-3 max-w-3xl text-slate-700">
          Made for journalists, analysts and fact-checkers who need to know who said what, where it was first
          reported, and whether a position is new.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <a href={statementsUrl()} className="rounded-md bg-blue-800 px-5 py-2.5 font-semibold text-white hover:bg-blue-900">
            Browse statements
          </a>
          <a href={timelineUrl()} className="rounded-md border border-blue-800 px-5 py-2.5 font-semibold text-blue-800 hover:bg-blue-50">
            See positions over time
          </a>
        </div>
        <dl className="mt-8 grid grid-cols-2 gap-4 sm:grid-cols-4" data-testid="counts">
          {[
            { label: "statements", value: counts.statements, href: statementsUrl() },
            { label: "speakers", value: counts.speakers, href: speakersUrl() },
            { label: "outlets", value: counts.outlets, href: statementsUrl() },
            { label: "reports", value: counts.reports, href: statementsUrl() },
          ].map((item) => (
            <div key={item.label} className="rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
              <dt className="text-sm text-slate-700">{item.label.replace(/^./, (c) => c.toUpperCase())}</dt>
              <dd className="text-3xl font-bold text-slate-950">{formatNumber(item.value)}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-600">From {formatCount(counts.articles, "article")} imported so far.</p>
      </section>

      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading" className="text-2xl font-bold text-slate-950">
          Three questions
        </h2>
        <ul className="mt-4 grid gap-4 md:grid-cols-3">
          {(["troops", "negotiations", "membership"] as const).map((topic) => (
            <li key={topic}>
              <a
                href={statementsUrl({ topic })}
                className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-blue-700 hover:bg-blue-50"
              >
                <span className="block text-lg font-semibold text-blue-900">{topicLabel(topic)}</span>
                <span className="mt-1 block text-sm text-slate-700">
                  {topic === "troops"
                    ? "Troops, peacekeepers or a reassurance force on Ukrainian soil."
                    : topic === "negotiations"
                      ? "Peace talks, a ceasefire, the terms of a deal, negotiating from strength."
                      : "Invitations, the “irreversible path”, guarantees instead of membership."}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="latest-heading" className="min-w-0">
        <SectionHeading id="latest-heading" title="Latest statements" link={{ href: statementsUrl(), label: "All statements" }} />
        {latest.length === 0 ? (
          <p className="mt-4 rounded-lg border border-dashed border-slate-400 bg-white p-6">
            Nothing imported yet. Run <code>npm run import -- seeds</code> to load the seed articles.
          </p>
        ) : (
          <ol className="mt-4 grid gap-4 md:grid-cols-2">
            {latest.map((s) => (
              <li key={s.id}>
                <StatementCard statement={s} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="glimpse-heading" className="min-w-0 space-y-4">
        <SectionHeading id="glimpse-heading" title="Positions over time" link={{ href: timelineUrl(), label: "Full timeline" }} />
        <TimelineLegend />
        <PositionsTimelineView timeline={timeline} headingLevel={3} />
      </section>
    </div>
  );
}
