// Editor accounts for the browser tests, made the way an operator makes them: `npm run editor -- add`
// (scripts/editor.ts) against the e2e server's embedded database, the password on stdin.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { PASSWORD_FILE, SUPERUSER } from "../../../src/server/postgres/password";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");

/** The database `npm start` created for the e2e server (scripts/start.ts names it nato_tracker), with the
 *  password the embedded server keeps in its data directory (src/server/postgres/password.ts). */
export function e2eDatabaseUrl(): string {
  const password = readFileSync(path.join(process.env.E2E_DATA_DIR!, "postgres", PASSWORD_FILE), "utf8").trim();
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${process.env.E2E_PG_PORT}/nato_tracker`;
}

export async function createEditor(prefix = "editor"): Promise<{ name: string; password: string }> {
  const name = `${prefix}-${randomBytes(3).toString("hex")}`;
  const password = `pw-${randomBytes(12).toString("hex")}`;
  await new Promise<void>((resolve, reject) => {
    const child = execFile(process.execPath, [tsxCli, "scripts/editor.ts", "add", name], { cwd: root, env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() } }, (error, stdout, stderr) =>
      error ? reject(new Error(`editor add failed: ${stderr || error.message}`)) : (expect(stdout).toContain(`editor "${name}" added`), resolve()),
    );
    child.stdin?.end(`${password}\n`);
  });
  return { name, password };
}

const hiddenValue = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? null;

/** A fresh cookie jar with no session. */
export function anonymousContext(baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL });
}

/** Signs in over HTTP; the context keeps the session cookie. Returns the session's CSRF token and cookie value. */
export async function signInOverHttp(context: APIRequestContext, account: { name: string; password: string }): Promise<{ csrf: string; token: string }> {
  const form = hiddenValue(await (await context.get("/editor")).text(), "form");
  const response = await context.post("/editor/actions/sign-in", { form: { name: account.name, password: account.password, form: form ?? "" }, maxRedirects: 0 });
  expect(response.status()).toBe(303);
  const token = /editor_session=([^;]+)/.exec(response.headers()["set-cookie"] ?? "")?.[1];
  expect(token, "sign-in sets the session cookie").toBeTruthy();
  const csrf = hiddenValue(await (await context.get("/editor")).text(), "csrf");
  expect(csrf).toBeTruthy();
  return { csrf: csrf!, token: token! };
}

/** Ends a session's life in the database, as time would. */
export async function expireSession(token: string): Promise<void> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const id = createHash("sha256").update(token).digest("hex");
    const { rowCount } = await client.query(`UPDATE "EditorSession" SET "expiresAt" = now() - interval '1 minute' WHERE id = $1`, [id]);
    expect(rowCount).toBe(1);
  } finally {
    await client.end();
  }
}
