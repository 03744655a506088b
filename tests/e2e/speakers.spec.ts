// Speaker pages and the home page.
import { expect, test } from "@playwright/test";

test.describe("speakers", () => {
  test("the index lists speakers with their statement counts", async ({ page }) => {
    await page.goto("/speakers");
    const rutte = page.getByTestId("speaker-item").filter({ hasText: "Mark Rutte" });
    await expect(rutte).toContainText(/\d+ statements?/);
    await rutte.getByRole("link", { name: "Mark Rutte" }).click();
    await expect(page).toHaveURL(/\/speakers\/mark-rutte$/);
  });

  test("a speaker page shows roles, statements and where the speaker stands", async ({ page }) => {
    const response = await page.goto("/speakers/mark-rutte");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("speaker-name")).toHaveText("Mark Rutte");
    await expect(page.getByRole("list", { name: "Roles" })).toContainText("NATO Secretary General");
    await expect(page.getByRole("heading", { name: "Where Mark Rutte stands" })).toBeVisible();
    expect(await page.getByTestId("position-mark").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("statement-card").count()).toBeGreaterThan(0);
    await expect(page.getByTestId("statement-card").first()).toContainText("Mark Rutte");
  });

  test("an unknown speaker is a 404", async ({ page }) => {
    const response = await page.goto("/speakers/no-such-person");
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
  });
});

test.describe("home", () => {
  test("explains the tracker and shows counts, latest statements and the timeline", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("What NATO's leaders said");
    await expect(page.getByTestId("counts")).toContainText("Statements");
    const statements = Number((await page.getByTestId("counts").locator("dd").first().innerText()).replace(/\D/g, ""));
    expect(statements).toBeGreaterThan(0);
    expect(await page.getByTestId("statement-card").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("timeline-point").count()).toBeGreaterThan(0);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timeline" }).click();
    await expect(page).toHaveURL(/\/timeline$/);
  });
});
