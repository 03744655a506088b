import { accuracyUrl, apiStatementsUrl, correctionsUrl, speakersUrl, statementsUrl, timelineUrl } from "@/lib/urls";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto grid w-full max-w-6xl gap-6 px-4 py-8 text-sm text-slate-700 sm:grid-cols-3 sm:px-6">
        <div>
          <p className="font-semibold text-slate-900">NATO Statement Tracker</p>
          <p className="mt-2">
            Every statement links back to the exact sentence in the report it came from. Quotes are shown as the
            outlets printed them, including their differences.
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-2">
            <li>
              <a href={statementsUrl()} className="text-blue-800 underline-offset-2 hover:underline">
                All statements
              </a>
            </li>
            <li>
              <a href={timelineUrl()} className="text-blue-800 underline-offset-2 hover:underline">
                Positions over time
              </a>
            </li>
            <li>
              <a href={speakersUrl()} className="text-blue-800 underline-offset-2 hover:underline">
                Speakers
              </a>
            </li>
            <li>
              <a href={correctionsUrl()} className="text-blue-800 underline-offset-2 hover:underline">
                Corrections
              </a>
            </li>
            <li>
              <a href={accuracyUrl()} className="text-blue-800 underline-offset-2 hover:underline">
                How reliable is this?
              </a>
            </li>
            <li>
              <a href={apiStatementsUrl()} className="text-blue-800 underline-offset-2 hover:underline">
                JSON API
              </a>
            </li>
          </ul>
        </nav>
        <p>
          Statements are extracted automatically from news reports. Check the source before you quote: each
          statement page shows the original wording and the paragraph around it.
        </p>
      </div>
    </footer>
  );
}
