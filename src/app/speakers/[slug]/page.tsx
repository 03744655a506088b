import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { SpeakerStand } from "@/components/positions/SpeakerStand";
import { StanceKey } from "@/components/positions/StanceMark";
import { statementListItemsHtml } from "@/components/StatementCard";
import { formatCount, formatDate, formatTotal } from "@/lib/format";
import { positionsUrl, speakerFeedUrl, speakerUrl, statementsUrl } from "@/lib/urls";
import { FollowFeedLink } from "@/components/FollowFeedLink";
import { isNotFoundError } from "@/server/errors";
import { getSpeaker, listStatements, speakerPositions, TIMELINE_TOPICS } from "@/server/queries";
import type { SpeakerRoleView } from "@/server/queries/types";
import { siteUrl } from "@/app/_shared/site";
import { SectionHeading } from "@/components/SectionHeading";

type Params = Promise<{ slug: string }>;
const SHOWN = 10;
const TOPIC_SHOWN = 3;

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
  await connection();
  if (slug.length > 100) notFound(); // no slug is longer (getSpeaker's rule): no reads for it
  // Every read starts at once, not after the speaker is found: the profile waited two round trips before
  // the lists and positions began their own (decision 0385). They are only used once the speaker is known;
  // for an unknown slug their outcome (a NotFoundError, empty lists) is dropped.
  const reads = Promise.all([
    listStatements({ speaker: slug, page: 1 }, { pageSize: SHOWN }),
    speakerPositions(slug),
    ...TIMELINE_TOPICS.map((topic) => listStatements({ speaker: slug, topic, page: 1 }, { pageSize: TOPIC_SHOWN })),
  ]);
  reads.catch(() => undefined); // awaited below when the speaker exists; never an unhandled rejection
  const speaker = await findSpeaker(slug);
  if (!speaker) notFound();
  const [statements, positions, ...byTopic] = await reads;
  const topicStatements = Object.fromEntries(TIMELINE_TOPICS.map((topic, i) => [topic, byTopic[i]]));

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

      <section aria-labelledby="speaker-stand" className="space-y-4">
        <SectionHeading
          id="speaker-stand"
          title={`Where ${speaker.name} stands`}
          link={{ href: positionsUrl({ topic: "troops", speaker: [speaker.slug] }), label: "Compare with others" }}
        />
        <div className="space-y-4 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
          <StanceKey />
          <SpeakerStand positions={positions} statements={topicStatements} />
        </div>
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
          // The cards as one string of HTML, as on the statements page (decision 0340).
          <ol className="space-y-4" dangerouslySetInnerHTML={{ __html: statementListItemsHtml(statements.items) }} />
        )}
      </section>
    </div>
  );
}
