// POST /editor/actions/import (JSON: text, metadata, the preview's edits): saves the article through the
// import path and records the edits as this editor's corrections.
import { statementUrl } from "@/lib/urls";
import { getDb } from "@/server/db";
import { guardEditorAction, refusal } from "@/server/editor/http";
import { importErrorMessage, saveArticle, type saveRequestSchema } from "@/server/editor/browserImport";
import type { z } from "zod";

export async function POST(request: Request): Promise<Response> {
  const guarded = await guardEditorAction(request);
  if (guarded instanceof Response) return guarded;
  if (!guarded.json) return refusal(400, "Send the article as JSON.");
  try {
    const result = await saveArticle(getDb(), guarded.json as z.input<typeof saveRequestSchema>, { editorName: guarded.session.editorName });
    if (result.status === "unchanged") return refusal(400, "This article was imported before (the same text is already in the tracker); nothing was changed.");
    return Response.json({ ...result, statements: result.statements.map((s) => ({ ...s, url: statementUrl(s) })) });
  } catch (error) {
    const message = importErrorMessage(error);
    if (message) return refusal(400, message);
    throw error;
  }
}
