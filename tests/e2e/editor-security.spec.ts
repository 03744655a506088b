// The editors' gate at the HTTP level: every editor page and action refuses an anonymous request, a request
// without (or with a wrong) CSRF token, a cross-site request and an expired session; wrong passwords are
// rate-limited; the session cookie is httpOnly and SameSite=Lax.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { anonymousContext, createEditor, expireSession, signInOverHttp } from "./setup/editors";

const PAGES = ["/editor/import", "/editor/statements/any-statement"];

type Body = { form?: Record<string, string>; multipart?: Record<string, string>; data?: unknown };
/** Every state-changing editor route, with a body it would otherwise accept. */
const ACTIONS: { path: string; body: (csrf: string) => Body; header?: boolean }[] = [
  { path: "/editor/actions/review", body: (csrf) => ({ form: { csrf, statement: "no-such-statement", action: "confirm" } }) },
  { path: "/editor/actions/resolve-problem", body: (csrf) => ({ form: { csrf, problem: "no-such-report" } }) },
  { path: "/editor/actions/preview", body: (csrf) => ({ multipart: { csrf, text: "Mark Rutte said he would not comment." } }) },
  { path: "/editor/actions/import", body: () => ({ data: { text: "", metadata: {}, edits: [] } }), header: true },
  { path: "/editor/actions/sign-out", body: (csrf) => ({ form: { csrf } }) },
];

async function send(context: APIRequestContext, action: (typeof ACTIONS)[number], csrf: string, extraHeaders: Record<string, string> = {}) {
  const headers = { ...(action.header && csrf ? { "x-csrf-token": csrf } : {}), ...extraHeaders };
  return context.post(action.path, { ...action.body(csrf), headers, maxRedirects: 0 });
}

test.describe("editor access control", () => {
  // Each sign-in costs a deliberately slow scrypt hash; on a busy machine several take a while.
  test.describe.configure({ timeout: 180_000 });
  test("signed out: /editor shows the sign-in form, other editor pages redirect to it, every action answers 401", async ({ baseURL }) => {
    const anonymous = await anonymousContext(baseURL!);
    const signInPage = await anonymous.get("/editor");
    expect(signInPage.status()).toBe(200);
    const html = await signInPage.text();
    expect(html).toContain("Editor sign-in");
    expect(html).not.toContain("Review queue");
    for (const path of PAGES) {
      const response = await anonymous.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers().location, path).toMatch(/^\/editor\?notice=signed-out$/);
    }
    for (const action of ACTIONS) expect((await send(anonymous, action, "forged-token")).status(), action.path).toBe(401);
    await anonymous.dispose();
  });

  test("signed in: every action refuses a missing, wrong or cross-site CSRF token, then an expired session", async ({ baseURL }) => {
    const editor = await anonymousContext(baseURL!);
    const session = await signInOverHttp(editor, await createEditor("gate"));
    for (const action of ACTIONS) {
      expect((await send(editor, action, "")).status(), `${action.path} without a token`).toBe(403);
      expect((await send(editor, action, `${session.csrf}x`)).status(), `${action.path} with a wrong token`).toBe(403);
      expect((await send(editor, action, session.csrf, { origin: "https://evil.example" })).status(), `${action.path} cross-site`).toBe(403);
    }
    // The right token is accepted (an unknown statement is reported back, nothing is changed).
    const accepted = await send(editor, ACTIONS[0], session.csrf);
    expect(accepted.status()).toBe(303);
    expect(accepted.headers().location).toContain("notice=error");
    expect((await editor.get("/editor/import")).status()).toBe(200);

    await expireSession(session.token);
    for (const path of PAGES) expect((await editor.get(path, { maxRedirects: 0 })).status(), path).toBe(307);
    expect(await (await editor.get("/editor")).text()).toContain("Editor sign-in");
    for (const action of ACTIONS) expect((await send(editor, action, session.csrf)).status(), `${action.path} expired`).toBe(401);
    await editor.dispose();
  });

  test("the session cookie is httpOnly and SameSite=Lax; signing out ends the session on the server", async ({ baseURL }) => {
    const editor = await anonymousContext(baseURL!);
    const account = await createEditor("cookie");
    const form = /name="form" value="([^"]+)"/.exec(await (await editor.get("/editor")).text())![1];
    const response = await editor.post("/editor/actions/sign-in", { form: { ...account, form }, maxRedirects: 0 });
    const cookie = response.headers()["set-cookie"];
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // plain http here; set when the request arrives over https
    const csrf = /name="csrf" value="([^"]+)"/.exec(await (await editor.get("/editor")).text())![1];
    const token = /editor_session=([^;]+)/.exec(cookie)![1];
    expect((await editor.post("/editor/actions/sign-out", { form: { csrf }, maxRedirects: 0 })).status()).toBe(303);
    // Replaying the old cookie after sign-out does not work: the server forgot the session.
    const replay = await anonymousContext(baseURL!);
    const again = await replay.post("/editor/actions/review", { form: { csrf, statement: "x", action: "confirm" }, headers: { cookie: `editor_session=${token}` }, maxRedirects: 0 });
    expect(again.status()).toBe(401);
    await Promise.all([editor.dispose(), replay.dispose()]);
  });

  test("wrong passwords are rate-limited: after five, even the right password is refused", async ({ baseURL }) => {
    const client = await anonymousContext(baseURL!);
    const account = await createEditor("limited");
    const attempt = async (password: string) => {
      const form = /name="form" value="([^"]+)"/.exec(await (await client.get("/editor")).text())![1];
      return client.post("/editor/actions/sign-in", { form: { name: account.name, password, form }, maxRedirects: 0 });
    };
    for (let i = 0; i < 5; i++) expect((await attempt("not the password")).headers().location).toBe("/editor?notice=wrong-credentials");
    const refused = await attempt(account.password);
    expect(refused.headers().location).toBe("/editor?notice=rate-limited");
    expect(refused.headers()["set-cookie"]).toBeUndefined();
    // A forged sign-in form token is refused before the password is checked.
    const forged = await client.post("/editor/actions/sign-in", { form: { name: account.name, password: account.password, form: "1.forged" }, maxRedirects: 0 });
    expect(forged.headers().location).toBe("/editor?notice=invalid-form");
    await client.dispose();
  });
});
