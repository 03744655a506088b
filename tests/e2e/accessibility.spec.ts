// axe-core on every page: no serious or critical violations, at 1280 and 360 px, light and dark.
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

// Every page at desktop and phone width, in the light and the dark scheme (prefers-color-scheme).
const VIEWS = [
  { width: 1280, height: 900, colorScheme: "light" },
  { width: 360, height: 740, colorScheme: "light" },
  { width: 1280, height: 900, colorScheme: "dark" },
  { width: 360, height: 740, colorScheme: "dark" },
] as const;

async function inEveryView(page: Page, open: () => Promise<void>) {
  for (const view of VIEWS) {
    await page.setViewportSize({ width: view.width, height: view.height });
    await page.emulateMedia({ colorScheme: view.colorScheme });
    await open();
    expect(await seriousViolations(page), `${view.width} px, ${view.colorScheme}`).toEqual([]);
  }
}

test.describe("accessibility", () => {
  // axe runs every rule over the whole page: 3-5 s alone, four views a page, and much slower on this
  // shared 2-core machine while other builds run. A time budget, not a correctness check.
  test.describe.configure({ timeout: 300_000 });
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
    "/corrections",
    "/accuracy",
    "/editor",
    "/statements/nosuchid00/x",
  ]) {
    test(`no serious violations on ${path}`, async ({ page }) => {
      await inEveryView(page, async () => {
        await page.goto(path);
      });
    });
  }

  test("no serious violations on a statement permalink", async ({ page }) => {
    const permalink = await firstPermalink(page);
    await inEveryView(page, async () => {
      await page.goto(permalink);
      await expect(page.getByTestId("statement-quote")).toBeVisible();
    });
  });

  test("no serious violations on a permalink with several reports", async ({ page, request }) => {
    const body = await (await request.get("/api/statements?speaker=mark-rutte&topic=troops")).json();
    const several = body.items.find((s: { reportCount: number }) => s.reportCount > 1) ?? body.items[0];
    await inEveryView(page, async () => {
      await page.goto(new URL(several.url).pathname);
    });
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
