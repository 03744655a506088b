import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { PositionsTimelineView, TimelineLegend } from "@/components/PositionsTimeline";
import { StatementCard } from "@/components/StatementCard";
import { formatCount, formatDate, formatTotal } from "@/lib/format";
import { speakerFeedUrl, speakerUrl, statementsUrl, timelineUrl } from "@/lib/urls";
import { FollowFeedLink } from "@/components/FollowFeedLink";
import { isNotFoundError } from "@/server/errors";
import { getSpeaker, listStatements, speakerTimeline } from "@/server/queries";
import type { SpeakerRoleView } from "@/server/queries/types";
import { siteUrl } from "@/app/_shared/site";
import { SectionHeading } from "@/components/SectionHeading";

type Params = Promise<{ slug: string }>;
const SHOWN = 10;

/** The speaker, or null when there is none: generateMetadata must not call notFound() (decision 0080). */
const findSpeaker = cache(async (slug: string) => {
  await connection();
  try {
    return await getSpeaker(slug);
  } catch (error) {
    if (isNotFoundError(error)) return null;
    throw error;
  }
});

async function loadSpeaker(slug: string) {
  return (await findSpeaker(slug)) ?? notFound();
}

function roleDates(role: SpeakerRoleView): string {
  if (role.startDate && role.endDate) return `${formatDate(role.startDate)} – ${formatDate(role.endDate)}`;
  if (role.startDate) return `since ${formatDate(role.startDate)}`;
  if (role.endDate) return `until ${formatDate(role.endDate)}`;
  return "dates not recorded";
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const speaker = await findSpeaker(slug);
  if (!speaker) return { title: "Not found" };
  const role = speaker.roles.at(-1)?.title;
  const title = speaker.name;
  const description = `What ${speaker.name}${role ? `, ${role},` : ""} said about troops for Ukraine, peace negotiations and Ukraine in NATO: ${formatCount(speaker.statementCount, "statement")}, each linked to its source.`;
  return {
    title,
    description,
    alternates: { canonical: speakerUrl(speaker.slug), types: { "application/atom+xml": speakerFeedUrl(speaker.slug) } },
    openGraph: { type: "profile", title, description, url: siteUrl(speakerUrl(speaker.slug)) },
  };
}

export default async function SpeakerPage({ params }: { params: Params }) {
  const { slug } = await params;
  const speaker = await loadSpeaker(slug);
  const [statements, timeline] = await Promise.all([
    listStatements({ speaker: speaker.slug, page: 1 }, { pageSize: SHOWN }),
    speakerTimeline(speaker.slug),
  ]);

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm">
          <Link href="/speakers" className="text-blue-800 underline-offset-2 hover:underline">
            Speakers
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight text-slate-950 sm:text-4xl" data-testid="speaker-name">
          {speaker.name}
        </h1>
        {speaker.roles.length > 0 ? (
          <ul className="space-y-1 text-slate-800" aria-label="Roles">
            {[...speaker.roles].reverse().map((role) => (
              <li key={`${role.title}-${role.startDate}`}>
                <span className="font-semibold">{role.title}</span>, <span className="text-slate-700">{roleDates(role)}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="text-slate-700">
          {formatCount(speaker.statementCount, "statement")} in the tracker
          {speaker.firstDate && speaker.lastDate
            ? `, from ${formatDate(speaker.firstDate)} to ${formatDate(speaker.lastDate)}`
            : ""}
          .
          {speaker.aliases.length ? ` Also written as ${speaker.aliases.join(", ")}.` : ""}
        </p>
        <p>
          <FollowFeedLink href={speakerFeedUrl(speaker.slug)} label={`Follow ${speaker.name} (Atom)`} />
        </p>
      </header>

      <section aria-labelledby="speaker-timeline" className="space-y-4">
        <SectionHeading
          id="speaker-timeline"
          title="Positions over time"
          link={{ href: timelineUrl({ speaker: speaker.slug }), label: "Open the full timeline" }}
        />
        <TimelineLegend />
        <PositionsTimelineView timeline={timeline} showSpeaker={false} headingLevel={3} />
      </section>

      <section aria-labelledby="speaker-statements" className="space-y-4">
        <SectionHeading
          id="speaker-statements"
          title="Latest statements"
          link={
            statements.total > 0
              ? { href: statementsUrl({ speaker: speaker.slug }), label: `All ${formatTotal(statements.total, statements.totalIsExact, "statement")} with filters` }
              : null
          }
        />
        {statements.items.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-400 bg-white p-6">No statements yet.</p>
        ) : (
          <ol className="space-y-4">
            {statements.items.map((s) => (
              <li key={s.id}>
                <StatementCard statement={s} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
