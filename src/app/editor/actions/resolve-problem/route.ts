// POST /editor/actions/resolve-problem: marks a reader's problem report as dealt with.
import { editorUrl } from "@/lib/urls";
import { getDb } from "@/server/db";
import { guardEditorAction, seeOther } from "@/server/editor/http";
import { resolveProblemReport } from "@/server/editor/problems";

export async function POST(request: Request): Promise<Response> {
  const guarded = await guardEditorAction(request);
  if (guarded instanceof Response) return guarded;
  await resolveProblemReport(getDb(), String(guarded.form?.get("problem") ?? ""));
  return seeOther(editorUrl("problem-resolved"));
}
