// End-to-end tests in a real browser against the real `npm start` path with a fresh temporary
// DATA_DIR (tests/e2e/setup/web-server.ts), so every run gets a new embedded PostgreSQL,
// migrations and the seed articles.
// The browser is resolved without downloads (tests/e2e/setup/browser.ts).
import { chmodSync, mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { env } from "./src/env";
import { getFreePort, isPortFree } from "./src/server/postgres/ports";
import { resolveChromium } from "./tests/e2e/setup/browser";

// Playwright evaluates this file in the runner and again in every worker. Values that must be
// the same everywhere (the ports) are chosen once and handed down through the
// environment, which the workers inherit.
async function choosePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) {
    if ((await isPortFree(port, "0.0.0.0")) && (await isPortFree(port, "127.0.0.1"))) return port;
  }
  return getFreePort();
}
process.env.E2E_PORT ??= String(await choosePort(3100, 3199));
process.env.E2E_PG_PORT ??= String(await getFreePort());
// The e2e server's DATA_DIR, chosen here so tests can read its database password (DATA_DIR/postgres/password).
if (!process.env.E2E_DATA_DIR) {
  process.env.E2E_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "nato-tracker-e2e-"));
  chmodSync(process.env.E2E_DATA_DIR, 0o755); // as root the embedded server runs as user postgres and must enter it
}
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const browser = await resolveChromium(env.CHROMIUM_PATH);
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: browser.executablePath, args: browser.args },
      },
    },
  ],
  webServer: {
    command: `"${process.execPath}" "${tsxCli}" tests/e2e/setup/web-server.ts`,
    url: baseURL,
    // A cold start includes `next build` (about 20 s here, more on a slow machine).
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    env: {
      PORT: String(port),
      PG_PORT: process.env.E2E_PG_PORT,
      DATABASE_URL: "", // always the embedded server, even if the caller has DATABASE_URL set
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
