// The editors' gate for routes (decision 0050): who is signed in, and whether a state-changing request may
// go ahead. Every editor page calls `requireEditor()`, every editor route handler `guardEditorAction()`.
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { editorUrl } from "@/lib/urls";
import { getDb } from "@/server/db";
import { csrfMatches, findSession, SESSION_COOKIE, SESSION_TTL_MS, signInFormToken as issueSignInToken, type EditorSession } from "./sessions";

export const CSRF_FIELD = "csrf";
export const CSRF_HEADER = "x-csrf-token";

/** The signed-in editor of the current page request, or null. */
export async function currentEditor(): Promise<EditorSession | null> {
  const jar = await cookies();
  return findSession(getDb(), jar.get(SESSION_COOKIE)?.value);
}

/** For editor pages: the session, or a redirect to the sign-in page. */
export async function requireEditor(): Promise<EditorSession> {
  const session = await currentEditor();
  if (!session) redirect(editorUrl("signed-out"));
  return session;
}

export function readCookie(request: Request, name: string): string | null {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return null;
}

function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https";
}

export function sessionCookie(request: Request, token: string): string {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_TTL_MS / 1000}${isHttps(request) ? "; Secure" : ""}`;
}

export function clearedSessionCookie(request: Request): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${isHttps(request) ? "; Secure" : ""}`;
}

/** A cross-site form post announces another origin; same-origin requests (and old browsers) pass. */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true; // no claim: the CSRF token alone decides
  if (origin === "null") return false; // an opaque origin (sandboxed frame, data: page)
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function refusal(status: 401 | 403 | 429 | 400 | 413, message: string): Response {
  return Response.json({ error: { status, message } }, { status });
}

export type Guarded = { session: EditorSession; form: FormData | null; json: unknown };

/**
 * Checks a state-changing editor request: a live session (401 otherwise), the same origin and the session's
 * CSRF token in the form field or header (403 otherwise). Reads the body once and hands it on.
 */
export async function guardEditorAction(request: Request): Promise<Guarded | Response> {
  const session = await findSession(getDb(), readCookie(request, SESSION_COOKIE));
  if (!session) return refusal(401, "Sign in as an editor first.");
  if (!sameOrigin(request)) return refusal(403, "This request came from another site.");
  const type = request.headers.get("content-type") ?? "";
  let form: FormData | null = null;
  let json: unknown = null;
  try {
    if (type.includes("application/json")) json = await request.json();
    else form = await request.formData();
  } catch {
    return refusal(400, "The request body could not be read.");
  }
  const submitted = request.headers.get(CSRF_HEADER) ?? (form?.get(CSRF_FIELD) as string | null) ?? null;
  if (!csrfMatches(session, typeof submitted === "string" ? submitted : null)) {
    return refusal(403, "The form is out of date or was not sent by this site. Reload the page and try again.");
  }
  return { session, form, json };
}

/** 303 See Other: after a form post, the browser GETs the next page. */
export function seeOther(path: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { Location: path, ...headers } });
}

/** The token the sign-in form carries (signed, expires after an hour). */
export function signInFormToken(): Promise<string> {
  return issueSignInToken(getDb());
}
