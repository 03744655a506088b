// The JSON API uses the same filter schema: 400 with messages for bad parameters, as
// application/problem+json (RFC 9457).
import { expect, test } from "@playwright/test";

test.describe("JSON API", () => {
  test("lists statements with the page's filters", async ({ request }) => {
    const res = await request.get("/api/statements?speaker=mark-rutte&topic=troops");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.filter).toEqual({ speaker: "mark-rutte", topic: "troops", page: 1 });
    expect(body.total).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item.speaker.slug).toBe("mark-rutte");
      expect(item.topics).toContain("troops");
      expect(item.url).toMatch(/\/statements\/[^/]+\/[a-z0-9-]+$/);
    }
  });

  test("answers 400 with a message for each bad parameter", async ({ request }) => {
    const res = await request.get("/api/statements?topic=nonsense&from=2024-13-45&page=-3");
    expect(res.status()).toBe(400);
    expect(res.headers()["content-type"]).toContain("application/problem+json");
    const body = await res.json();
    expect(body).toMatchObject({ type: "about:blank", title: "Bad Request", status: 400 });
    expect(body.issues.map((i: { param: string }) => i.param).sort()).toEqual(["from", "page", "topic"]);
    const unknown = await request.get("/api/statements?speaker=no-such-person");
    expect(unknown.status()).toBe(400);
  });

  test("pages with a cursor and refuses a broken one with 400", async ({ request }) => {
    const first = await (await request.get("/api/statements")).json();
    expect(first.next).toMatch(/after=/);
    const second = await (await request.get(new URL(first.next).pathname + new URL(first.next).search)).json();
    expect(second.items.length).toBeGreaterThan(0);
    expect(second.items.map((s: { id: string }) => s.id)).not.toContain(first.items[0].id);
    const broken = await request.get("/api/statements?after=bm90LWEtY3Vyc29y");
    expect(broken.status()).toBe(400);
    expect((await broken.json()).issues.map((i: { param: string }) => i.param)).toEqual(["after"]);
  });

  test("carries an ETag and answers a conditional GET with 304", async ({ request }) => {
    const res = await request.get("/api/statements?topic=troops");
    const etag = res.headers()["etag"];
    expect(etag).toMatch(/^W\/"/);
    expect(res.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
    expect(res.headers()["last-modified"]).toBeTruthy();
    const again = await request.get("/api/statements?topic=troops", { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
  });

  test("returns one statement, or 404", async ({ request }) => {
    const list = await (await request.get("/api/statements")).json();
    const id = list.items[0].id;
    const res = await request.get(`/api/statements/${id}`);
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.id).toBe(id);
    expect(body.reports.length).toBeGreaterThan(0);
    const missing = await request.get("/api/statements/nosuchid00");
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toMatchObject({ status: 404, detail: expect.stringContaining("nosuchid00") });
  });
});
