// "Download CSV" on a filtered statement list saves, in the real browser, a file holding exactly the
// statements of that view (the API's rows for the same filter); the API page shows live examples.
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, test, type APIRequestContext } from "@playwright/test";

async function apiIds(request: APIRequestContext, query: string): Promise<string[]> {
  const ids: string[] = [];
  let next: string | null = `/api/statements?${query}&limit=200`;
  while (next) {
    const body = (await (await request.get(next)).json()) as { items: { id: string }[]; next: string | null };
    ids.push(...body.items.map((item) => item.id));
    next = body.next ? new URL(body.next).pathname + new URL(body.next).search : null;
  }
  return ids;
}

test.describe("downloads", () => {
  test("Download CSV on a filtered list saves a file with that view's rows", async ({ page, request }) => {
    const query = "speaker=mark-rutte&topic=troops";
    await page.goto(`/statements?${query}`);
    const link = page.getByRole("link", { name: "Download CSV" });
    await expect(link).toHaveAttribute("href", `/api/statements?${query}&format=csv`);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("nato-statements-speaker-mark-rutte-topic-troops.csv");
    const text = await readFile((await download.path()) as string, "utf8");
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    const expected = await apiIds(request, query);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.id)).toEqual(expected);
    for (const row of rows) {
      expect(row.speaker).toBe("mark-rutte");
      expect(row.topics.split("; ")).toContain("troops");
      expect(row.permalink).toMatch(/\/statements\/[^/]+\/[a-z0-9-]+$/);
      expect(row.sourceFile.length).toBeGreaterThan(0);
    }
    // The page lists the same statements (one page holds them all here).
    const shown = await page.getByTestId("statement-card").count();
    expect(shown).toBe(Math.min(expected.length, 20));
  });

  test("the API page shows an example request and response for each route", async ({ page }) => {
    await page.goto("/api");
    await expect(page.getByRole("heading", { level: 1, name: "API and exports" })).toBeVisible();
    for (const route of ["/api/statements", "/api/statements/{id}", "/api/speakers", "/api/speakers/{slug}", "/api/outlets", "/api/articles/{id}"]) {
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(route.replace(/[{}]/g, "\\$&")) }).first()).toBeVisible();
    }
    await expect(page.getByText(/^curl '/).first()).toBeVisible();
  });

  test("the API is read-only and open to other origins", async ({ request }) => {
    const post = await request.post("/api/speakers");
    expect(post.status()).toBe(405);
    expect(post.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
    const get = await request.get("/api/outlets", { headers: { Origin: "https://example.org" } });
    expect(get.headers()["access-control-allow-origin"]).toBe("*");
  });
});
