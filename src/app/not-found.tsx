import type { Metadata } from "next";
import { speakersUrl, statementsUrl, timelineUrl } from "@/lib/urls";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl rounded-xl border border-slate-200 bg-white p-8 shadow-sm" data-testid="not-found">
      <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">Error 404</p>
      <h1 className="mt-2 text-3xl font-bold text-slate-950">We could not find that page</h1>
      <p className="mt-3 text-slate-700">
        The statement, speaker or page you asked for is not in the tracker. If you followed a link to a statement, it
        may have been mistyped; statement links stay valid across re-imports.
      </p>
      <ul className="mt-6 flex flex-wrap gap-4">
        <li>
          <a href={statementsUrl()} className="font-semibold text-blue-800 underline underline-offset-2">
            Browse all statements
          </a>
        </li>
        <li>
          <a href={timelineUrl()} className="text-blue-800 underline underline-offset-2">
            Positions over time
          </a>
        </li>
        <li>
          <a href={speakersUrl()} className="text-blue-800 underline underline-offset-2">
            Speakers
          </a>
        </li>
      </ul>
    </div>
  );
}
