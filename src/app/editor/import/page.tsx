// /editor/import: paste or upload an article, preview its statements, correct them, save. Editors only.
import type { Metadata } from "next";
import { connection } from "next/server";
import { EditorBar } from "@/components/editor/EditorBar";
import { ImportForm } from "@/components/editor/ImportForm";
import { editorImportUrl } from "@/lib/urls";
import { requireEditor } from "@/server/editor/http";
import { listOutlets, listSpeakers } from "@/server/queries";

export const metadata: Metadata = { title: "Import an article", robots: { index: false, follow: false }, alternates: { canonical: editorImportUrl() } };

export default async function ImportPage() {
  await connection();
  const session = await requireEditor();
  const [outlets, speakers] = await Promise.all([listOutlets(), listSpeakers()]);
  return (
    <div className="space-y-6">
      <EditorBar editorName={session.editorName} csrfToken={session.csrfToken} />
      <h1 className="text-3xl font-bold text-slate-950">Import an article</h1>
      <p className="text-slate-800">
        The same import as <code>npm run import</code>: one transaction, identified by a hash of its text. Your changes in the preview are
        saved as your corrections and shown publicly.
      </p>
      <ImportForm csrfToken={session.csrfToken} knownOutlets={outlets.map((o) => o.name)} knownSpeakers={speakers.map((s) => s.name)} />
    </div>
  );
}
