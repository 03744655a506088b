// POST /editor/actions/sign-in: name, password and the sign-in form's signed token. Rate-limited per
// account and per address (decision 0050). Answers 303 to /editor, with the session cookie on success.
import { editorUrl } from "@/lib/urls";
import { getDb } from "@/server/db";
import { refusal, seeOther, sameOrigin, sessionCookie } from "@/server/editor/http";
import { signIn } from "@/server/editor/sessions";

export async function POST(request: Request): Promise<Response> {
  if (!sameOrigin(request)) return refusal(403, "This request came from another site.");
  const form = await request.formData().catch(() => null);
  if (!form) return refusal(400, "The request body could not be read.");
  const field = (name: string) => String(form.get(name) ?? "").slice(0, 1024);
  const result = await signIn(getDb(), { name: field("name"), password: field("password"), formToken: field("form"), headers: request.headers });
  if (!result.ok) return seeOther(editorUrl(result.reason));
  return seeOther(editorUrl(), { "Set-Cookie": sessionCookie(request, result.token) });
}
