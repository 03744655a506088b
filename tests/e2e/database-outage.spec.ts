// Graceful without the database: a second instance of the app (scripts/serve.ts on the
// production build the e2e web server made) runs against its own embedded PostgreSQL, which
// this test stops and starts again. Pages answer 503 "temporarily unavailable" with
// Retry-After and the API 503 problem+json within 1 s; /healthz stays 200, /readyz turns 503;
// within 5 s of the database's return everything answers 200 again, with no restart of the app.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { startIsolatedApp, waitFor, type IsolatedApp } from "./setup/isolatedApp";

let instance: IsolatedApp | undefined;
let base: string;

async function status(request: APIRequestContext, url: string): Promise<number> {
  return (await request.get(url, { timeout: 10_000 })).status();
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  instance = await startIsolatedApp("outage");
  base = instance.base;
});

test.afterAll(async () => {
  await instance?.close();
});

test("503 within 1 s while PostgreSQL is stopped, 200 again within 5 s of its return", async ({ request }) => {
  test.setTimeout(120_000);
  // Up: pages, API and readiness answer 200 (an empty database is fine).
  await waitFor(async () => (await status(request, `${base}/`)) === 200, 30_000);
  expect(await status(request, `${base}/api/statements`)).toBe(200);
  expect(await status(request, `${base}/readyz`)).toBe(200);

  await instance!.stopPostgres();
  const stoppedAt = Date.now();
  const page = await request.get(`${base}/statements`);
  const api = await request.get(`${base}/api/statements`);
  expect(Date.now() - stoppedAt).toBeLessThan(1000);
  expect(page.status()).toBe(503);
  expect(page.headers()["retry-after"]).toMatch(/^\d+$/);
  expect(page.headers()["content-type"]).toContain("text/html");
  expect(await page.text()).toContain("Temporarily unavailable");
  expect(api.status()).toBe(503);
  expect(api.headers()["content-type"]).toContain("application/problem+json");
  expect(api.headers()["retry-after"]).toMatch(/^\d+$/);
  expect(await api.json()).toMatchObject({ status: 503, title: "Service Unavailable" });
  expect(await status(request, `${base}/healthz`)).toBe(200);
  const readyz = await request.get(`${base}/readyz`);
  expect(readyz.status()).toBe(503);
  expect(await readyz.json()).toMatchObject({ ready: false, database: "unreachable" });

  await instance!.startPostgres();
  const recoveredIn = await waitFor(
    async () =>
      (await status(request, `${base}/statements`)) === 200 &&
      (await status(request, `${base}/api/statements`)) === 200 &&
      (await status(request, `${base}/readyz`)) === 200,
    5000,
  );
  console.log(`[outage] back to 200 ${recoveredIn} ms after PostgreSQL was running again`);
  expect(instance!.app.exitCode).toBeNull(); // the same process throughout
});
