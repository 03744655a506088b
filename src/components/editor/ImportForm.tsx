"use client";
// Import in the browser: paste or upload, metadata, then a preview of what the extractor finds (quotes
// highlighted in the text, every field editable or the statement removable) before anything is saved.
// Talks to /editor/actions/preview and /editor/actions/import with the session's CSRF token in a header.
import { useState } from "react";
import Link from "next/link";
import { useHydrated } from "@/lib/hydration";
import { EDITOR_ACTIONS } from "@/lib/urls";
import { PRECISION_VALUES, STANCE_TOPIC_VALUES as STANCE_TOPICS, STANCE_VALUES, TOPIC_VALUES as TOPICS } from "@/server/editor/fields";
import { ValueOptions } from "./ValueOptions";

type Stance = { topic: string; value: string; evidence: string };
interface Fields {
  speaker: string | null;
  speakerRole: string | null;
  kind: "direct" | "indirect";
  date: string | null;
  datePrecision: string | null;
  topics: string[];
  stances: Stance[];
  outletCited: string | null;
  venue: string | null;
}
interface PreviewStatement {
  index: number;
  quote: string;
  start: number;
  end: number;
  fields: Fields;
}
interface Saved {
  statements: { id: string; url: string; quote: string }[];
  corrected: number;
}

const input = "mt-1 block w-full rounded-md border border-slate-400 px-2 py-1";

async function errorText(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `The server answered ${response.status}.`;
}

function HighlightedText({ text, statements }: { text: string; statements: PreviewStatement[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const s of [...statements].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    parts.push(text.slice(at, s.start));
    parts.push(
      <mark key={s.index} data-testid="preview-highlight" title={`Statement ${s.index + 1}`}>
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  parts.push(text.slice(at));
  return <div className="max-h-96 overflow-y-auto whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 font-serif">{parts}</div>;
}

function StatementEditor({ statement, fields, removed, onChange, onRemove }: {
  statement: PreviewStatement;
  fields: Fields;
  removed: boolean;
  onChange: (fields: Fields) => void;
  onRemove: (removed: boolean) => void;
}) {
  const n = statement.index + 1;
  const set = (patch: Partial<Fields>) => onChange({ ...fields, ...patch });
  const stance = (topic: string) => fields.stances.find((s) => s.topic === topic);
  const setStance = (topic: string, patch: Partial<Stance>) => {
    const current = stance(topic) ?? { topic, value: "", evidence: "" };
    const next = { ...current, ...patch };
    set({ stances: [...fields.stances.filter((s) => s.topic !== topic), ...(next.value ? [next] : [])] });
  };
  return (
    <fieldset className={`space-y-3 rounded-lg border p-4 ${removed ? "border-slate-200 bg-slate-100 opacity-70" : "border-slate-300 bg-white"}`} data-testid="preview-statement">
      <legend className="px-1 font-semibold">Statement {n}</legend>
      <p className="font-serif text-lg">“{statement.quote}”</p>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={removed} onChange={(e) => onRemove(e.target.checked)} /> Remove: not a statement
      </label>
      {removed ? null : (
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="block">
            Speaker
            <input aria-label={`Speaker of statement ${n}`} list="import-known-speakers" value={fields.speaker ?? ""} onChange={(e) => set({ speaker: e.target.value })} className={input} />
          </label>
          <label className="block">
            Role
            <input value={fields.speakerRole ?? ""} onChange={(e) => set({ speakerRole: e.target.value })} className={input} />
          </label>
          <label className="block">
            Kind
            <select value={fields.kind} onChange={(e) => set({ kind: e.target.value as Fields["kind"] })} className={input}>
              <option value="direct">Direct quote</option>
              <option value="indirect">Reported speech</option>
            </select>
          </label>
          <div className="flex gap-2">
            <label className="block flex-1">
              Date
              <input value={fields.date ?? ""} onChange={(e) => set({ date: e.target.value })} className={input} />
            </label>
            <label className="block">
              Precision
              <select value={fields.datePrecision ?? ""} onChange={(e) => set({ datePrecision: e.target.value || null })} className={input}>
                <ValueOptions values={PRECISION_VALUES} empty="—" />
              </select>
            </label>
          </div>
          <fieldset className="sm:col-span-2">
            <legend>Topics</legend>
            <div className="flex flex-wrap gap-4">
              {TOPICS.map((topic) => (
                <label key={topic} className="flex items-center gap-1">
                  <input
                    type="checkbox"
                    checked={fields.topics.includes(topic)}
                    onChange={(e) => set({ topics: e.target.checked ? [...fields.topics, topic] : fields.topics.filter((t) => t !== topic) })}
                  />{" "}
                  {topic}
                </label>
              ))}
            </div>
          </fieldset>
          {STANCE_TOPICS.map((topic) => (
            <div key={topic} className="grid gap-2 sm:col-span-2 sm:grid-cols-[12rem_1fr]">
              <label className="block">
                Stance on {topic}
                <select aria-label={`Stance of statement ${n} on ${topic}`} value={stance(topic)?.value ?? ""} onChange={(e) => setStance(topic, { value: e.target.value })} className={input}>
                  <ValueOptions values={STANCE_VALUES} empty="no stance" />
                </select>
              </label>
              <label className="block">
                Words that decide it
                <input aria-label={`Stance evidence of statement ${n} on ${topic}`} value={stance(topic)?.evidence ?? ""} onChange={(e) => setStance(topic, { evidence: e.target.value })} className={input} />
              </label>
            </div>
          ))}
          <label className="block">
            Outlet chain
            <input value={fields.outletCited ?? ""} onChange={(e) => set({ outletCited: e.target.value })} className={input} />
          </label>
          <label className="block">
            Venue
            <input value={fields.venue ?? ""} onChange={(e) => set({ venue: e.target.value })} className={input} />
          </label>
        </div>
      )}
    </fieldset>
  );
}

export function ImportForm({ csrfToken, knownOutlets, knownSpeakers }: { csrfToken: string; knownOutlets: string[]; knownSpeakers: string[] }) {
  const [preview, setPreview] = useState<{ text: string; statements: PreviewStatement[]; metadata: Record<string, string> } | null>(null);
  const [edits, setEdits] = useState<Record<number, { fields: Fields; removed: boolean }>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [reason, setReason] = useState("");
  // Until React has hydrated the form, a click would submit it natively: the page would reload and lose the text.
  const interactive = useHydrated();

  async function onPreview(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSaved(null);
    setBusy(true);
    const form = new FormData(event.currentTarget);
    try {
      const response = await fetch(EDITOR_ACTIONS.preview, { method: "POST", body: form, headers: { "x-csrf-token": csrfToken } });
      if (!response.ok) return setError(await errorText(response));
      const body = (await response.json()) as { text: string; statements: PreviewStatement[] };
      const metadata = Object.fromEntries([...form.entries()].filter(([k, v]) => k !== "text" && k !== "file" && typeof v === "string")) as Record<string, string>;
      setPreview({ ...body, metadata });
      setEdits(Object.fromEntries(body.statements.map((s) => [s.index, { fields: s.fields, removed: false }])));
    } finally {
      setBusy(false);
    }
  }

  async function onSave() {
    if (!preview) return;
    setError(null);
    setBusy(true);
    try {
      const body = {
        text: preview.text,
        metadata: preview.metadata,
        reason,
        edits: preview.statements.map((s) => ({ index: s.index, removed: edits[s.index].removed, fields: edits[s.index].fields })),
      };
      const response = await fetch(EDITOR_ACTIONS.import, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json", "x-csrf-token": csrfToken } });
      if (!response.ok) return setError(await errorText(response));
      setSaved((await response.json()) as Saved);
      setPreview(null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-6">
      {error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900" data-testid="import-error">
          {error}
        </p>
      ) : null}
      {saved ? (
        <section role="status" className="rounded-md border border-green-300 bg-green-50 p-4" data-testid="import-saved">
          <p className="font-semibold">Saved: {saved.statements.length} statements, {saved.corrected} corrected fields logged.</p>
          <ul className="mt-2 list-disc pl-5">
            {saved.statements.map((s) => (
              <li key={s.id}>
                <Link href={s.url} className="text-blue-800 underline">
                  {s.quote.slice(0, 100)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form onSubmit={onPreview} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <label className="block">
          Article text (paste)
          <textarea name="text" rows={10} className={input} />
        </label>
        <label className="block">
          …or upload a .txt file
          <input name="file" type="file" accept=".txt,text/plain" className="mt-1 block" />
        </label>
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="block">
            Outlet (a known one, or type a new name)
            <input name="outletName" list="import-known-outlets" className={input} />
            <datalist id="import-known-outlets">
              {knownOutlets.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </label>
          <label className="block">
            Kind of outlet (for a new one)
            <select name="outletKind" defaultValue="online" className={input}>
              <ValueOptions values={["wire", "newspaper", "broadcaster", "online", "platform"]} />
            </select>
          </label>
          <label className="block">
            Publication date (YYYY-MM-DD, YYYY-MM or YYYY)
            <input name="publishedAt" className={input} />
          </label>
          <label className="block">
            Precision
            <select name="publishedPrecision" defaultValue="" className={input}>
              <ValueOptions values={PRECISION_VALUES} empty="no date" />
            </select>
          </label>
          <label className="block">
            How the date was established
            <input name="publishedEvidence" placeholder="e.g. dateline, page header" className={input} />
          </label>
          <label className="block">
            Confidence in the date
            <select name="publishedConfidence" defaultValue="medium" className={input}>
              <ValueOptions values={["high", "medium", "low"]} />
            </select>
          </label>
          <label className="block">
            Source address (http or https)
            <input name="url" type="url" className={input} />
          </label>
          <label className="block">
            Title
            <input name="title" className={input} />
          </label>
          <label className="block">
            Language
            <input name="language" defaultValue="en" className={input} />
          </label>
        </div>
        <button type="submit" disabled={busy || !interactive} className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 disabled:opacity-60">
          Preview the statements
        </button>
      </form>

      {preview ? (
        <section aria-labelledby="preview-heading" className="space-y-4">
          <h2 id="preview-heading" className="text-xl font-bold">
            Preview: {preview.statements.length} statements found (nothing is saved yet)
          </h2>
          <HighlightedText text={preview.text} statements={preview.statements} />
          <datalist id="import-known-speakers">
            {knownSpeakers.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          {preview.statements.map((s) => (
            <StatementEditor
              key={s.index}
              statement={s}
              fields={edits[s.index].fields}
              removed={edits[s.index].removed}
              onChange={(fields) => setEdits({ ...edits, [s.index]: { ...edits[s.index], fields } })}
              onRemove={(removed) => setEdits({ ...edits, [s.index]: { ...edits[s.index], removed } })}
            />
          ))}
          <label className="block">
            Public reason for your changes (optional)
            <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} className={input} />
          </label>
          <button type="button" onClick={onSave} disabled={busy} className="rounded-md bg-green-700 px-4 py-2 font-semibold text-white hover:bg-green-800">
            Save the article and these statements
          </button>
        </section>
      ) : null}
    </div>
  );
}
