// Editors in a real browser: sign in, paste a new article, correct a speaker and a stance in the preview,
// save; the corrected statement shows in the list, on the timeline and on its page (reviewed, with the
// correction); a reader's problem report reaches the queue; signing out locks the editor pages again.
// An XSS payload typed into every field is shown as text everywhere it appears.
import { expect, test, type Page } from "@playwright/test";
import { createEditor } from "./setup/editors";

// Dated long before the seeds, so the other suites' "newest first" expectations are untouched.
const ARTICLE = `Brussels, 14 November 2019 (Example Wire) - NATO Secretary General Mark Rutte said on Friday that the alliance would not send troops to Ukraine while the war continues.

"There will be no NATO troops in Ukraine as long as the fighting goes on," Rutte told reporters after a meeting of defence ministers.`;

async function signIn(page: Page, account: { name: string; password: string }) {
  await page.goto("/editor");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
}

test.describe("editors in the browser", () => {
  test("import with corrections in the preview, then list, timeline, statement page, reader's report and sign-out", async ({ page, browser }) => {
    test.setTimeout(240_000);
    const account = await createEditor("flow");
    await signIn(page, account);
    await page.getByRole("link", { name: "Import an article" }).click();
    await page.getByLabel("Article text (paste)").fill(ARTICLE);
    await page.getByLabel("Outlet (a known one, or type a new name)").fill("Example Wire");
    await page.getByLabel("Publication date (YYYY-MM-DD, YYYY-MM or YYYY)").fill("2019-11-14");
    await page.getByLabel("Precision").selectOption("day");
    await page.getByLabel("How the date was established").fill("dateline");
    await page.getByRole("button", { name: "Preview the statements" }).click();

    await expect(page.getByTestId("preview-statement")).toHaveCount(2);
    await expect(page.getByTestId("preview-highlight")).toHaveCount(2);
    await expect(page.getByTestId("preview-highlight").nth(1)).toHaveText("There will be no NATO troops in Ukraine as long as the fighting goes on");
    await page.getByLabel("Speaker of statement 2").fill("Kaja Kallas");
    await page.getByLabel("Stance of statement 2 on troops").selectOption("opposes");
    await page.getByLabel("Stance evidence of statement 2 on troops").fill("no NATO troops in Ukraine");
    await page.getByRole("button", { name: "Save the article and these statements" }).click();
    await expect(page.getByTestId("import-saved")).toContainText("Saved: 2 statements");

    await page.getByTestId("import-saved").getByRole("link", { name: /There will be no NATO troops/ }).click();
    await expect(page.getByTestId("statement-speaker")).toHaveText("Kaja Kallas");
    await expect(page.getByTestId("review-status")).toHaveText("Reviewed by an editor");
    const corrections = page.getByTestId("correction");
    await expect(corrections.filter({ hasText: "Speaker" })).toContainText("Mark Rutte");
    await expect(corrections.filter({ hasText: "Speaker" })).toContainText("Kaja Kallas");
    await expect(corrections.filter({ hasText: "Stance" })).toContainText("opposes");
    await expect(page.getByText(/Decided by the words/).filter({ hasText: "no NATO troops in Ukraine" })).toBeVisible();
    const permalink = new URL(page.url()).pathname;

    // The untouched statement stays unreviewed.
    await page.goto("/statements?speaker=mark-rutte&q=%22while+the+war+continues%22");
    await page.getByTestId("statement-card").first().getByRole("link").first().click();
    await expect(page.getByTestId("review-status")).toHaveText("Extracted automatically, not yet reviewed");

    await page.goto("/statements?speaker=kaja-kallas&reviewed=1");
    await expect(page.getByTestId("statement-card")).toHaveCount(1);
    await expect(page.getByTestId("statement-card")).toContainText("There will be no NATO troops in Ukraine");
    await page.goto("/timeline?speaker=kaja-kallas");
    const point = page.getByTestId("lane-troops").getByTestId("timeline-point");
    await expect(point).toHaveCount(1);
    await expect(point).toHaveAttribute("aria-label", /Opposes/);
    await expect(point).toHaveAttribute("href", permalink);

    await page.goto("/corrections");
    await expect(page.getByTestId("correction").filter({ hasText: "Kaja Kallas" }).first()).toContainText(account.name);

    // A reader (another browser context, not signed in) reports a problem.
    const reader = await browser.newContext();
    const readerPage = await reader.newPage();
    await readerPage.goto(permalink);
    await readerPage.getByLabel("What is wrong?").fill("The date is the meeting's, not the remark's.");
    await readerPage.waitForTimeout(3200); // the form refuses answers faster than a person can type
    await readerPage.getByRole("button", { name: "Send to the editors" }).click();
    await expect(readerPage.getByTestId("problem-outcome")).toHaveText(/Thank you/);
    await reader.close();

    await page.goto("/editor");
    await expect(page.getByTestId("problem-reports")).toContainText("The date is the meeting's, not the remark's.");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Editor sign-in" })).toBeVisible();
    await page.goto("/editor");
    await expect(page.getByRole("heading", { name: "Editor sign-in" })).toBeVisible();
    await page.goto("/editor/import");
    await expect(page).toHaveURL(/\/editor\?notice=signed-out$/);
    await expect(page.getByLabel("Password")).toBeVisible();
  });

  test("an XSS payload in every field is shown as text", async ({ page }) => {
    test.setTimeout(240_000);
    const payload = `<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>`;
    await page.addInitScript(() => {
      (window as unknown as { __xss?: number }).__xss = undefined;
    });
    page.on("dialog", () => {
      throw new Error("a dialog opened: injected script ran");
    });
    await signIn(page, await createEditor("xss"));
    const csrf = await page.locator('input[name="csrf"]').first().inputValue();
    const saved = await page.request.post("/editor/actions/import", {
      headers: { "x-csrf-token": csrf },
      data: {
        text: `Oslo, 2 May 2018 - "Troops will not go to Ukraine," Jonas Example said.`,
        metadata: { outletName: `Outlet ${payload}`, title: `Title ${payload}`, publishedAt: "2018-05-02", publishedPrecision: "day", publishedEvidence: `Evidence ${payload}` },
        edits: [{ index: 0, fields: { speaker: `Speaker ${payload}`, speakerRole: `Role ${payload}`, venue: `Venue ${payload}`, stances: [{ topic: "troops", value: "opposes", evidence: `Cue ${payload}` }] } }],
        reason: `Reason ${payload}`,
      },
    });
    expect(saved.status()).toBe(200);
    const { statements } = (await saved.json()) as { statements: { id: string; url: string }[] };
    // A reader's report with the payload, through the public form.
    await page.goto(statements[0].url);
    await page.getByLabel("What is wrong?").fill(`Report ${payload}`);
    await page.getByLabel("Your e-mail or name (optional, only editors see it)").fill(`Contact ${payload}`);
    await page.waitForTimeout(3200);
    await page.getByRole("button", { name: "Send to the editors" }).click();
    await expect(page.getByTestId("problem-outcome")).toHaveText(/Thank you/);

    for (const path of [statements[0].url, "/corrections", "/editor", `/editor/statements/${statements[0].id}`, "/statements?reviewed=1", "/speakers"]) {
      await page.goto(path);
      await expect(page.getByText(payload).filter({ visible: true }).first(), path).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
      expect(await page.locator('img[src="x"]').count(), path).toBe(0);
    }
  });
});
