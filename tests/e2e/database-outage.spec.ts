// Graceful without the database: a second instance of the app (scripts/serve.ts on the
// production build the e2e web server made) runs against its own embedded PostgreSQL, which
// this test stops and starts again. Pages answer 503 "temporarily unavailable" with
// Retry-After and the API 503 problem+json within 1 s; /healthz stays 200, /readyz turns 503;
// within 5 s of the database's return everything answers 200 again, with no restart of the app.
import { spawn, type ChildProcess } from "node:child_process";
import { promises as fs } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { applyMigrations } from "../../src/server/migrate";
import {
  ensureDatabase,
  getFreePort,
  relocatedDataDir,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from "../../src/server/postgres";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let tempDir: string;
let pgPort: number;
let postgres: EmbeddedPostgres | undefined;
let app: ChildProcess | undefined;
let base: string;

const startPostgres = () =>
  startEmbeddedPostgres({ dataDir: path.join(tempDir, "postgres"), port: pgPort, persistent: true, log: () => undefined });

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not reached within ${timeoutMs} ms`);
}

async function status(request: APIRequestContext, url: string): Promise<number> {
  return (await request.get(url, { timeout: 10_000 })).status();
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "nato-tracker-outage-"));
  await fs.chmod(tempDir, 0o755); // as root the embedded server runs as user postgres
  pgPort = await getFreePort();
  postgres = await startPostgres();
  const databaseUrl = postgres.connectionString("nato_tracker_outage");
  await ensureDatabase(databaseUrl);
  await applyMigrations(databaseUrl);

  const port = await getFreePort();
  base = `http://127.0.0.1:${port}`;
  const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
  app = spawn(process.execPath, [tsxCli, path.join(root, "scripts/serve.ts")], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  await waitFor(async () => (await fetch(`${base}/healthz`)).ok, 120_000);
});

test.afterAll(async () => {
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app!.once("exit", resolve));
    app.kill("SIGTERM");
    await exited;
  }
  await postgres?.stop();
  await fs.rm(tempDir, { recursive: true, force: true });
  await fs.rm(relocatedDataDir(path.join(tempDir, "postgres")), { recursive: true, force: true });
});

test("503 within 1 s while PostgreSQL is stopped, 200 again within 5 s of its return", async ({ request }) => {
  test.setTimeout(120_000);
  // Up: pages, API and readiness answer 200 (an empty database is fine).
  await waitFor(async () => (await status(request, `${base}/`)) === 200, 30_000);
  expect(await status(request, `${base}/api/statements`)).toBe(200);
  expect(await status(request, `${base}/readyz`)).toBe(200);

  await postgres!.stop();
  postgres = undefined;
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

  postgres = await startPostgres();
  const recoveredIn = await waitFor(
    async () =>
      (await status(request, `${base}/statements`)) === 200 &&
      (await status(request, `${base}/api/statements`)) === 200 &&
      (await status(request, `${base}/readyz`)) === 200,
    5000,
  );
  console.log(`[outage] back to 200 ${recoveredIn} ms after PostgreSQL was running again`);
  expect(app!.exitCode).toBeNull(); // the same process throughout
});
