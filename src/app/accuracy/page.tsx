// /accuracy: how often automatic extraction is right, as last measured on reports annotated by hand that the rules
// were never written against (decision 0805). Static: the figures change only with a new measurement.
import type { Metadata } from "next";
import Link from "next/link";
import { PUBLISHED_FIELDS, publishedAccuracy } from "@/domain/eval/publishedAccuracy";
import { formatDate, formatNumber } from "@/lib/format";
import { accuracyUrl, correctionsUrl, timelineUrl } from "@/lib/urls";

export const metadata: Metadata = {
  title: "How reliable are the statements?",
  description: "How often the automatic extraction gets each field right, measured on news reports annotated by hand.",
  alternates: { canonical: accuracyUrl() },
};

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Whether the goal is met: only when the whole range clears it; undecided when the range straddles it. */
function verdict([low, high]: readonly [number, number], goal: number | null): string {
  if (goal === null) return "—";
  if (low >= goal) return "met";
  return high < goal ? "not yet met" : "too close to tell";
}

export default function AccuracyPage() {
  const measured = publishedAccuracy();
  const weakest = [...PUBLISHED_FIELDS].sort((a, b) => measured.scores[a.key] - measured.scores[b.key])[0];
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-950 sm:text-4xl">How reliable are the statements?</h1>
        <p className="text-slate-800" data-testid="accuracy-intro">
          Statements are read from news reports by rules, not by people. To know how often those rules are right, people marked every statement in{" "}
          {formatNumber(measured.articles)} real reports ({formatNumber(measured.statements)} statements) by hand, before the extractor was ever run on
          them, and no rule was written from them. The figures below compare the two.
        </p>
        <p className="text-sm text-slate-600" data-testid="accuracy-caveat">
          One caveat is on record: six of the 150 people added to the list of known people in December 2026 are named in a batch of 43 of these
          reports, whose annotators had named them before the list was written, so the speaker and role figures may flatter slightly.
        </p>
        <p className="text-sm text-slate-600">
          Measured on {formatDate(measured.measuredOn)} with extractor version {measured.extractorVersion}.
        </p>
      </header>

      <section aria-labelledby="figures-heading" className="space-y-3">
        <h2 id="figures-heading" className="text-xl font-bold text-slate-950">
          Right on reports the rules had never seen
        </h2>
        <div className="overflow-x-auto" role="region" aria-label="Accuracy by field" tabIndex={0}>
          <table className="min-w-full border-collapse text-left text-sm" data-testid="accuracy-table">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">Field</th>
                <th scope="col" className="py-2 pr-4">Right</th>
                <th scope="col" className="py-2 pr-4">Likely range</th>
                <th scope="col" className="py-2 pr-4">Goal</th>
                <th scope="col" className="hidden py-2 pr-4 sm:table-cell">What is counted</th>
              </tr>
            </thead>
            <tbody>
              {PUBLISHED_FIELDS.map(({ key, label, counts }) => {
                const [low, high] = measured.intervals[key];
                const goal = measured.targets[key];
                return (
                  <tr key={key} className="border-b border-slate-200 align-top" data-testid={`accuracy-${key}`}>
                    <th scope="row" className="py-2 pr-4 font-semibold">
                      {label}
                      <span className="block text-xs font-normal text-slate-700 sm:hidden">{counts}</span>
                    </th>
                    <td className="py-2 pr-4 font-semibold tabular-nums">{percent(measured.scores[key])}</td>
                    <td className="py-2 pr-4 tabular-nums">
                      {percent(low)}–{percent(high)}
                    </td>
                    <td className="py-2 pr-4">{goal === null ? "—" : `${percent(goal)}, ${verdict([low, high], goal)}`}</td>
                    <td className="hidden py-2 pr-4 text-slate-700 sm:table-cell">{counts}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="max-w-3xl text-sm text-slate-600">
          The likely range is where the figure would fall nineteen times in twenty had other reports been annotated: the reports were drawn again
          and again, a thousand times, from those annotated. A stance counts as wrong when the person read one and the extractor did not, or the other
          way round.
        </p>
      </section>

      <section aria-labelledby="use-heading" className="max-w-3xl space-y-3">
        <h2 id="use-heading" className="text-xl font-bold text-slate-950">
          What this means when you use the site
        </h2>
        <ul className="list-disc space-y-2 pl-5 text-slate-800">
          <li>
            The weakest field is <strong>{weakest.label.toLowerCase()}</strong>: right {percent(measured.scores[weakest.key])} of the time. Read the
            quote and the words that decided it before you rely on it.
          </li>
          <li>
            Every statement page shows the quote as printed and links to the report. Statements an editor has checked are marked “Reviewed by an
            editor”, and the{" "}
            <Link href={timelineUrl({ reviewed: true })} className="text-blue-800 underline">
              timeline can show reviewed statements only
            </Link>
            .
          </li>
          <li>
            Every change an editor makes is listed on the{" "}
            <Link href={correctionsUrl()} className="text-blue-800 underline">
              corrections page
            </Link>
            .
          </li>
        </ul>
      </section>
    </div>
  );
}
