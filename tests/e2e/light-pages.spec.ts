// Light pages (docs/decisions/0080): reading pages arrive without Next's client runtime and work with
// JavaScript off; the main pages fit a 360 px wide screen without horizontal scrolling.
// The JavaScript budget itself is measured by `npm run bench:js`, not here.
import { expect, test, type APIRequestContext } from "@playwright/test";

async function permalink(request: APIRequestContext): Promise<string> {
  const body = await (await request.get("/api/statements?speaker=mark-rutte")).json();
  return new URL(body.items[0].url).pathname;
}

// Several full page loads per test: generous budgets for a shared, loaded machine.
test.describe.configure({ timeout: 150_000 });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("list, statement, speaker and timeline pages show their content; the filter form works", async ({ page, request }) => {
    await page.goto("/statements");
    await expect(page.getByTestId("statement-card").first()).toBeVisible();
    await page.goto(await permalink(request));
    await expect(page.getByTestId("statement-quote")).toBeVisible();
    await expect(page.getByTestId("citation-plain")).toBeVisible();
    await page.goto("/speakers/mark-rutte");
    await expect(page.locator("h1")).toContainText("Mark Rutte");
    await page.goto("/timeline");
    await expect(page.locator("h1").first()).toBeVisible();
    await expect(page.locator("svg, table").first()).toBeVisible();

    await page.goto("/statements");
    await page.getByLabel("Topic", { exact: true }).selectOption("troops");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]topic=troops/);
    await expect(page.getByTestId("chip-topic")).toBeVisible();
  });
});

test.describe("reading pages ship no framework JavaScript", () => {
  for (const path of ["/", "/statements", "/speakers/mark-rutte", "/timeline"]) {
    test(`${path} loads only the enhancement script`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const html = await response.text();
      const sources = [...html.matchAll(/<script\s[^>]*>/g)].map((m) => /\ssrc="([^"]+)"/.exec(m[0])?.[1]).filter(Boolean);
      expect(sources).toEqual(["/enhance.js"]);
      expect(html).not.toContain("self.__next_f");
    });
  }

  test("the HTML is sent gzipped to clients that accept it", async ({ request }) => {
    const response = await request.get("/statements", { headers: { "Accept-Encoding": "gzip" } });
    expect(response.headers()["content-encoding"]).toBe("gzip");
    expect(await response.text()).toContain("</html>");
  });
});

test.describe("at 360 px wide", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the main pages have no horizontal scroll", async ({ page, request }) => {
    const paths = ["/", "/statements", "/statements?speaker=mark-rutte&topic=troops", await permalink(request), "/speakers", "/speakers/mark-rutte", "/timeline", "/corrections"];
    for (const path of paths) {
      await page.goto(path);
      const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
      expect(width, path).toBeLessThanOrEqual(360);
    }
  });
});
