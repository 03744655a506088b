// A second instance of the app for tests that must control its database: its own embedded PostgreSQL
// (which the test may stop and start), migrated, optionally prepared, and the real HTTP server
// (scripts/serve.ts on the production build the e2e web server made).
import { spawn, type ChildProcess } from "node:child_process";
import { promises as fs } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations } from "../../../src/server/migrate";
import { ensureDatabase, getFreePort, relocatedDataDir, startEmbeddedPostgres, type EmbeddedPostgres } from "../../../src/server/postgres";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not reached within ${timeoutMs} ms`);
}

export interface IsolatedApp {
  base: string;
  databaseUrl: string;
  app: ChildProcess;
  stopPostgres(): Promise<void>;
  startPostgres(): Promise<void>;
  close(): Promise<void>;
}

/** Starts PostgreSQL and the app; `prepare` runs on the migrated database before the app starts. */
export async function startIsolatedApp(name: string, prepare?: (databaseUrl: string) => Promise<void>): Promise<IsolatedApp> {
  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), `nato-tracker-${name}-`));
  await fs.chmod(tempDir, 0o755); // as root the embedded server runs as user postgres
  const pgPort = await getFreePort();
  const boot = () => startEmbeddedPostgres({ dataDir: path.join(tempDir, "postgres"), port: pgPort, persistent: true, log: () => undefined });
  let postgres: EmbeddedPostgres | undefined = await boot();
  const databaseUrl = postgres.connectionString(`nato_tracker_${name.replace(/\W/g, "_")}`);
  await ensureDatabase(databaseUrl);
  await applyMigrations(databaseUrl);
  await prepare?.(databaseUrl);

  const port = await getFreePort();
  const base = `http://127.0.0.1:${port}`;
  const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
  const app = spawn(process.execPath, [tsxCli, path.join(root, "scripts/serve.ts")], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  await waitFor(async () => (await fetch(`${base}/healthz`)).ok, 120_000);

  return {
    base,
    databaseUrl,
    app,
    async stopPostgres() {
      await postgres?.stop();
      postgres = undefined;
    },
    async startPostgres() {
      postgres = await boot();
    },
    async close() {
      if (app.exitCode === null) {
        const exited = new Promise((resolve) => app.once("exit", resolve));
        app.kill("SIGTERM");
        await exited;
      }
      await postgres?.stop();
      await fs.rm(tempDir, { recursive: true, force: true });
      await fs.rm(relocatedDataDir(path.join(tempDir, "postgres")), { recursive: true, force: true });
    },
  };
}
