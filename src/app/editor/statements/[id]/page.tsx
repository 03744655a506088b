// /editor/statements/<id>: review one statement: confirm (Enter), correct fields, reject with a reason,
// merge into another statement, or split a report off. Signed-in editors only.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CsrfField } from "@/components/editor/CsrfField";
import { EditorBar } from "@/components/editor/EditorBar";
import { EditorNotice } from "@/components/editor/EditorNotice";
import { StatementFieldsInputs } from "@/components/editor/StatementFieldsInputs";
import { HighlightedParagraph } from "@/components/HighlightedParagraph";
import { EDITOR_ACTIONS, editorStatementUrl, statementUrl } from "@/lib/urls";
import { isNotFoundError } from "@/server/errors";
import { requireEditor } from "@/server/editor/http";
import { getStatement, reviewQueue, statementEditorial, statementForReview } from "@/server/queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { id } = await params;
  return { title: "Review a statement", robots: { index: false, follow: false }, alternates: { canonical: editorStatementUrl(id) } };
}

const button = "rounded-md px-4 py-2 font-semibold";
const input = "mt-1 block w-full rounded-md border border-slate-400 px-2 py-1";

async function nextInQueue(id: string): Promise<string | null> {
  const ids = (await reviewQueue()).articles.flatMap((a) => a.statements.map((s) => s.id));
  const at = ids.indexOf(id);
  return (at >= 0 ? ids[at + 1] : ids.find((other) => other !== id)) ?? null;
}

export default async function ReviewStatementPage({ params, searchParams }: Props) {
  await connection();
  const session = await requireEditor();
  const id = decodeURIComponent((await params).id);
  const notice = (await searchParams).notice;
  const statement = await getStatement(id).catch((error: unknown) => (isNotFoundError(error) ? null : Promise.reject(error)));
  if (!statement) notFound();
  const [review, editorial, next] = await Promise.all([statementForReview(id), statementEditorial(id), nextInQueue(id)]);
  if (!review.fields) notFound();
  const hidden = (
    <>
      <CsrfField token={session.csrfToken} />
      <input type="hidden" name="statement" value={statement.id} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
    </>
  );

  return (
    <div className="space-y-6">
      <EditorBar editorName={session.editorName} csrfToken={session.csrfToken} />
      <EditorNotice notice={typeof notice === "string" ? notice : undefined} />
      <h1 className="text-2xl font-bold text-slate-950" data-testid="review-quote">
        “{statement.quote}”
      </h1>
      <p className="text-slate-800">
        {editorial.reviewed ? `Reviewed (${editorial.status}) by ${editorial.editorName}.` : "Not yet reviewed."}{" "}
        <Link href={statementUrl(statement)} className="text-blue-800 underline">
          Public page
        </Link>
      </p>
      <p className="text-sm text-slate-700">
        Keys (with your browser&apos;s access-key modifier): Enter or C confirm and go to the next, P speaker field, S save the correction,
        R reject, Q queue.
      </p>

      {review.problems.length ? (
        <section aria-labelledby="reader-problems" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="reader-problems" className="font-bold">Readers report</h2>
          <ul className="mt-2 list-disc pl-5">
            {review.problems.map((p) => (
              <li key={p.id} className="whitespace-pre-wrap">
                {p.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="in-context" className="space-y-3">
        <h2 id="in-context" className="text-xl font-bold">In context</h2>
        {statement.reports.map((r) => (
          <div key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 font-serif">
            <p className="mb-2 font-sans text-sm text-slate-700">
              {r.article.outlet?.name ?? "Unknown outlet"} · {r.article.publishedAt ?? "undated"} · {r.article.title ?? r.article.sourceFile}
            </p>
            <HighlightedParagraph paragraph={r.paragraph} sentence={r.sentence} quote={r.quote} />
          </div>
        ))}
      </section>

      <form method="post" action={EDITOR_ACTIONS.review}>
        {hidden}
        <input type="hidden" name="action" value="confirm" />
        <button type="submit" autoFocus accessKey="c" className={`${button} bg-green-700 text-white hover:bg-green-800`}>
          Confirm as extracted{next ? " and go to the next" : ""}
        </button>
      </form>

      <form method="post" action={EDITOR_ACTIONS.review} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="correct-heading">
        <h2 id="correct-heading" className="text-xl font-bold">Correct</h2>
        {hidden}
        <input type="hidden" name="action" value="correct" />
        <StatementFieldsInputs fields={review.fields} knownSpeakers={review.knownSpeakers} />
        <label className="block">
          Public reason (optional)
          <input name="reason" maxLength={500} className={input} />
        </label>
        <button type="submit" accessKey="s" className={`${button} bg-blue-800 text-white hover:bg-blue-900`}>
          Save the correction
        </button>
      </form>

      <div className="grid gap-4 lg:grid-cols-3">
        <form method="post" action={EDITOR_ACTIONS.review} className="space-y-2 rounded-lg border border-red-200 bg-white p-4">
          <h2 className="font-bold">Reject (not a statement, or not this speaker’s)</h2>
          {hidden}
          <input type="hidden" name="action" value="reject" />
          <label className="block">
            Reason, shown to readers
            <input name="reason" required maxLength={500} className={input} accessKey="r" />
          </label>
          <button type="submit" className={`${button} bg-red-700 text-white hover:bg-red-800`}>
            Reject
          </button>
        </form>
        <form method="post" action={EDITOR_ACTIONS.review} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="font-bold">Merge into another statement (the same remark)</h2>
          {hidden}
          <input type="hidden" name="action" value="merge" />
          <label className="block">
            Id or permalink of the statement to keep
            <input name="into" required maxLength={300} className={input} />
          </label>
          <button type="submit" className={`${button} border border-slate-400 hover:bg-slate-100`}>
            Merge
          </button>
        </form>
        {statement.reports.length > 1 ? (
          <form method="post" action={EDITOR_ACTIONS.review} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="font-bold">Split a report off (another remark)</h2>
            {hidden}
            <input type="hidden" name="action" value="split" />
            <label className="block">
              Report
              <select name="report" className={input}>
                {statement.reports.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.article.outlet?.name ?? "Unknown outlet"}: {r.quote.slice(0, 60)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className={`${button} border border-slate-400 hover:bg-slate-100`}>
              Split
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
