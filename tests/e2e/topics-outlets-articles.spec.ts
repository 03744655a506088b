// Topic, outlet and article pages in the real browser, and the links between an article's marked text and
// the statement pages, both ways.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
}

/** The permalink of a statement by Mark Rutte on troops (seeded). */
async function rutteOnTroops(page: Page): Promise<string> {
  await page.goto("/statements?speaker=mark-rutte&topic=troops");
  const href = await page.getByTestId("statement-card").first().getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/statements\//);
  return href as string;
}

/** An outlet page address, from the outlet picker. */
async function someOutlet(page: Page): Promise<string> {
  await page.goto("/statements/choose/outlet");
  const href = (await page.getByTestId("facet-values").getByRole("link").first().getAttribute("href")) ?? "";
  const slug = new URL(href, "http://x").searchParams.get("outlet");
  expect(slug).toBeTruthy();
  return `/outlets/${slug}`;
}

test.describe("topic, outlet and article pages", () => {
  test.describe.configure({ timeout: 120_000 });

  test("a topic page shows current positions, changes, the most reported and who said what", async ({ page }) => {
    await page.goto("/topics/troops");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Troops to Ukraine");
    const rutte = page.getByTestId("topic-positions").getByRole("row", { name: /Mark Rutte/ });
    await expect(rutte).toBeVisible();
    await expect(rutte).toContainText(/Opposes|Conditional|Supports/);
    await expect(rutte).toContainText(/\d+ of \d+ statements? take it/);
    await expect(page.getByTestId("most-reported").getByTestId("statement-card").first()).toBeVisible();
    await expect(page.getByTestId("topic-statements").getByTestId("statement-card").first()).toBeVisible();
    await rutte.getByRole("link", { name: /Read/ }).click();
    await expect(page).toHaveURL(/\/statements\//);
    await expect(page.getByTestId("statement-quote")).toBeVisible();
  });

  test("an unknown topic is a 404", async ({ page }) => {
    const response = await page.goto("/topics/weather");
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
  });

  test("an outlet page shows its articles and what it reported or cited", async ({ page }) => {
    await page.goto(await someOutlet(page));
    await expect(page.getByTestId("outlet-name")).toBeVisible();
    const listed = page.locator("[data-testid=outlet-published], [data-testid=outlet-cited-in]").getByTestId("statement-card");
    await expect(listed.first()).toBeVisible();
    expect((await page.goto("/outlets/no-such-outlet"))?.status()).toBe(404);
  });

  test("a report links to its place in the stored article, and the mark there links back", async ({ page }) => {
    const permalink = await rutteOnTroops(page);
    await page.goto(permalink);
    const statementPath = new URL(page.url()).pathname;
    const statementId = statementPath.split("/")[2];
    await page.getByTestId("report-article-link").first().click();
    await expect(page).toHaveURL(new RegExp(`/articles/[^/#]+#s-${statementId}$`));
    await expect(page.locator(`#s-${statementId}`)).toHaveCount(1);
    const mark = page.locator(`mark[data-statement="${statementId}"]`).first();
    await expect(mark).toBeVisible();
    await expect(mark).toBeInViewport();
    // Every statement of the article is marked; the marked words are the quote's.
    expect(await page.getByTestId("article-statement").count()).toBeGreaterThan(0);
    await mark.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/statements/${statementId}/`));
    await expect(page.getByTestId("statement-quote")).toBeVisible();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [1280, 360]) {
      test(`axe: topic, outlet and article pages, ${colorScheme}, ${width}px`, async ({ page }) => {
        // Four full axe runs: about 45 s each on this shared 2-core machine under load. A time budget only.
        test.setTimeout(360_000);
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        const outlet = await someOutlet(page);
        await page.goto(await rutteOnTroops(page));
        await page.getByTestId("report-article-link").first().click();
        await expect(page.getByTestId("article-text")).toBeVisible();
        const article = new URL(page.url()).pathname;
        for (const path of ["/topics/troops", "/topics/other", outlet, article]) {
          await page.goto(path);
          expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect({ path, overflow }).toEqual({ path, overflow: 0 });
        }
      });
    }
  }
});
