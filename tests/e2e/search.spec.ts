// Search and facets in the real browser: web-search syntax with the matched words in <mark>, facet counts
// in the form, the "most reported" order, an empty result that offers to drop a filter, the picker page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
}

test.describe("search and facets", () => {
  test.describe.configure({ timeout: 120_000 });

  test("a quoted phrase finds the quote and marks its words", async ({ page }) => {
    await page.goto("/statements");
    await page.getByLabel("Search the quotes").fill('"red lines"');
    await page.getByLabel("Search the quotes").press("Enter");
    await expect(page).toHaveURL(/q=%22red\+lines%22|q=%22red%20lines%22/);
    const cards = page.getByTestId("statement-card");
    await expect(cards.first()).toBeVisible();
    const marks = cards.first().getByTestId("search-match");
    await expect(marks.first()).toHaveText(/^red lines$/i);
    // Every listed quote holds the phrase, and every mark is a real <mark> element.
    for (const text of await cards.locator("h3").allTextContents()) expect(text.toLowerCase()).toContain("red lines");
    expect(await marks.evaluateAll((nodes) => nodes.map((n) => n.tagName))).toContain("MARK");
  });

  test("-word leaves statements out and or takes either word", async ({ page }) => {
    await page.goto("/statements?q=troops");
    const withTroops = await page.getByTestId("statement-card").count();
    expect(withTroops).toBeGreaterThan(0);
    await page.goto("/statements?q=troops%20-ukraine");
    const withoutUkraine = await page.getByTestId("statement-card").locator("h3").allTextContents();
    expect(withoutUkraine.length).toBeLessThan(withTroops);
    for (const quote of withoutUkraine) expect(quote.toLowerCase()).not.toContain("ukraine");
    await page.goto("/statements?q=%22red%20lines%22%20or%20%22peace%20talks%22");
    const either = await page.getByTestId("statement-card").locator("h3").allTextContents();
    expect(either.some((q) => q.toLowerCase().includes("red lines"))).toBe(true);
    expect(either.some((q) => q.toLowerCase().includes("peace talks"))).toBe(true);
  });

  test("the form shows counts for the current filter and they match the list", async ({ page }) => {
    await page.goto("/statements?speaker=mark-rutte");
    const option = page.getByLabel("Topic", { exact: true }).locator("option", { hasText: "Troops to Ukraine" });
    const label = (await option.textContent()) ?? "";
    const count = Number(/\((\d+)\)/.exec(label)?.[1]);
    expect(count).toBeGreaterThan(0);
    await page.getByLabel("Topic", { exact: true }).selectOption("troops");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByTestId("result-count")).toContainText(`of ${count} statement`);
  });

  test("sorting by number of reports puts the most reported first and pages by cursor", async ({ page }) => {
    const read = async () => {
      const cards = page.getByTestId("statement-card");
      const hrefs = await cards.evaluateAll((nodes) => nodes.map((n) => n.querySelector("a")?.getAttribute("href") ?? ""));
      const counts = (await cards.locator("p", { hasText: /\d+ reports?/ }).allTextContents()).map((t) => Number(/(\d+) reports?/.exec(t)?.[1]));
      return { hrefs, counts };
    };
    await page.goto("/statements?sort=reports");
    await expect(page.getByTestId("result-count")).toContainText("most reported first");
    const first = await read();
    expect(first.counts.length).toBeGreaterThan(1);
    await page.getByRole("link", { name: /Next/ }).click();
    await expect(page).toHaveURL(/sort=reports/);
    await expect(page).toHaveURL(/after=/);
    const second = await read();
    expect(second.hrefs.length).toBeGreaterThan(0);
    expect(second.hrefs.filter((h) => first.hrefs.includes(h))).toEqual([]);
    const counts = [...first.counts, ...second.counts];
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test("an empty result offers to drop each filter, with what it would list", async ({ page }) => {
    await page.goto("/statements?speaker=mark-rutte&q=xylophonezebraquark");
    await expect(page.getByTestId("empty-state")).toBeVisible();
    const drop = page.getByTestId("drop-q");
    await expect(drop).toHaveText("Remove the search text filter");
    const promised = Number(/\((\d+) statements?\)/.exec((await drop.locator("xpath=..").textContent()) ?? "")?.[1]);
    expect(promised).toBeGreaterThan(0);
    await drop.click();
    await expect(page).toHaveURL(/speaker=mark-rutte/);
    await expect(page.getByTestId("result-count")).toContainText(`of ${promised} statement`);
  });

  test("the picker page lists every speaker with counts and applies one", async ({ page }) => {
    await page.goto("/statements?topic=troops");
    await page.getByRole("link", { name: "Every speaker, with counts" }).click();
    await expect(page).toHaveURL(/\/statements\/choose\/speaker\?topic=troops/);
    const first = page.getByTestId("facet-values").getByRole("link").first();
    await first.click();
    await expect(page).toHaveURL(/topic=troops/);
    await expect(page).toHaveURL(/speaker=/);
    await expect(page.getByTestId("statement-card").first()).toBeVisible();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [1280, 360]) {
      test(`axe: search results with facets, ${colorScheme}, ${width}px`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto("/statements?q=%22red%20lines%22&topic=troops");
        expect(await seriousViolations(page)).toEqual([]);
        await page.goto("/statements/choose/outlet");
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  }
});
