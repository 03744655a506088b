// POST /editor/actions/sign-out: ends the session (CSRF-checked, so no other site can sign an editor out).
import { editorUrl } from "@/lib/urls";
import { getDb } from "@/server/db";
import { clearedSessionCookie, guardEditorAction, readCookie, seeOther } from "@/server/editor/http";
import { endSession, SESSION_COOKIE } from "@/server/editor/sessions";

export async function POST(request: Request): Promise<Response> {
  const guarded = await guardEditorAction(request);
  if (guarded instanceof Response) return guarded;
  await endSession(getDb(), readCookie(request, SESSION_COOKIE));
  return seeOther(editorUrl("signed-out"), { "Set-Cookie": clearedSessionCookie(request) });
}
