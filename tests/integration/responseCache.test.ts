// The whole-response cache (decision 0096) against a real database: a repeat request is answered from
// memory with a fresh CSP nonce, and the first request after any write (an import, an SQL correction)
// is rendered anew; a page asked for by many at once is rendered once. The HTTP handler stands in for Next: it renders what the database holds now, with
// a nonce in its header and body as the app's pages carry one.
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createNonce } from "@/lib/securityHeaders";
import { createPrismaClient } from "@/server/db";
import { createResponseCache } from "@/server/http/responseCache";
import { importVariant, loadSeedArticles } from "../../scripts/lib/seed-variants";
import { createScratchDatabase } from "./setup/database";

describe("whole-response cache keyed on the data version", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: PrismaClient;
  let sql: pg.Client;
  let server: http.Server;
  let base: string;
  let renders = 0;
  let stuckOnce = false;
  let cache: ReturnType<typeof createResponseCache>;

  beforeAll(async () => {
    scratch = await createScratchDatabase({ prefix: "respcache" });
    db = createPrismaClient(scratch.url);
    sql = new pg.Client({ connectionString: scratch.url });
    await sql.connect();
    cache = createResponseCache({
      maxBytes: 1024 * 1024,
      waitMs: 1_000,
      readVersion: async () => (await sql.query(`SELECT version::text AS v FROM "DataVersion" WHERE id = 1`)).rows[0]?.v ?? null,
    });
    const render = async (req: http.IncomingMessage, res: http.ServerResponse) => {
      renders++;
      // A first render that never finishes (its client stays connected): the page must not stay stuck behind it.
      if (req.url?.startsWith("/stuck-once") && !stuckOnce) {
        stuckOnce = true;
        return;
      }
      if (req.url?.startsWith("/slow")) await new Promise((resolve) => setTimeout(resolve, 300));
      const { rows } = await sql.query(`SELECT count(*)::int AS n, coalesce((SELECT quote FROM "Statement" ORDER BY id LIMIT 1), '') AS last FROM "Statement"`);
      const nonce = createNonce();
      const status = req.url?.startsWith("/missing") ? 404 : 200;
      res.statusCode = status;
      res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}'`);
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      if (req.url?.startsWith("/sets-cookie")) res.setHeader("Set-Cookie", "x=1");
      const head = `<html><script nonce="${nonce}">1</script>`;
      const rest = `<p>${rows[0].n} statements</p><p>${rows[0].last}</p><script nonce="${nonce}">2</script></html>`;
      // The web server holds the light pages back and sends each in one end() call (lightPages.ts).
      if (req.url?.startsWith("/whole")) return void res.end(head + rest);
      res.write(head);
      res.end(rest);
    };
    server = http.createServer((req, res) => {
      void cache.serve(req, res).then((done) => (done ? undefined : render(req, res)));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server?.closeAllConnections();
    server?.close();
    await sql?.end();
    await db?.$disconnect();
    await scratch?.drop();
  });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(base + path, { headers });
    const body = await res.text();
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
    return { status: res.status, body, nonce, cached: res.headers.get("x-response-cache") === "hit", encoding: res.headers.get("content-encoding") };
  };
  const statements = (body: string) => Number(/<p>(\d+) statements<\/p>/.exec(body)?.[1]);

  it("answers a repeat request from memory, with a fresh nonce in the header and every script", async () => {
    const first = await get("/statements?topic=troops");
    const before = renders;
    const second = await get("/statements?topic=troops");
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(renders).toBe(before);
    expect(second.nonce).toBeTruthy();
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.body.match(/nonce="([^"]+)"/g)).toEqual([`nonce="${second.nonce}"`, `nonce="${second.nonce}"`]);
    expect(second.body.replaceAll(second.nonce!, "N")).toBe(first.body.replaceAll(first.nonce!, "N"));
    // A client that accepts gzip gets the same page compressed.
    const compressed = await get("/statements?topic=troops", { "accept-encoding": "gzip" });
    expect(compressed.cached).toBe(true);
    expect(compressed.encoding).toBe("gzip");
    expect(compressed.body.replaceAll(compressed.nonce!, "N")).toBe(first.body.replaceAll(first.nonce!, "N"));
  });

  it("sends a page written in one piece compressed to a client that accepts gzip, and keeps it plain", async () => {
    const first = await get("/whole/statements", { "accept-encoding": "gzip" });
    expect(first.cached).toBe(false);
    expect(first.encoding).toBe("gzip");
    expect(statements(first.body)).toBeGreaterThanOrEqual(0);
    const plain = await get("/whole/statements", { "accept-encoding": "identity" });
    expect(plain.cached).toBe(true);
    expect(plain.encoding).toBeNull();
    expect(plain.body.replaceAll(plain.nonce!, "N")).toBe(first.body.replaceAll(first.nonce!, "N"));
  });

  it("renders a page once when many ask for it at the same time; the others wait and get that render", async () => {
    const before = renders;
    const answers = await Promise.all(Array.from({ length: 8 }, () => get("/slow/statements")));
    expect(renders).toBe(before + 1);
    expect(answers.filter((a) => a.cached)).toHaveLength(7);
    expect(new Set(answers.map((a) => statements(a.body))).size).toBe(1);
    expect(new Set(answers.map((a) => a.nonce)).size).toBe(8);
  });

  it("does not hold a request behind a render of the same page that never finishes", async () => {
    const stuck = new AbortController();
    const first = fetch(`${base}/stuck-once`, { signal: stuck.signal }).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await get("/stuck-once");
    expect(second.status).toBe(200);
    expect(second.body).toMatch(/<p>\d+ statements<\/p>/);
    expect(second.cached).toBe(false);
    stuck.abort();
    await first;
  });

  it("renders anew on the first request after an import and after an SQL correction", async () => {
    const seeds = await loadSeedArticles();
    const empty = await get("/statements");
    await get("/statements");
    await importVariant(db, seeds[0], `respcache-${Date.now()}`);
    const afterImport = await get("/statements");
    expect(afterImport.cached).toBe(false);
    expect(statements(afterImport.body)).toBeGreaterThan(statements(empty.body));

    await get("/statements");
    await sql.query(`UPDATE "Statement" SET quote = 'Zzz corrected by an editor' WHERE id = (SELECT min(id) FROM "Statement")`);
    const afterCorrection = await get("/statements");
    expect(afterCorrection.cached).toBe(false);
    expect(afterCorrection.body).toContain("Zzz corrected by an editor");
  });

  it("lets go of every answer of an older version as soon as a newer one is seen", async () => {
    await get("/statements?topic=negotiations");
    await get("/statements?topic=membership");
    expect(cache.stats().entries).toBeGreaterThanOrEqual(2);
    await sql.query(`UPDATE "Statement" SET quote = quote WHERE id = (SELECT min(id) FROM "Statement")`);
    await get("/statements?topic=membership");
    expect(cache.stats().entries).toBe(1);
  });

  it("never keeps an editor's page, a client navigation, a revalidation, an error or a response that sets a cookie", async () => {
    const kinds: [string, Record<string, string>][] = [
      ["/statements?x=editor", { cookie: "editor_session=abc" }],
      ["/statements?x=rsc", { rsc: "1" }],
      ["/statements?x=etag", { "if-none-match": 'W/"1.1"' }],
      ["/missing", {}],
      ["/sets-cookie", {}],
      ["/editor/review", {}],
    ];
    for (const [path, headers] of kinds) {
      await get(path, headers);
      const again = await get(path, headers);
      expect(again.cached, path).toBe(false);
    }
  });
});
