// One topic: where every speaker stands on it now, the changes of position that led there, the statements
// reported most, and the latest statements (the full, filterable list is /statements?topic=…).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { DateText } from "@/components/DateText";
import { SectionHeading } from "@/components/SectionHeading";
import { StanceBadge } from "@/components/StanceBadge";
import { StatementList } from "@/components/StatementList";
import { formatCount, formatTotal, stanceDescription, stanceLabel, topicLabel } from "@/lib/format";
import { speakerUrl, statementsUrl, statementUrl, topicPath } from "@/lib/urls";
import { FILTER_TOPICS, type FilterTopic } from "@/schemas/statementFilter";
import { listStatements, topicChanges, topicPositions } from "@/server/queries";
import type { PositionChange, PositionStatement, StanceTopicValue, TopicPosition } from "@/server/queries/types";

type Params = Promise<{ topic: string }>;
const LATEST_SHOWN = 20;
const MOST_REPORTED_SHOWN = 5;

const TOPIC_INTROS: Record<FilterTopic, string> = {
  troops: "Sending NATO, Western or European troops, peacekeepers or a reassurance force to Ukraine.",
  negotiations: "Peace talks, a ceasefire, the terms of a deal and the guarantees tied to it.",
  membership: "Ukraine joining NATO: invitations, the “irreversible path”, guarantees instead of membership.",
  other: "Everything else the tracker's speakers said: weapons and aid, spending, praise, procedure. These carry no stance.",
};

function topicOf(value: string): FilterTopic {
  const topic = FILTER_TOPICS.find((t) => t === value);
  if (!topic) notFound();
  return topic;
}

const hasStances = (topic: FilterTopic): topic is StanceTopicValue => topic !== "other";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const topic = topicOf((await params).topic);
  const title = `${topicLabel(topic)}: who said what`;
  return { title, description: TOPIC_INTROS[topic], alternates: { canonical: topicPath(topic) } };
}

function StatementLink({ statement, label }: { statement: PositionStatement; label: string }) {
  return (
    <Link href={statementUrl(statement)} className="text-blue-800 underline underline-offset-2">
      {label} <DateText date={statement.date} precision={statement.datePrecision} />
    </Link>
  );
}

function PositionsTable({ topic, positions }: { topic: StanceTopicValue; positions: TopicPosition[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[36rem] text-left text-sm" data-testid="topic-positions">
        <caption className="sr-only">Current position of every speaker on {topicLabel(topic).toLowerCase()}</caption>
        <thead className="bg-slate-100 text-slate-800">
          <tr>
            <th scope="col" className="px-3 py-2">Speaker</th>
            <th scope="col" className="px-3 py-2">Position now</th>
            <th scope="col" className="px-3 py-2">Since</th>
            <th scope="col" className="px-3 py-2">Statements</th>
            <th scope="col" className="px-3 py-2">Latest</th>
          </tr>
        </thead>
        <tbody>
          {positions.map((p) => (
            <tr key={p.speaker.slug} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 font-semibold">
                <Link href={speakerUrl(p.speaker.slug)} className="text-blue-800 underline-offset-2 hover:underline">
                  {p.speaker.name}
                </Link>
              </th>
              <td className="px-3 py-2">
                <StanceBadge topic={topic} stance={p.stance} showTopic={false} />
              </td>
              <td className="px-3 py-2">{p.since ? <DateText date={p.since} precision="day" /> : "Undated"}</td>
              <td className="px-3 py-2">
                {p.supporting} of {formatCount(p.onTopic, "statement")} take it
                {p.changes > 0 ? `; ${formatCount(p.changes, "change")}` : ""}
              </td>
              <td className="px-3 py-2">
                <StatementLink statement={p.latest} label="Read" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ChangeItem({ topic, change }: { topic: StanceTopicValue; change: PositionChange }) {
  const { before, after } = change;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4" data-testid="topic-change">
      <p>
        <Link href={speakerUrl(change.speaker.slug)} className="font-semibold text-blue-800 underline-offset-2 hover:underline">
          {change.speaker.name}
        </Link>
        : {stanceLabel(before.stance).toLowerCase()} → {stanceLabel(after.stance).toLowerCase()}, between{" "}
        <DateText date={before.date} precision={before.datePrecision} /> and{" "}
        <DateText date={after.date} precision={after.datePrecision} />
      </p>
      <ul className="mt-2 space-y-1 text-sm text-slate-800">
        <li>
          Before ({stanceDescription(topic, before.stance)}): <q className="rounded-sm bg-yellow-100">{before.evidence}</q> —{" "}
          <StatementLink statement={before} label="statement of" />
        </li>
        <li>
          After ({stanceDescription(topic, after.stance)}): <q className="rounded-sm bg-yellow-100">{after.evidence}</q> —{" "}
          <StatementLink statement={after} label="statement of" />
        </li>
      </ul>
    </li>
  );
}

export default async function TopicPage({ params }: { params: Params }) {
  await connection();
  const topic = topicOf((await params).topic);
  const [latest, mostReported, positions, changes] = await Promise.all([
    listStatements({ topic, page: 1 }, { pageSize: LATEST_SHOWN }),
    listStatements({ topic, page: 1, sort: "reports" }, { pageSize: MOST_REPORTED_SHOWN }),
    hasStances(topic) ? topicPositions(topic) : Promise.resolve([]),
    hasStances(topic) ? topicChanges(topic) : Promise.resolve([]),
  ]);
  const allLink = { href: statementsUrl({ topic }), label: `All ${formatTotal(latest.total, latest.totalIsExact, "statement")}, with filters` };

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm text-slate-700">Topic</p>
        <h1 className="text-3xl font-bold tracking-tight text-slate-950 sm:text-4xl" data-testid="topic-title">
          {topicLabel(topic)}
        </h1>
        <p className="max-w-3xl text-slate-700">{TOPIC_INTROS[topic]}</p>
        <nav aria-label="Other topics" className="text-sm">
          <ul className="flex flex-wrap gap-3">
            {FILTER_TOPICS.filter((t) => t !== topic).map((t) => (
              <li key={t}>
                <Link href={topicPath(t)} className="text-blue-800 underline underline-offset-2">
                  {topicLabel(t)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      {hasStances(topic) ? (
        <section aria-labelledby="positions-heading" className="space-y-3">
          <SectionHeading id="positions-heading" title="Where each speaker stands now" />
          <p className="text-sm text-slate-700">
            The stance of each speaker&apos;s latest statement on this topic, since when they have held it, and how many of
            their statements take it.
          </p>
          {positions.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-400 bg-white p-4">No speaker has taken a stance on this yet.</p>
          ) : (
            <PositionsTable topic={topic} positions={positions} />
          )}
        </section>
      ) : null}

      {hasStances(topic) ? (
        <section aria-labelledby="changes-heading" className="space-y-3">
          <SectionHeading id="changes-heading" title="Changes of position" />
          <p className="text-sm text-slate-700">
            Two consecutive dated statements of one speaker on this topic whose stances differ, newest first.
          </p>
          {changes.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-400 bg-white p-4">No change of position recorded.</p>
          ) : (
            <ol className="space-y-3">
              {changes.map((change) => (
                <ChangeItem key={`${change.before.id}-${change.after.id}`} topic={topic} change={change} />
              ))}
            </ol>
          )}
        </section>
      ) : null}

      <section aria-labelledby="most-reported-heading" className="space-y-3">
        <SectionHeading
          id="most-reported-heading"
          title="Most reported"
          link={{ href: statementsUrl({ topic, sort: "reports" }), label: "All, most reported first" }}
        />
        <StatementList statements={mostReported.items} empty="No statements on this topic yet." testId="most-reported" />
      </section>

      <section aria-labelledby="latest-heading" className="space-y-3">
        <SectionHeading id="latest-heading" title="Who said what, newest first" link={latest.total > 0 ? allLink : null} />
        <StatementList statements={latest.items} empty="No statements on this topic yet." testId="topic-statements" />
        {latest.next ? (
          <p>
            <Link href={allLink.href} className="font-semibold text-blue-800 underline underline-offset-2">
              {allLink.label}
            </Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
