// Positions per person (issue #11) in the real browser. A test article (tests/fixtures/positions) is
// imported first with `npm run import`, as an operator would: in it Mark Rutte's troops stance moves from
// conditional (5 April 2025, a seed) to opposes (10 June 2025), so there is a change to follow.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { e2eDatabaseUrl } from "./setup/editors";

const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");

test.beforeAll(async () => {
  test.setTimeout(180_000); // a child process importing one article: slow on a loaded machine
  await new Promise<void>((resolve, reject) =>
    execFile(process.execPath, [tsxCli, "scripts/import.ts", "tests/fixtures/positions"], { env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() } }, (error, stdout, stderr) =>
      error ? reject(new Error(`import failed: ${stderr || stdout || error.message}`)) : resolve(),
    ),
  );
});

const rowOf = (page: Page, name: string) => page.getByTestId("position-row").filter({ has: page.getByRole("link", { name, exact: true }) });
const hrefs = async (page: Page, testId: string) => (await page.getByTestId(testId).evaluateAll((els) => els.map((el) => el.getAttribute("href") ?? ""))).sort();

test.describe("positions", () => {
  test.describe.configure({ timeout: 120_000 });

  test("a row per speaker, NATO officials first; a change marker leads to both statements", async ({ page }) => {
    expect((await page.goto("/positions?topic=troops"))?.status()).toBe(200);
    await expect(page.getByTestId("group-nato").getByRole("link", { name: "Mark Rutte", exact: true })).toBeVisible();
    await expect(page.getByTestId("group-others").getByRole("link", { name: "Dmitry Medvedev", exact: true })).toBeVisible();
    const rows = await page.getByTestId("position-row").count();
    expect(rows).toBeGreaterThanOrEqual(2);
    // Every mark names its stance and links to a permalink or a list.
    const mark = rowOf(page, "Mark Rutte").getByTestId("position-mark").first();
    await expect(mark).toHaveAttribute("aria-label", /Mark Rutte, .*(Opposes|Conditional|Supports|No stance recorded)/);

    const marker = rowOf(page, "Mark Rutte").getByTestId("change-marker").filter({ has: page.locator("title", { hasText: "Conditional → Opposes" }) });
    await marker.click();
    await expect(page).toHaveURL(/#change-mark-rutte-/);
    const change = page.getByTestId("position-change").filter({ hasText: "Conditional → Opposes, between 5 Apr 2025 and 10 Jun 2025" });
    await expect(change).toBeVisible();
    await expect(change.getByRole("listitem").first()).toContainText("decided by “");
    await expect(change.getByRole("listitem").last()).toContainText("decided by “not");
    const [before, after] = await change.getByTestId("change-statement").evaluateAll((els) => els.map((el) => el.getAttribute("href") as string));
    for (const href of [before, after]) {
      await page.goto(href);
      await expect(page.getByTestId("statement-quote")).toBeVisible();
      await expect(page.getByText("Mark Rutte").first()).toBeVisible();
    }
  });

  test("compares two speakers side by side", async ({ page }) => {
    await page.goto("/positions?topic=troops&speaker=mark-rutte&speaker=dmitry-medvedev");
    const names = await page.getByTestId("position-row").locator("a[href^='/speakers/']").allInnerTexts();
    expect(names.sort()).toEqual(["Dmitry Medvedev", "Mark Rutte"]);
  });

  test("one list adds a speaker to the comparison; each compared speaker can be removed", async ({ page }) => {
    const compared = async () => (await page.getByTestId("position-row").locator("a[href^='/speakers/']").allInnerTexts()).sort();
    await page.goto("/positions?topic=troops");
    const form = page.getByRole("form", { name: "Compare speakers" });
    await form.locator("select[name='speaker']").selectOption("mark-rutte");
    await form.getByRole("button", { name: "Compare", exact: true }).click();
    await expect(page).toHaveURL(/[?&]speaker=mark-rutte(&|$)/);
    expect(await compared()).toEqual(["Mark Rutte"]);
    await form.locator("select[name='speaker']").selectOption("dmitry-medvedev");
    await form.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page).toHaveURL(/speaker=mark-rutte&speaker=dmitry-medvedev/);
    expect(await compared()).toEqual(["Dmitry Medvedev", "Mark Rutte"]);
    await page.getByRole("link", { name: "remove Mark Rutte from the comparison" }).click();
    await expect(page).not.toHaveURL(/mark-rutte/);
    expect(await compared()).toEqual(["Dmitry Medvedev"]);
  });

  test("the chooser page lists every speaker; a link adds one to the comparison", async ({ page }) => {
    // The compare form offers the most prolific speakers and the rows shown; the rest are on this page (decision 0385).
    expect((await page.goto("/positions/speakers?topic=troops&speaker=mark-rutte"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a speaker to the comparison");
    const choices = page.getByTestId("speaker-choices");
    await expect(choices.getByRole("link", { name: "Mark Rutte", exact: true })).toHaveCount(0);
    await choices.getByRole("link", { name: "Dmitry Medvedev", exact: true }).click();
    await expect(page).toHaveURL(/\/positions\?topic=troops&speaker=mark-rutte&speaker=dmitry-medvedev$/);
    const names = await page.getByTestId("position-row").locator("a[href^='/speakers/']").allInnerTexts();
    expect(names.sort()).toEqual(["Dmitry Medvedev", "Mark Rutte"]);
  });

  test("zooms to a month and back, the address following", async ({ page }) => {
    await page.goto("/positions?topic=troops");
    await page.getByRole("link", { name: "Jun 2025: zoom to this month" }).click();
    await expect(page).toHaveURL(/[?&]zoom=month&at=2025-06(&|$)/);
    await expect(page.getByRole("navigation", { name: "Pan" })).toContainText("June 2025");
    await expect(rowOf(page, "Mark Rutte").getByTestId("position-mark").first()).toHaveAttribute("aria-label", /June 2025/);
    await page.getByRole("navigation", { name: "Zoom" }).getByRole("link", { name: "Year" }).click();
    await expect(page).toHaveURL(/[?&]at=2025(&|$)/);
    expect(page.url()).not.toContain("zoom=");
  });

  test("the table lists the same statements as the chart", async ({ page }) => {
    await page.goto("/positions?topic=troops");
    const chart = await hrefs(page, "position-mark");
    expect(chart.length).toBeGreaterThan(0);
    await page.getByTestId("view-toggle").click();
    await expect(page).toHaveURL(/view=table/);
    await expect(page.getByTestId("positions-table")).toBeVisible();
    expect(await hrefs(page, "table-statement")).toEqual(chart);
  });

  test("arrow keys move from mark to mark", async ({ page }) => {
    await page.goto("/positions?topic=troops");
    const marks = rowOf(page, "Mark Rutte").locator("[data-mark]");
    expect(await marks.count()).toBeGreaterThan(1);
    await marks.first().focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    const start = await focused();
    await page.keyboard.press("ArrowRight");
    const next = await focused();
    expect(next).not.toBe(start);
    expect(next).not.toBe("");
    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toBe(start);
    await page.keyboard.press("ArrowDown"); // to the nearest mark of the next row: another speaker
    const below = await focused();
    expect(below).not.toBe("");
    expect(below).not.toContain("Mark Rutte");
  });

  for (const path of ["/positions?topic=troops", "/speakers/mark-rutte", "/positions/speakers?topic=troops", "/timeline/speakers"]) {
    for (const width of [1280, 360]) {
      for (const colorScheme of ["light", "dark"] as const) {
        test(`axe finds no violation on ${path} at ${width} px, ${colorScheme}`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme });
          await page.goto(path);
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }))).toEqual([]);
        });
      }
    }
  }
});
