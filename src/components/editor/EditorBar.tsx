import Link from "next/link";
import { EDITOR_ACTIONS, correctionsUrl, editorImportUrl, editorUrl } from "@/lib/urls";
import { CsrfField } from "./CsrfField";

/** Who is signed in, the editor's sections, and the sign-out button. */
export function EditorBar({ editorName, csrfToken }: { editorName: string; csrfToken: string }) {
  const link = "text-blue-800 underline-offset-2 hover:underline";
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <nav aria-label="Editor" className="flex flex-wrap gap-4">
        <Link href={editorUrl()} className={link} accessKey="q">Review queue</Link>
        <Link href={editorImportUrl()} className={link} accessKey="i">Import an article</Link>
        <Link href={correctionsUrl()} className={link}>Corrections log</Link>
      </nav>
      <form method="post" action={EDITOR_ACTIONS.signOut} className="flex items-center gap-3">
        <span>
          Signed in as <strong data-testid="editor-name">{editorName}</strong>
        </span>
        <CsrfField token={csrfToken} />
        <button type="submit" className="rounded-md border border-slate-400 px-3 py-1 hover:bg-slate-100">
          Sign out
        </button>
      </form>
    </div>
  );
}
