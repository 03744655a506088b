// Positions over time: lanes, points that link to permalinks, narrowing to a speaker.
import { expect, test } from "@playwright/test";

test.describe("timeline", () => {
  test("shows a lane per topic with points linking to permalinks", async ({ page }) => {
    const response = await page.goto("/timeline");
    expect(response?.status()).toBe(200);
    for (const [topic, name] of [
      ["troops", "Troops to Ukraine"],
      ["negotiations", "Peace negotiations"],
      ["membership", "Ukraine in NATO"],
    ]) {
      const lane = page.getByTestId(`lane-${topic}`);
      await expect(lane.getByRole("heading", { name })).toBeVisible();
    }
    await expect(page.getByTestId("timeline-legend")).toContainText("Opposes");
    const points = page.getByTestId("lane-troops").getByTestId("timeline-point");
    expect(await points.count()).toBeGreaterThan(0);
    // Each point is a link with a spoken description that includes its stance.
    await expect(points.first()).toHaveAttribute("href", /^\/statements\/[^/]+\/[a-z0-9-]+$/);
    await expect(points.first()).toHaveAttribute("aria-label", /(Opposes|Conditional|Supports|No stance recorded)/);
    const href = await points.first().getAttribute("href");
    await points.first().click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByTestId("statement-quote")).toBeVisible();
  });

  test("the list view carries the same statements as the chart", async ({ page }) => {
    await page.goto("/timeline");
    const lane = page.getByTestId("lane-negotiations");
    const points = await lane.getByTestId("timeline-point").count();
    await lane.getByText(/Show as a list/).click();
    await expect(lane.locator("details ol > li")).toHaveCount(points);
  });

  test("narrows to one speaker", async ({ page }) => {
    await page.goto("/timeline?speaker=mark-rutte");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Positions over time: Mark Rutte");
    await expect(page.getByLabel("Speaker", { exact: true })).toHaveValue("mark-rutte");
    const labels = await page.getByTestId("timeline-point").evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? ""));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toContain("Mark Rutte");
  });

  test("the chooser page lists every speaker, each linked to their timeline", async ({ page }) => {
    // The timeline's list offers the most prolific speakers; every one is on this page (decision 0385).
    expect((await page.goto("/timeline/speakers?reviewed=1"))?.status()).toBe(200);
    await page.getByTestId("speaker-choices").getByRole("link", { name: "Mark Rutte", exact: true }).click();
    await expect(page).toHaveURL(/\/timeline\?speaker=mark-rutte&reviewed=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Positions over time: Mark Rutte");
  });

  test("an unknown speaker gives a notice and everyone's timeline", async ({ page }) => {
    const response = await page.goto("/timeline?speaker=no-such-person");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("parameter-notice")).toContainText("no-such-person");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Positions over time");
    expect(await page.getByTestId("timeline-point").count()).toBeGreaterThan(0);
  });
});
