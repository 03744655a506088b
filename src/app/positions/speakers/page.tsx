// Every speaker, each a link that adds them to the comparison of the positions view it was opened from:
// the long list the compare form leaves out (it offers the most prolific and the rows shown, decision 0385).
import type { Metadata } from "next";
import { connection } from "next/server";
import { ParameterNotices } from "@/components/ParameterNotices";
import { periodLabel, periodOf } from "@/domain/positions";
import { formatNumber, topicLabel } from "@/lib/format";
import { positionsUrl } from "@/lib/urls";
import { MAX_COMPARED, parsePositionsFilter } from "@/schemas/positionsFilter";
import { listSpeakers } from "@/server/queries";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const LINK = "text-blue-800 underline underline-offset-2 dark:text-blue-300";

export const metadata: Metadata = { title: "Choose a speaker to compare", robots: { index: false } };

export default async function PositionsSpeakerChooser({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const { filter, issues } = parsePositionsFilter(await searchParams);
  const speakers = await listSpeakers();
  const compared = filter.speaker.filter((slug) => speakers.some((s) => s.slug === slug));
  const back = { ...filter, speaker: compared, changes: undefined, page: undefined };
  const period = filter.at ? periodOf(filter.zoom, filter.at) : null;
  const choices = speakers.filter((s) => !compared.includes(s.slug));
  const full = compared.length >= MAX_COMPARED;
  return (
    <div className="space-y-6 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header>
        <p className="text-sm">
          <a href={positionsUrl(back)} className={LINK}>
            Back to the positions
          </a>
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{compared.length ? "Add a speaker to the comparison" : "Choose a speaker to compare"}</h1>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
          Every speaker in the tracker, by name, with the number of statements on all topics. Each link opens their positions on “{topicLabel(filter.topic)}”
          {period ? `, ${periodLabel(period)}` : ""}
          {compared.length ? " beside the speakers already compared" : ""}.
        </p>
      </header>
      <ParameterNotices issues={issues} />
      {full ? (
        <p>
          At most {MAX_COMPARED} speakers can be compared: remove one on the positions page first.
        </p>
      ) : (
        <ol className="grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3" data-testid="speaker-choices">
          {choices.map((s) => (
            <li key={s.slug}>
              <a href={positionsUrl({ ...back, speaker: [...compared, s.slug] })} className={LINK}>
                {s.name}
              </a>{" "}
              <span className="text-sm text-slate-700 dark:text-slate-300">{formatNumber(s.statementCount)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
