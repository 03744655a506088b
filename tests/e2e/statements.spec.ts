// The statement list: content, filters through the form and the URL, chips, notices for bad
// parameters, the empty state, and the form without JavaScript.
import { expect, test, type Page } from "@playwright/test";

const cards = (page: Page) => page.getByTestId("statement-card");

test.describe("statement list", () => {
  test("shows statements newest first with a result count", async ({ page }) => {
    const response = await page.goto("/statements");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Statements" })).toBeVisible();
    await expect(page.getByTestId("result-count")).toHaveText(/Showing 1–\d+ of \d+ statements/);
    expect(await cards(page).count()).toBeGreaterThan(5);
    // Every card links to a permalink and names a speaker and a date.
    const first = cards(page).first();
    await expect(first.getByRole("link").first()).toHaveAttribute("href", /^\/statements\/[^/]+\/[a-z0-9-]+$/);
    await expect(first).toContainText(/Mark Rutte|Jens Stoltenberg|Emmanuel Macron|Dmitry Medvedev|Unattributed/);
    // Newest first: the <time> values never increase down the page (undated ones come last).
    const dates = await page.locator('[data-testid="statement-card"] time').evaluateAll((els) =>
      els.map((el) => el.getAttribute("datetime") ?? ""),
    );
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test("filters by speaker through the form", async ({ page }) => {
    await page.goto("/statements");
    await page.getByLabel("Speaker", { exact: true }).selectOption("mark-rutte");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]speaker=mark-rutte/);
    await expect(page.getByTestId("chip-speaker")).toHaveText(/Speaker: Mark Rutte/);
    const count = await cards(page).count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await expect(cards(page).nth(i)).toContainText("Mark Rutte");
    await expect(page.getByText("Jens Stoltenberg", { exact: true })).toHaveCount(0);
  });

  test("filters by topic through the form", async ({ page }) => {
    await page.goto("/statements");
    await page.getByLabel("Topic", { exact: true }).selectOption("troops");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]topic=troops/);
    await expect(page.getByTestId("chip-topic")).toHaveText(/Topic: Troops to Ukraine/);
    const count = await cards(page).count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await expect(cards(page).nth(i)).toContainText("Troops to Ukraine");
  });

  test("filters by speaker and topic from the URL, and a chip removes its filter", async ({ page }) => {
    await page.goto("/statements?speaker=mark-rutte&topic=troops");
    await expect(page.getByLabel("Speaker", { exact: true })).toHaveValue("mark-rutte");
    await expect(page.getByLabel("Topic", { exact: true })).toHaveValue("troops");
    const filtered = await cards(page).count();
    expect(filtered).toBeGreaterThan(0);
    for (let i = 0; i < filtered; i++) {
      await expect(cards(page).nth(i)).toContainText("Mark Rutte");
      await expect(cards(page).nth(i)).toContainText("Troops to Ukraine");
    }
    await page.getByRole("link", { name: /Remove filter Topic/ }).click();
    await expect(page).toHaveURL(/\/statements\?speaker=mark-rutte$/);
    await expect(page.getByTestId("chip-topic")).toHaveCount(0);
    expect(await cards(page).count()).toBeGreaterThanOrEqual(filtered);
  });

  test("shows a notice, not an error, for bad parameters", async ({ page }) => {
    const response = await page.goto("/statements?topic=nonsense&from=2024-13-45&page=-3");
    expect(response?.status()).toBe(200);
    const notice = page.getByTestId("parameter-notice");
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("topic=nonsense");
    await expect(notice).toContainText("from=2024-13-45");
    await expect(notice).toContainText("page=-3");
    await expect(notice).toContainText("Topic must be one of troops, negotiations, membership, other");
    // The rest of the page still works: statements are listed, unfiltered.
    expect(await cards(page).count()).toBeGreaterThan(0);
  });

  for (const query of [
    "topic=troops&topic=membership",
    "page=99999999999999999999",
    "from=2024-02-30",
    "speaker=Not%20A%20Slug",
    "speaker=nobody-at-all",
    "q=%00%25_",
    "stance=maybe&outlet=%3Cscript%3E",
  ]) {
    test(`answers 200 with a notice for ?${query}`, async ({ page }) => {
      const response = await page.goto(`/statements?${query}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Statements" })).toBeVisible();
      if (!query.startsWith("q=")) await expect(page.getByTestId("parameter-notice")).toBeVisible();
    });
  }

  test("a page past the end offers a way back", async ({ page }) => {
    await page.goto("/statements?page=40");
    await expect(page.getByTestId("result-count")).toContainText("past the last page");
    await page.getByRole("link", { name: "back to the first" }).click();
    await expect(page).toHaveURL(/\/statements$/);
    expect(await cards(page).count()).toBeGreaterThan(0);
  });

  test("pages on with a cursor; a broken cursor is a notice, not an error", async ({ page }) => {
    await page.goto("/statements");
    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: /Next/ }).click();
    await expect(page).toHaveURL(/after=/);
    await expect(page.getByTestId("result-count")).toContainText(/Showing \d+ more of \d+ statements/);
    expect(await cards(page).count()).toBeGreaterThan(0);
    const response = await page.goto("/statements?after=broken");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("parameter-notice")).toContainText("page link is broken");
  });

  test("the empty state offers a way out", async ({ page }) => {
    await page.goto("/statements?q=xylophonezebraquark");
    await expect(page.getByTestId("empty-state")).toContainText("No statements match these filters");
    await page.getByRole("link", { name: "Show all statements" }).click();
    await expect(page).toHaveURL(/\/statements$/);
    expect(await cards(page).count()).toBeGreaterThan(0);
  });

  test("searches the quotes", async ({ page }) => {
    await page.goto("/statements");
    await page.getByLabel("Search the quotes").fill("unwise");
    await page.getByLabel("Search the quotes").press("Enter");
    await expect(page).toHaveURL(/[?&]q=unwise/);
    await expect(cards(page).first()).toContainText(/unwise/i);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("every page shows its content (nothing waits for a script to reveal it)", async ({ page }) => {
      for (const path of ["/", "/statements", "/timeline", "/speakers", "/speakers/mark-rutte"]) {
        await page.goto(path);
        await expect(page.locator("h1").first(), path).toBeVisible();
      }
      await page.goto("/statements");
      await expect(cards(page).first()).toBeVisible();
      await cards(page).first().getByRole("link").first().click();
      await expect(page.getByTestId("statement-quote")).toBeVisible();
      await expect(page.getByTestId("report").first()).toBeVisible();
    });

    test("the filter form still works", async ({ page }) => {
      await page.goto("/statements");
      await page.getByLabel("Speaker", { exact: true }).selectOption("mark-rutte");
      await page.getByLabel("Topic", { exact: true }).selectOption("negotiations");
      await page.getByRole("button", { name: "Apply filters" }).click();
      await expect(page).toHaveURL(/speaker=mark-rutte/);
      await expect(page).toHaveURL(/topic=negotiations/);
      await expect(page.getByTestId("chip-speaker")).toBeVisible();
      await expect(cards(page).first()).toContainText("Mark Rutte");
    });
  });
});
