// Every speaker, each a link to their timeline: the long list the timeline's form leaves out (it offers
// the most prolific, decision 0385).
import type { Metadata } from "next";
import { connection } from "next/server";
import { formatNumber } from "@/lib/format";
import { timelineUrl } from "@/lib/urls";
import { parseStatementFilter } from "@/schemas/statementFilter";
import { listSpeakers } from "@/server/queries";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const LINK = "text-blue-800 underline underline-offset-2";

export const metadata: Metadata = { title: "Choose a speaker's timeline", robots: { index: false } };

export default async function TimelineSpeakerChooser({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const { filter } = parseStatementFilter({ reviewed: (await searchParams).reviewed });
  const reviewed = !!filter.reviewed;
  const speakers = await listSpeakers();
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm">
          <a href={timelineUrl({ reviewed })} className={LINK}>
            Back to the timeline
          </a>
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-950 sm:text-4xl">Choose a speaker&rsquo;s timeline</h1>
        <p className="mt-2 max-w-3xl text-slate-700">Every speaker in the tracker, by name, with the number of their statements.</p>
      </header>
      <ol className="grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3" data-testid="speaker-choices">
        {speakers.map((s) => (
          <li key={s.slug}>
            <a href={timelineUrl({ speaker: s.slug, reviewed })} className={LINK}>
              {s.name}
            </a>{" "}
            <span className="text-sm text-slate-700">{formatNumber(s.statementCount)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
