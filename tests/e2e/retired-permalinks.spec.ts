// Permalinks after a re-extraction (decision 0041) or an editor's rejection (0051), over HTTP against the real
// server: a statement that an older extractor attributed to the wrong speaker redirects (308) to the statement
// that now holds the remark; one the current extractor no longer finds, or an editor rejected, answers 410 with
// the article it came from (and the editor's reason), page and API alike.
import { expect, test } from "@playwright/test";
import { extractStatements } from "../../src/domain/extract";
import type { ExtractedStatement } from "../../src/domain/extract/types";
import { createPrismaClient } from "../../src/server/db";
import { importSeedsIfMissing } from "../../src/server/ingest";
import { reextractArticle } from "../../src/server/ingest/reextract";
import { rejectStatement } from "../../src/server/editor/review";
import { startIsolatedApp, type IsolatedApp } from "./setup/isolatedApp";

let instance: IsolatedApp | undefined;
let moved: { oldId: string; newId: string };
let withdrawnId: string;
let rejectedId: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  instance = await startIsolatedApp("retired", async (databaseUrl) => {
    const db = createPrismaClient(databaseUrl);
    try {
      await importSeedsIfMissing(db, "seeds");
      const single = await db.statement.findMany({ where: { speakerId: { not: null } }, include: { reports: true }, orderBy: { id: "asc" } });
      const [a, b] = single.filter((s) => s.reports.length === 1 && s.reports[0].articleId === single[0].reports[0].articleId);
      // A "newer extractor" that no longer finds remark a and gives remark b another speaker.
      const newer = (text: string, context: { publishedAt: string | null; outlet: string | null }): ExtractedStatement[] =>
        extractStatements(text, context)
          .statements.filter((s) => s.start !== a.reports[0].start)
          .map((s) => (s.start === b.reports[0].start ? { ...s, speaker: "Someone Else", speakerRole: null } : s));
      await reextractArticle(db, a.reports[0].articleId, newer);
      const retired = await db.retiredStatement.findMany();
      withdrawnId = a.id;
      rejectedId = single.find((s) => s.id !== a.id && s.id !== b.id)!.id;
      await rejectStatement(db, rejectedId, "The words are the reporter's <b>summary</b>, not a quote.", { editorName: "e2e-editor" });
      moved = { oldId: b.id, newId: retired.find((r) => r.id === b.id)!.replacedById! };
    } finally {
      await db.$disconnect();
    }
  });
});

test.afterAll(async () => {
  await instance?.close();
});

test("an old permalink whose remark moved redirects permanently to the statement that holds it", async ({ request, page }) => {
  const response = await request.get(`${instance!.base}/statements/${moved.oldId}/any-slug`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toContain(`/statements/${moved.newId}/`);
  const api = await request.get(`${instance!.base}/api/statements/${moved.oldId}`, { maxRedirects: 0 });
  expect(api.status()).toBe(308);
  await page.goto(`${instance!.base}/statements/${moved.oldId}`);
  await expect(page).toHaveURL(new RegExp(`/statements/${moved.newId}/`));
  await expect(page.getByText("Someone Else").first()).toBeVisible();
});

test("a withdrawn statement answers 410 with the article it came from", async ({ request }) => {
  const response = await request.get(`${instance!.base}/statements/${withdrawnId}/old-slug`, { maxRedirects: 0 });
  expect(response.status()).toBe(410);
  const html = await response.text();
  expect(html).toContain("This statement was withdrawn");
  expect(html).toContain(withdrawnId);
  const api = await request.get(`${instance!.base}/api/statements/${withdrawnId}`);
  expect(api.status()).toBe(410);
  expect(api.headers()["content-type"]).toContain("application/problem+json");
  expect(await api.json()).toMatchObject({ status: 410, title: "Gone", article: { id: expect.any(String) } });
  // An id that never existed is still a plain 404.
  expect((await request.get(`${instance!.base}/statements/neverexisted1`)).status()).toBe(404);
});

test("a statement an editor rejected answers 410 with the editor's reason, shown as text", async ({ request }) => {
  const response = await request.get(`${instance!.base}/statements/${rejectedId}/old-slug`, { maxRedirects: 0 });
  expect(response.status()).toBe(410);
  const html = await response.text();
  expect(html).toContain("An editor rejected the statement");
  expect(html).toContain("reporter&#39;s &#60;b&#62;summary&#60;/b&#62;");
  expect(html).not.toContain("<b>summary</b>");
  const api = await request.get(`${instance!.base}/api/statements/${rejectedId}`);
  expect(api.status()).toBe(410);
  expect(await api.json()).toMatchObject({ status: 410, rejection: { reason: "The words are the reporter's <b>summary</b>, not a quote.", editorName: "e2e-editor" } });
});
