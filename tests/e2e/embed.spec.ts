// Embeds and feeds in the real browser (decisions 0065, 0067): a page served by a second HTTP server on
// another port (a genuinely different origin) puts the oEmbed answer's iframe in its body, and the card
// renders inside it with no script; list, speaker and timeline pages announce and show their Atom feed,
// and the feed link resolves.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";

/** A second origin: one page whose body is the given HTML. */
async function serveOtherOrigin(body: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><head><title>A newsroom's article</title></head><body><h1>Our article</h1>${body}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/article.html`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

// A cross-origin page with a frame, and pages rendered cold: more than the default 30 s on a loaded machine.
test.describe.configure({ timeout: 90_000 });

async function firstPermalink(page: Page): Promise<string> {
  await page.goto("/statements?speaker=mark-rutte");
  const href = await page.getByTestId("statement-card").first().getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/statements\/[^/]+\/[a-z0-9-]+$/);
  return href as string;
}

test.describe("embeds", () => {
  test("the oEmbed iframe renders the card on a page of another origin, without script", async ({ page, request, baseURL }) => {
    const permalink = await firstPermalink(page);
    await page.goto(permalink);
    const quote = (await page.getByTestId("statement-quote").innerText()).replace(/[“”]/g, "").trim();
    const oembedHref = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
    expect(oembedHref).toBeTruthy();
    const oembed = await request.get(new URL(oembedHref as string).pathname + new URL(oembedHref as string).search);
    expect(oembed.status()).toBe(200);
    const answer = (await oembed.json()) as { type: string; html: string };
    expect(answer.type).toBe("rich");

    const other = await serveOtherOrigin(answer.html);
    try {
      expect(new URL(other.url).origin).not.toBe(new URL(baseURL as string).origin);
      await page.goto(other.url);
      const frame = page.frameLocator("iframe");
      await expect(frame.locator("blockquote")).toContainText(quote.slice(0, 30));
      await expect(frame.getByText("Mark Rutte", { exact: true })).toBeVisible();
      await expect(frame.getByRole("link", { name: "NATO Statement Tracker" })).toHaveAttribute("target", "_blank");
      await expect(frame.locator("script")).toHaveCount(0);
      // The card's own stylesheet applied: the card has its border.
      await expect(frame.locator("article.card")).toHaveCSS("border-top-style", "solid");
    } finally {
      await other.close();
    }
  });

  test("an unknown id shows the 404 card, framing allowed only under /embed/", async ({ request }) => {
    const missing = await request.get("/embed/statements/no-such-statement");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(missing.headers()["x-frame-options"]).toBeUndefined();
    expect(await missing.text()).toContain("There is no statement at this address.");
    const page = await request.get("/statements");
    expect(page.headers()["x-frame-options"]).toBe("DENY");
  });
});

test.describe("feeds", () => {
  for (const [name, path] of [
    ["the filtered statements list", "/statements?speaker=mark-rutte&topic=troops"],
    ["a speaker page", "/speakers/mark-rutte"],
    ["the timeline", "/timeline?speaker=mark-rutte"],
  ] as const) {
    test(`${name} shows "Follow (Atom)" and announces the same feed`, async ({ page, request }) => {
      await page.goto(path);
      const follow = page.getByTestId("follow-feed");
      await expect(follow).toBeVisible();
      await expect(follow).toContainText("(Atom)");
      const href = (await follow.getAttribute("href")) as string;
      expect(href).toMatch(/^\/feeds\//);
      const alternate = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
      expect(new URL(alternate as string).pathname + new URL(alternate as string).search).toBe(href);
      const feed = await request.get(href);
      expect(feed.status()).toBe(200);
      expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
      const xml = await feed.text();
      expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
      expect(xml).toContain("<name>Mark Rutte</name>");
    });
  }

  test("sitemap.xml and robots.txt answer", async ({ request }) => {
    const robots = await request.get("/robots.txt");
    expect(await robots.text()).toMatch(/^Sitemap: http.+\/sitemap\.xml$/m);
    const sitemap = await request.get("/sitemap.xml");
    expect(sitemap.status()).toBe(200);
    expect(await sitemap.text()).toMatch(/<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
  });
});
