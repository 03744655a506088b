// The accuracy page (decision 0805): readers reach it from an unreviewed statement and from the footer, and it shows
// the eval's last measurement of the test part, field by field, with its range and the goal.
import { expect, test } from "@playwright/test";
import measured from "../../src/domain/eval/data/published-accuracy.json" with { type: "json" };

const percent = (share: number) => `${Math.round(share * 100)}%`;

test("an unreviewed statement links to how often extraction is right, which shows the measured figures", async ({ page, request }) => {
  const body = await (await request.get("/api/statements?speaker=mark-rutte")).json();
  await page.goto(new URL(body.items[0].url).pathname);
  await expect(page.getByTestId("review-status")).toHaveText("Extracted automatically, not yet reviewed");
  await page.getByRole("link", { name: "How often automatic extraction is right" }).click();

  await expect(page).toHaveURL(/\/accuracy$/);
  await expect(page.locator("h1")).toHaveText("How reliable are the statements?");
  await expect(page.getByTestId("accuracy-intro")).toContainText(`${measured.articles} real reports`);
  const stance = page.getByTestId("accuracy-stanceAccuracy");
  await expect(stance.locator("td").nth(0)).toHaveText(percent(measured.scores.stanceAccuracy));
  await expect(stance.locator("td").nth(1)).toHaveText(`${percent(measured.intervals.stanceAccuracy[0])}–${percent(measured.intervals.stanceAccuracy[1])}`);
  await expect(stance.locator("td").nth(2)).toHaveText(`${percent(measured.targets.stanceAccuracy!)}, not yet met`);
  await expect(page.getByTestId("accuracy-table").locator("tbody tr")).toHaveCount(Object.keys(measured.scores).length);
});

test("every page's footer leads to the accuracy page", async ({ page }) => {
  await page.goto("/speakers");
  await page.getByRole("navigation", { name: "Footer" }).getByRole("link", { name: "How reliable is this?" }).click();
  await expect(page).toHaveURL(/\/accuracy$/);
  await expect(page.getByTestId("accuracy-recall")).toBeVisible();
});
