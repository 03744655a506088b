// The statement permalink: content, reports, redirects for wrong or missing slugs, 404s.
import { expect, test } from "@playwright/test";

test.describe("statement permalink", () => {
  // Every link is a full page load (decision 0080): slower than client navigation on a loaded machine.
  test.describe.configure({ timeout: 90_000 });
  test("opens from the list and shows quote, speaker, date and reports", async ({ page }) => {
    await page.goto("/statements?speaker=mark-rutte");
    const card = page.getByTestId("statement-card").first();
    const link = card.getByRole("link").first();
    const quote = (await link.innerText()).replace(/[“”]/g, "").trim();
    await link.click();
    await expect(page).toHaveURL(/\/statements\/[^/]+\/[a-z0-9-]+$/);
    await expect(page.getByTestId("statement-quote")).toContainText(quote);
    await expect(page.getByTestId("statement-speaker")).toHaveText("Mark Rutte");
    await expect(page.getByText("NATO Secretary General").first()).toBeVisible();
    await expect(page.getByTestId("statement-date")).not.toBeEmpty();
    const reports = page.getByTestId("report");
    expect(await reports.count()).toBeGreaterThan(0);
    await expect(reports.first()).toContainText("First report");
    await expect(reports.first().getByTestId("report-paragraph")).toBeVisible();
    await expect(reports.first().getByTestId("quote-highlight")).not.toBeEmpty();
    await expect(page.getByRole("button", { name: "Copy Plain" })).toBeVisible();
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Mark Rutte/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(new URL(page.url()).pathname + "$"));
  });

  test("shows every outlet's wording when a remark was reported more than once", async ({ page, request }) => {
    const res = await request.get("/api/statements?speaker=mark-rutte&topic=troops");
    const body = await res.json();
    const several = body.items.find((s: { reportCount: number }) => s.reportCount > 1);
    expect(several, "the seeds report the Fox News interview twice").toBeTruthy();
    await page.goto(new URL(several.url).pathname);
    await expect(page.getByTestId("report")).toHaveCount(several.reportCount);
    await expect(page.getByRole("heading", { name: /reports, first published first/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "How the wording differs" })).toBeVisible();
    await expect(page.locator("ins.word-added").first()).toBeVisible();
  });

  test("a wrong or missing slug redirects permanently to the right one", async ({ page, request }) => {
    await page.goto("/statements");
    const href = await page.getByTestId("statement-card").first().getByRole("link").first().getAttribute("href");
    expect(href).toBeTruthy();
    const id = href!.split("/")[2];

    const wrong = await request.get(`/statements/${id}/not-the-right-slug`, { maxRedirects: 0 });
    expect(wrong.status()).toBe(308);
    expect(new URL(wrong.headers().location, "http://x").pathname).toBe(href);

    const missing = await request.get(`/statements/${id}`, { maxRedirects: 0 });
    expect(missing.status()).toBe(308);
    expect(new URL(missing.headers().location, "http://x").pathname).toBe(href);

    await page.goto(`/statements/${id}/wrong`);
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByTestId("statement-quote")).toBeVisible();
  });

  test("an unknown id is a 404 page", async ({ page }) => {
    for (const path of ["/statements/nosuchid00/anything", "/statements/nosuchid00"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByTestId("not-found")).toContainText("We could not find that page");
      await expect(page.getByRole("link", { name: "Browse all statements" })).toBeVisible();
    }
  });

  test("copies a citation with the permalink", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/statements?speaker=mark-rutte");
    await page.getByTestId("statement-card").first().getByRole("link").first().click();
    await page.getByRole("button", { name: "Copy Plain" }).click();
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Mark Rutte(, [^:]+)?: “/);
    expect(copied).toContain(new URL(page.url()).pathname);
  });

  test("neighbours link along the speaker's timeline", async ({ page }) => {
    await page.goto("/statements?speaker=mark-rutte");
    await page.getByTestId("statement-card").first().getByRole("link").first().click();
    const earlier = page.getByTestId("neighbour-previous");
    await expect(earlier).toBeVisible();
    const before = page.url();
    await earlier.click();
    await expect(page).not.toHaveURL(before);
    await expect(page.getByTestId("statement-speaker")).toHaveText("Mark Rutte");
    await expect(page.getByTestId("neighbour-next")).toBeVisible();
  });
});
