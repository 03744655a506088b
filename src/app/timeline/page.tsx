import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ParameterNotices } from "@/components/ParameterNotices";
import { PositionsTimelineView, TimelineLegend } from "@/components/PositionsTimeline";
import { formatDate, formatNumber } from "@/lib/format";
import { positionsUrl, speakerFeedUrl, speakerUrl, statementsFeedUrl, timelineSpeakerChooserUrl, timelineUrl } from "@/lib/urls";
import { FollowFeedLink } from "@/components/FollowFeedLink";
import { parseStatementFilter } from "@/schemas/statementFilter";
import { isNotFoundError } from "@/server/errors";
import { listSpeakers, positionsTimeline } from "@/server/queries";
import type { PositionsTimeline } from "@/server/queries/types";
import { shortSpeakerList, SpeakerSelect } from "@/components/positions/SpeakerSelect";
import { ReviewedOnlyField } from "@/components/editor/ReviewedOnlyField";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Speakers the list offers (the most prolific, and the one shown); every other is on the chooser page (decision 0385). */
const SPEAKER_CHOICES = 30;

/** The known speaker a timeline shows, if any: its canonical address and its feed depend on it. */
async function shownSpeaker(searchParams: SearchParams): Promise<string | undefined> {
  const { filter } = parseStatementFilter({ speaker: (await searchParams).speaker });
  if (!filter.speaker) return undefined;
  return (await listSpeakers()).some((s) => s.slug === filter.speaker) ? filter.speaker : undefined;
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  await connection();
  const speaker = await shownSpeaker(searchParams);
  return {
    title: "Positions over time",
    description:
      "How NATO leaders' positions on troops for Ukraine, peace negotiations and Ukraine's membership changed over time, statement by statement.",
    alternates: {
      canonical: timelineUrl({ speaker }),
      types: { "application/atom+xml": speaker ? speakerFeedUrl(speaker) : statementsFeedUrl() },
    },
  };
}

/** Reads ?speaker= with the shared filter rules; an unknown or malformed speaker becomes a notice. */
async function loadTimeline(searchParams: SearchParams) {
  await connection();
  const raw = await searchParams;
  const { filter, issues } = parseStatementFilter({ speaker: raw.speaker, reviewed: raw.reviewed });
  const notices = issues.filter((issue) => issue.param === "speaker");
  let timeline: PositionsTimeline;
  try {
    timeline = await positionsTimeline({ speaker: filter.speaker, reviewed: !!filter.reviewed });
  } catch (error) {
    if (!isNotFoundError(error)) throw error;
    notices.push({ param: "speaker", value: String(filter.speaker), message: `We have no speaker "${filter.speaker}"; showing everyone.` });
    timeline = await positionsTimeline({ reviewed: !!filter.reviewed });
  }
  return { timeline, notices, reviewed: !!filter.reviewed };
}

export default async function TimelinePage({ searchParams }: { searchParams: SearchParams }) {
  const [{ timeline, notices, reviewed }, speakers] = await Promise.all([loadTimeline(searchParams), listSpeakers()]);
  const total = timeline.summarised
    ? timeline.lanes.reduce((n, l) => n + l.datedCount + l.undatedCount, 0)
    : new Set(timeline.lanes.flatMap((l) => [...l.points, ...l.undated].map((p) => p.id))).size;
  const dated = timeline.lanes.flatMap((l) => l.points).sort((a, b) => (a.date as string).localeCompare(b.date as string));
  const earliest = dated[0] ?? (timeline.range ? { date: timeline.range.from, datePrecision: "day" as const } : undefined);
  const latest = dated.at(-1) ?? (timeline.range ? { date: timeline.range.to, datePrecision: "day" as const } : undefined);

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight text-slate-950 sm:text-4xl">
          Positions over time{timeline.speaker ? `: ${timeline.speaker.name}` : ""}
        </h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          {timeline.summarised
            ? "Too many statements to draw one by one: each column is a month, its layers the stances taken on the lane's topic. Select a month to list its statements."
            : "Each mark is one statement, placed by the date it was made and shaped by its stance on the lane's topic. Select a mark to open the statement and its sources."}
          {earliest && latest
            ? ` From ${formatDate(earliest.date, earliest.datePrecision)} to ${formatDate(latest.date, latest.datePrecision)}; ${total.toLocaleString("en-GB")} ${total === 1 ? "statement" : timeline.summarised ? "statements on these topics (one on two topics counts twice)" : "statements"}.`
            : null}{" "}
          <Link href={positionsUrl({ topic: "troops" })} className="text-blue-800 underline underline-offset-2">
            Who holds which position, and when it changed: positions per person
          </Link>
          .
        </p>
      </header>

      <ParameterNotices issues={notices} />

      <form method="get" action={timelineUrl()} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <div className="min-w-0 max-w-full">
          <label htmlFor="timeline-speaker" className="mb-1 block text-sm font-semibold text-slate-800">
            Speaker
          </label>
          <SpeakerSelect
            id="timeline-speaker"
            name="speaker"
            speakers={shortSpeakerList(speakers, SPEAKER_CHOICES, timeline.speaker ? [timeline.speaker.slug] : [])}
            emptyLabel="Everyone"
            selected={timeline.speaker?.slug}
            className="block max-w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
          />
        </div>
        <ReviewedOnlyField id="timeline-reviewed" checked={reviewed} />
        <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
          Show
        </button>
        {speakers.length > SPEAKER_CHOICES ? (
          <a href={timelineSpeakerChooserUrl({ reviewed })} className="self-center text-sm text-blue-800 underline underline-offset-2" data-testid="speaker-chooser">
            Choose from all {formatNumber(speakers.length)} speakers
          </a>
        ) : null}
        {timeline.speaker ? (
          <p className="text-sm">
            <Link href={speakerUrl(timeline.speaker.slug)} className="text-blue-800 underline underline-offset-2">
              About {timeline.speaker.name}
            </Link>{" "}
            ·{" "}
            <Link href={timelineUrl()} className="text-blue-800 underline underline-offset-2">
              Show everyone
            </Link>
          </p>
        ) : null}
        <p className="text-sm">
          <FollowFeedLink href={timeline.speaker ? speakerFeedUrl(timeline.speaker.slug) : statementsFeedUrl()} />
        </p>
      </form>

      <TimelineLegend />
      {total === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-6">
          No statements on troops, negotiations or membership yet.
        </p>
      ) : (
        <PositionsTimelineView timeline={timeline} showSpeaker={!timeline.speaker} />
      )}
    </div>
  );
}
