// axe-core on the main pages: no serious or critical violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
}

async function firstPermalink(page: Page): Promise<string> {
  await page.goto("/statements");
  const href = await page.getByTestId("statement-card").first().getByRole("link").first().getAttribute("href");
  return href ?? "/statements";
}

test.describe("accessibility", () => {
  // axe runs every rule over the whole page: 3-5 s alone, but 30-45 s on this shared 2-core
  // machine while other builds run, past the 30 s default. A time budget, not a correctness check.
  test.describe.configure({ timeout: 120_000 });
  for (const path of [
    "/",
    "/statements",
    "/statements?speaker=mark-rutte&topic=troops",
    "/statements?topic=nonsense&from=2024-13-45&page=-3",
    "/statements?q=xylophonezebraquark",
    "/timeline",
    "/timeline?speaker=mark-rutte",
    "/speakers",
    "/speakers/mark-rutte",
    "/statements/nosuchid00/x",
  ]) {
    test(`no serious violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test("no serious violations on a statement permalink", async ({ page }) => {
    await page.goto(await firstPermalink(page));
    await expect(page.getByTestId("statement-quote")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("no serious violations on a permalink with several reports", async ({ page, request }) => {
    const body = await (await request.get("/api/statements?speaker=mark-rutte&topic=troops")).json();
    const several = body.items.find((s: { reportCount: number }) => s.reportCount > 1) ?? body.items[0];
    await page.goto(new URL(several.url).pathname);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("keyboard users can reach the content and see focus", async ({ page }) => {
    await page.goto("/statements");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
  });
});
