// A statement's share card and citations. The image test checks what a machine can check without OCR:
// the page's og:image and twitter:image point at a PNG the app draws, 1200×630 (read from the PNG
// header). That the card shows the quote is checked on the card's content in src/lib/shareCard.test.ts
// and was looked at by eye (docs/screenshots/share-card.png).
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

async function ruttePermalink(request: APIRequestContext): Promise<string> {
  const body = await (await request.get("/api/statements?speaker=mark-rutte")).json();
  return new URL(body.items[0].url).pathname;
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex"), "PNG signature").toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("ascii"), "first chunk").toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function meta(page: Page, selector: string): Promise<string> {
  const content = await page.locator(selector).first().getAttribute("content");
  expect(content, selector).toBeTruthy();
  return content!;
}

test.describe("share card", () => {
  test.describe.configure({ timeout: 90_000 }); // the first image renders cold (fonts, wasm)

  test("og:image and twitter:image are 1200×630 PNGs the app draws", async ({ page, request }) => {
    await page.goto(await ruttePermalink(request));
    expect(await meta(page, 'meta[name="twitter:card"]')).toBe("summary_large_image");
    expect(await meta(page, 'meta[property="og:image:width"]')).toBe("1200");
    expect(await meta(page, 'meta[property="og:image:height"]')).toBe("630");
    expect(await meta(page, 'meta[property="og:image:alt"]')).toMatch(/quote/);
    for (const selector of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
      const url = new URL(await meta(page, selector));
      const response = await request.get(url.pathname + url.search);
      expect(response.status(), selector).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    }
  });

  test("an unknown statement has no card", async ({ request }) => {
    const response = await request.get("/statements/nosuchid00/x/opengraph-image");
    expect(response.status()).toBe(404);
  });
});

test.describe("citations", () => {
  test("plain, APA and BibTeX forms name the speaker and the permalink, readable without JavaScript", async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const permalink = await ruttePermalink(request);
    await page.goto(permalink);
    const plain = await page.getByTestId("citation-plain").inputValue();
    const apa = await page.getByTestId("citation-apa").inputValue();
    const bibtex = await page.getByTestId("citation-bibtex").inputValue();
    expect(plain).toMatch(/^Mark Rutte/);
    expect(apa).toMatch(/^Rutte, M\. \(\d{4}/);
    expect(bibtex).toMatch(/^@misc\{rutte\d{4}-/);
    expect(bibtex).toContain("author = {{Rutte}, Mark}");
    for (const text of [plain, apa, bibtex]) expect(text).toContain(permalink);
    await expect(page.getByLabel("BibTeX", { exact: true })).toBeVisible();
    // Without JavaScript the copy buttons would do nothing, so they are not shown.
    await expect(page.getByRole("button", { name: /^Copy/ })).toHaveCount(0);
    await context.close();
  });

  test("with JavaScript a button copies the citation", async ({ browser, request, baseURL }) => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    const page = await context.newPage();
    await page.goto(await ruttePermalink(request));
    const button = page.getByRole("button", { name: "Copy APA" });
    await button.click();
    await expect(page.getByRole("button", { name: "Copied" }).first()).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByTestId("citation-apa").inputValue());
    await context.close();
  });
});
