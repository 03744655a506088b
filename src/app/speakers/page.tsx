import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { formatCount } from "@/lib/format";
import { speakerUrl, speakersUrl, statementsUrl, timelineUrl } from "@/lib/urls";
import { listSpeakers } from "@/server/queries";

export const metadata: Metadata = {
  title: "Speakers",
  description: "The NATO leaders whose statements on Ukraine the tracker has found, with their statements and positions over time.",
  alternates: { canonical: speakersUrl() },
};

export default async function SpeakersPage() {
  await connection();
  const speakers = await listSpeakers();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight text-slate-950 sm:text-4xl">Speakers</h1>
        <p className="mt-2 max-w-3xl text-slate-700">Everyone with at least one statement in the tracker.</p>
      </header>
      {speakers.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-6">No speakers yet: import some articles first.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {speakers.map((s) => (
            <li key={s.slug} className="min-w-0 break-words rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="speaker-item">
              <h2 className="text-lg font-semibold">
                <Link href={speakerUrl(s.slug)} className="text-blue-800 underline-offset-2 hover:underline">
                  {s.name}
                </Link>
              </h2>
              {s.latestRole ? <p className="text-sm text-slate-700">{s.latestRole}</p> : null}
              <p className="mt-2 text-sm">
                <Link href={statementsUrl({ speaker: s.slug })} className="text-blue-800 underline underline-offset-2">
                  {formatCount(s.statementCount, "statement")}
                </Link>{" "}
                ·{" "}
                <Link href={timelineUrl({ speaker: s.slug })} className="text-blue-800 underline underline-offset-2">
                  timeline
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
