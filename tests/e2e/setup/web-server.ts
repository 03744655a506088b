// The e2e web server: runs the real `npm start` path (scripts/start.ts, unchanged; PORT and
// PG_PORT come from playwright.config.ts) against a fresh temporary DATA_DIR, so the browser
// tests exercise the embedded PostgreSQL, the migrations, the seed import and the production
// build. Removes the directory afterwards (Playwright runs its global teardown before it stops
// the web server, so a teardown cannot do this).
import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { relocatedDataDir } from "../../../src/server/postgres/embedded";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
// playwright.config.ts chooses it (so tests can read the database password there); standalone, a new one.
const dataDir = process.env.E2E_DATA_DIR ?? (await fs.mkdtemp(path.join(os.tmpdir(), "nato-tracker-e2e-")));
// mkdtemp makes it mode 700; as root the embedded server runs as user postgres and must enter it.
await fs.chmod(dataDir, 0o755);

const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
const child = spawn(process.execPath, [tsxCli, path.join(root, "scripts/start.ts")], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, DATA_DIR: dataDir },
});

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

child.on("exit", async (code, signal) => {
  await fs.rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
  // As root, when user postgres could not reach DATA_DIR, the launcher kept the data here instead.
  await fs.rm(relocatedDataDir(path.join(dataDir, "postgres")), { recursive: true, force: true }).catch(() => undefined);
  process.exit(code ?? (signal ? 128 + (signal === "SIGINT" ? 2 : 15) : 1));
});
