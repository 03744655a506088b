// Security headers on every route, and the pages still work under the strict CSP: a real
// Chromium reports no CSP violation on any main page, and the one script pages load (enhance.js,
// decision 0080) runs under its nonce.
import { expect, test, type APIResponse, type Page } from "@playwright/test";

async function firstPermalink(page: Page): Promise<string> {
  await page.goto("/statements");
  const href = await page.getByTestId("statement-card").first().getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/statements\/[^/]+\/[^/]+$/);
  return href!;
}

function expectSecurityHeaders(response: APIResponse, path: string) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
  expect(scriptSrc, `${path}: script-src`).not.toContain("unsafe-inline");
  expect(scriptSrc, `${path}: script-src`).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(csp, `${path}: CSP`).toContain("frame-ancestors 'none'");
  expect(csp, `${path}: CSP`).toContain("object-src 'none'");
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], path).toContain("camera=()");
  expect(headers["x-frame-options"], path).toBe("DENY");
  expect(headers["strict-transport-security"], `${path}: no HSTS over plain http`).toBeUndefined();
  expect(headers["x-request-id"], path).toMatch(/^[0-9a-f]{12}$/);
}

test.describe("security headers", () => {
  test("are on every route: pages, API, health, errors, assets and the guard's own answers", async ({ page, request }) => {
    const permalink = await firstPermalink(page);
    const html = await (await request.get("/")).text();
    // Pages load Next's stylesheets, not its scripts (decision 0080).
    const asset = /\/_next\/static\/[^"]+\.css/.exec(html)?.[0];
    expect(asset).toBeDefined();
    const paths = [
      "/",
      "/statements",
      permalink,
      "/timeline",
      "/speakers",
      "/speakers/mark-rutte",
      "/statements/nosuchid00/x",
      "/api/statements",
      "/api/statements/nosuchid00",
      "/healthz",
      "/readyz",
      "/statements/%ff%fe",
      "/api/statements/%zz",
      asset!,
    ];
    for (const path of paths) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBeLessThan(500);
      expectSecurityHeaders(response, path);
    }
  });

  test("HSTS only when served over HTTPS", async ({ request }) => {
    const response = await request.get("/", { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
    expect(response.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  test("each page gets a fresh nonce, and Next's scripts carry it", async ({ request }) => {
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const response = await request.get("/statements");
      const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
      expect(nonce).toBeDefined();
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});

test.describe("pages under the CSP", () => {
  test("report no CSP violation, run the enhancement script and navigate", async ({ page }) => {
    test.setTimeout(120_000); // six full page loads; slow on a shared 2-core machine
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (?:execute|load|apply)/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const list = ((window as unknown as { __cspViolations?: string[] }).__cspViolations ??= []);
        list.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const collect = async (path: string) => {
      const seen = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
      violations.push(...seen.map((v) => `${path}: ${v}`));
    };

    const permalink = await firstPermalink(page);
    for (const path of ["/", "/statements", permalink, "/timeline", "/speakers", "/speakers/mark-rutte", "/positions?topic=troops"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await collect(path);
    }

    // enhance.js ran under the CSP: it shows the copy buttons it drives (hidden without JavaScript).
    await page.goto(permalink);
    await expect(page.locator("button[data-copy-target]").first()).toBeVisible();
    await collect(`${permalink} (enhanced)`);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Speakers" }).click();
    await expect(page).toHaveURL(/\/speakers$/);
    await collect("navigation");

    expect(violations).toEqual([]);
  });
});
