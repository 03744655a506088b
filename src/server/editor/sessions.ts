// Server-side sessions (decision 0050): the cookie carries a random 256-bit token; the database keeps only
// its SHA-256 (a leaked table cannot be replayed), the expiry and the session's CSRF token.
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { clearCounter, clientAddress, countEvent, isLimited, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ADDRESS } from "./rateLimit";
import { decoyHash, verifyPassword } from "./password";
import { issueTimedToken, sameSecret, timedTokenAge } from "./secrets";

export const SESSION_COOKIE = "editor_session";
export const SESSION_TTL_MS = 8 * 60 * 60_000;
/** How long a sign-in form stays usable. */
const SIGN_IN_FORM_TTL_MS = 60 * 60_000;

export interface EditorSession {
  editorId: string;
  editorName: string;
  csrfToken: string;
  expiresAt: Date;
}

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(db: PrismaClient, editorId: string): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.editorSession.create({ data: { id: digest(token), editorId, csrfToken, expiresAt } });
  // Expired rows of anyone are swept here rather than by a timer.
  await db.editorSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  return { token, csrfToken, expiresAt };
}

/** The live session for a cookie value, or null (unknown, expired, or the editor was removed). */
export async function findSession(db: PrismaClient, token: string | null | undefined): Promise<EditorSession | null> {
  if (!token || token.length > 100) return null;
  const row = await db.editorSession.findUnique({ where: { id: digest(token) }, include: { editor: { select: { name: true } } } });
  if (!row || row.expiresAt.getTime() <= Date.now()) return null;
  return { editorId: row.editorId, editorName: row.editor.name, csrfToken: row.csrfToken, expiresAt: row.expiresAt };
}

export async function endSession(db: PrismaClient, token: string | null | undefined): Promise<void> {
  if (token) await db.editorSession.deleteMany({ where: { id: digest(token) } });
}

export function csrfMatches(session: EditorSession, submitted: string | null | undefined): boolean {
  return !!submitted && sameSecret(session.csrfToken, submitted);
}

/** The sign-in form's token: signed and time-limited (there is no session to tie it to yet). */
export function signInFormToken(db: PrismaClient): Promise<string> {
  return issueTimedToken(db, "sign-in");
}

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; reason: "invalid-form" | "rate-limited" | "wrong-credentials" };

/**
 * Checks a sign-in attempt. Wrong passwords count against both the account name and the address; either
 * limit reached refuses every attempt (even a right password) until the window ends.
 */
export async function signIn(db: PrismaClient, input: { name: string; password: string; formToken: string; headers: Headers }): Promise<SignInResult> {
  const age = await timedTokenAge(db, "sign-in", input.formToken);
  if (age === null || age > SIGN_IN_FORM_TTL_MS) return { ok: false, reason: "invalid-form" };
  const name = input.name.trim().toLowerCase().slice(0, 100);
  const accountKey = `sign-in:account:${name}`;
  const addressKey = `sign-in:address:${clientAddress(input.headers)}`;
  if ((await isLimited(db, accountKey, SIGN_IN_PER_ACCOUNT)) || (await isLimited(db, addressKey, SIGN_IN_PER_ADDRESS))) {
    return { ok: false, reason: "rate-limited" };
  }
  const editor = await db.editor.findUnique({ where: { name } });
  const valid = await verifyPassword(input.password, editor?.passwordHash ?? (await decoyHash()));
  if (!editor || !valid) {
    await countEvent(db, accountKey, SIGN_IN_PER_ACCOUNT);
    await countEvent(db, addressKey, SIGN_IN_PER_ADDRESS);
    return { ok: false, reason: "wrong-credentials" };
  }
  await clearCounter(db, accountKey);
  const session = await createSession(db, editor.id);
  return { ok: true, token: session.token, expiresAt: session.expiresAt };
}
