// "Report a problem with this statement": a plain form (works without JavaScript, no inline script), with
// a honeypot field people never see and a signed timestamp (decision 0050).
import { PROBLEM_CONTACT_MAX, PROBLEM_MESSAGE_MAX } from "@/server/editor/problems";
import { statementProblemsUrl } from "@/lib/urls";

const OUTCOMES: Record<string, { text: string; ok: boolean }> = {
  sent: { text: "Thank you: your report was sent to the editors.", ok: true },
  "too-fast": { text: "That was sent too fast to be a person. Please wait a few seconds and send it again.", ok: false },
  spam: { text: "The report was not accepted.", ok: false },
  "rate-limited": { text: "Too many reports from your address. Please try again in an hour.", ok: false },
  "too-long": { text: `A report can be at most ${PROBLEM_MESSAGE_MAX} characters and a contact ${PROBLEM_CONTACT_MAX}.`, ok: false },
  empty: { text: "Please say what is wrong (a few words at least).", ok: false },
  expired: { text: "The form had expired. Please send it again.", ok: false },
  "unknown-statement": { text: "This statement no longer exists.", ok: false },
};

const input = "mt-1 block w-full rounded-md border border-slate-400 px-2 py-1";

export function ReportProblemForm({ statement, formToken, outcome }: { statement: { id: string; quote: string }; formToken: string; outcome?: string }) {
  const result = outcome ? OUTCOMES[outcome] : undefined;
  return (
    <section id="report-problem" aria-labelledby="report-problem-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="report-problem-heading" className="font-bold text-slate-950">
        Report a problem with this statement
      </h2>
      {result ? (
        <p role={result.ok ? "status" : "alert"} data-testid="problem-outcome" className={`mt-2 ${result.ok ? "text-green-800" : "text-red-800"}`}>
          {result.text}
        </p>
      ) : null}
      <form method="post" action={statementProblemsUrl(statement.id)} className="mt-2 space-y-2">
        <input type="hidden" name="form" value={formToken} />
        <input type="hidden" name="quote" value={statement.quote.slice(0, 200)} />
        <div className="hidden" aria-hidden="true">
          <label>
            Leave this empty
            <input name="website" tabIndex={-1} autoComplete="off" />
          </label>
        </div>
        <label className="block">
          What is wrong?
          <textarea name="message" required minLength={5} maxLength={PROBLEM_MESSAGE_MAX} rows={3} className={input} />
        </label>
        <label className="block">
          Your e-mail or name (optional, only editors see it)
          <input name="contact" maxLength={PROBLEM_CONTACT_MAX} className={input} />
        </label>
        <button type="submit" className="rounded-md border border-slate-400 px-3 py-1 hover:bg-slate-100">
          Send to the editors
        </button>
      </form>
    </section>
  );
}
