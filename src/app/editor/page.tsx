// /editor: the sign-in form when signed out; the review queue (readers' reports first, then unreviewed
// statements by article, newest article first, least certain first) when signed in.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { CsrfField } from "@/components/editor/CsrfField";
import { EditorBar } from "@/components/editor/EditorBar";
import { EditorNotice } from "@/components/editor/EditorNotice";
import { EDITOR_ACTIONS, editorStatementUrl, editorUrl } from "@/lib/urls";
import { currentEditor, signInFormToken } from "@/server/editor/http";
import { openProblemReports, reviewQueue } from "@/server/queries";

export const metadata: Metadata = { title: "Editors", robots: { index: false, follow: false }, alternates: { canonical: editorUrl() } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const input = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2";

async function SignIn({ notice }: { notice: string | undefined }) {
  const token = await signInFormToken();
  return (
    <section aria-labelledby="sign-in-heading" className="mx-auto max-w-md space-y-4">
      <h1 id="sign-in-heading" className="text-3xl font-bold text-slate-950">
        Editor sign-in
      </h1>
      <EditorNotice notice={notice} />
      <form method="post" action={EDITOR_ACTIONS.signIn} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <input type="hidden" name="form" value={token} />
        <label className="block font-medium">
          Name
          <input name="name" autoComplete="username" required maxLength={40} className={input} autoFocus />
        </label>
        <label className="block font-medium">
          Password
          <input name="password" type="password" autoComplete="current-password" required maxLength={1024} className={input} />
        </label>
        <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
          Sign in
        </button>
      </form>
      <p className="text-sm text-slate-700">Accounts are created on the server: <code>npm run editor -- add &lt;name&gt;</code>.</p>
    </section>
  );
}

export default async function EditorPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const notice = (await searchParams).notice;
  const session = await currentEditor();
  if (!session) return <SignIn notice={typeof notice === "string" ? notice : undefined} />;

  const [queue, problems] = await Promise.all([reviewQueue(), openProblemReports()]);
  const first = queue.articles[0]?.statements[0];
  return (
    <div className="space-y-6">
      <EditorBar editorName={session.editorName} csrfToken={session.csrfToken} />
      <h1 className="text-3xl font-bold text-slate-950">Review queue</h1>
      <EditorNotice notice={typeof notice === "string" ? notice : undefined} />
      <p className="text-slate-800">
        {queue.unreviewed} statement{queue.unreviewed === 1 ? "" : "s"} not yet reviewed.{" "}
        {first ? (
          <Link href={editorStatementUrl(first.id)} accessKey="s" className="font-semibold text-blue-800 underline">
            Start with the least certain of the newest article
          </Link>
        ) : null}
      </p>
      <p className="text-sm text-slate-700">
        Keys (with your browser&apos;s access-key modifier, e.g. Alt+Shift in Chrome and Firefox on Windows/Linux, Ctrl+Option on a Mac):
        S start reviewing, Q this queue, I import an article.
      </p>

      <section aria-labelledby="problems-heading" className="space-y-3">
        <h2 id="problems-heading" className="text-xl font-bold text-slate-950">
          Problems reported by readers ({problems.length})
        </h2>
        {problems.length === 0 ? <p className="text-slate-700">No open reports.</p> : null}
        <ul className="space-y-3" data-testid="problem-reports">
          {problems.map((p) => (
            <li key={p.id} className="rounded-lg border border-amber-300 bg-amber-50 p-4">
              <p className="whitespace-pre-wrap text-slate-900">{p.message}</p>
              <p className="mt-1 text-sm text-slate-700">
                {p.contact ? <>Contact: {p.contact} · </> : null}
                {p.createdAt.slice(0, 16).replace("T", " ")} UTC ·{" "}
                {p.quote ? (
                  <Link href={editorStatementUrl(p.statementId)} className="text-blue-800 underline">
                    Review “{p.quote.slice(0, 80)}”
                  </Link>
                ) : (
                  <span>statement {p.statementId} (no longer live)</span>
                )}
              </p>
              <form method="post" action={EDITOR_ACTIONS.resolveProblem} className="mt-2">
                <CsrfField token={session.csrfToken} />
                <input type="hidden" name="problem" value={p.id} />
                <button type="submit" className="rounded-md border border-slate-400 px-3 py-1 text-sm hover:bg-white">
                  Mark as dealt with
                </button>
              </form>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="queue-heading" className="space-y-4">
        <h2 id="queue-heading" className="text-xl font-bold text-slate-950">
          Unreviewed statements, newest article first
        </h2>
        {queue.articles.map((article) => (
          <div key={article.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="font-semibold text-slate-950">
              {article.title ?? "Untitled article"}
              <span className="font-normal text-slate-700">
                {" "}
                · {article.outlet ?? "unknown outlet"} · {article.publishedAt ?? "undated"}
              </span>
            </h3>
            <ol className="mt-2 space-y-2" data-testid="queue-statements">
              {article.statements.map((s) => (
                <li key={s.id}>
                  <Link href={editorStatementUrl(s.id)} className="text-blue-800 underline-offset-2 hover:underline">
                    {s.speaker ?? "No speaker"}: “{s.quote.length > 120 ? `${s.quote.slice(0, 119)}…` : s.quote}”
                  </Link>
                  <span className="block text-sm text-slate-700">
                    {s.doubts.length ? `Check: ${s.doubts.map((d) => d.why).join("; ")}` : "Nothing looks uncertain."}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>
    </div>
  );
}
