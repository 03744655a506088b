// "Cite or share": the permalink and the citation in three forms, each in a read-only text box that
// can be selected and copied without JavaScript; copy and share buttons are added by public/enhance.js.
import type { Citations } from "@/lib/citation";
import { CopyButton } from "./CopyButton";
import { ShareButton } from "./ShareButton";

const FORMS: { key: keyof Citations; label: string; rows: number }[] = [
  { key: "plain", label: "Plain", rows: 4 },
  { key: "apa", label: "APA style", rows: 4 },
  { key: "bibtex", label: "BibTeX", rows: 9 },
];

export function CitationBlock({ citations, permalink, shareTitle }: { citations: Citations; permalink: string; shareTitle: string }) {
  return (
    <section aria-labelledby="cite-heading" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="citations">
      <h2 id="cite-heading" className="font-bold text-slate-950">
        Cite or share
      </h2>
      <p className="mt-2 text-sm break-all">
        <span className="text-slate-600">Permalink: </span>
        <a id="cite-permalink" href={permalink} className="text-blue-800 underline-offset-2 hover:underline" data-testid="permalink">
          {permalink}
        </a>
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <CopyButton targetId="cite-permalink" label="Copy link" doneLabel="Link copied" />
        <ShareButton url={permalink} title={shareTitle} />
      </div>
      {FORMS.map((form) => (
        <div key={form.key} className="mt-4">
          <div className="flex items-center justify-between gap-2">
            <label htmlFor={`cite-${form.key}`} className="text-sm font-semibold text-slate-800">
              {form.label}
            </label>
            <CopyButton targetId={`cite-${form.key}`} label={`Copy ${form.label}`} doneLabel="Copied" />
          </div>
          <textarea
            id={`cite-${form.key}`}
            readOnly
            value={citations[form.key]}
            rows={form.rows}
            spellCheck={false}
            data-testid={`citation-${form.key}`}
            className={`mt-1 w-full resize-y rounded-md border border-slate-300 bg-slate-50 p-2 text-sm text-slate-900 ${form.key === "bibtex" ? "font-mono text-xs whitespace-pre" : ""}`}
          />
        </div>
      ))}
    </section>
  );
}
