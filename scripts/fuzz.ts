// `npm run fuzz [-- --url http://127.0.0.1:PORT] [--seed N] [--count N] [--concurrency N] [--time-limit SECONDS]`
// Sends a seeded set of hostile requests (scripts/lib/fuzz.ts) to the app on loopback and
// exits 1 on any 5xx or request without an answer, printing each failing request. Without
// --url it starts the app itself (scripts/start.ts with a throwaway DATA_DIR and free ports).
import { spawn, type ChildProcess } from "node:child_process";
import { promises as fs } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getFreePort, relocatedDataDir } from "../src/server/postgres";
import { describeOutcome, discoverKnown, runFuzz } from "./lib/fuzz";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const say = (line: string) => console.log(`[fuzz] ${line}`);

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

function numberOption(name: string, fallback: number): number {
  const raw = option(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number (got ${JSON.stringify(raw)})`);
  return value;
}

/** Only loopback: the fuzzer is for our own app, never someone else's server. */
function loopbackUrl(raw: string): URL {
  const url = new URL(raw);
  if (url.protocol !== "http:" || !["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) {
    throw new Error(`--url must be http://127.0.0.1:PORT (loopback only), got ${raw}`);
  }
  return url;
}

async function startApp(): Promise<{ url: URL; stop: () => Promise<void> }> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "nato-tracker-fuzz-"));
  await fs.chmod(dataDir, 0o755); // as root the embedded server runs as user postgres
  const port = await getFreePort();
  const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
  say(`starting the app (scripts/start.ts) on port ${port}, data in ${dataDir}…`);
  const child: ChildProcess = spawn(process.execPath, [tsxCli, path.join(ROOT, "scripts/start.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), PG_PORT: String(await getFreePort()), DATABASE_URL: "" },
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("[start] ready:")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`the app exited (code ${code}) before it was ready`)));
  });
  return {
    url: new URL(`http://127.0.0.1:${port}`),
    async stop() {
      child.kill("SIGTERM");
      await exited;
      await fs.rm(dataDir, { recursive: true, force: true });
      await fs.rm(relocatedDataDir(path.join(dataDir, "postgres")), { recursive: true, force: true });
    },
  };
}

async function main(): Promise<number> {
  const seed = numberOption("seed", Math.floor(Math.random() * 2 ** 31));
  const count = numberOption("count", 10_000);
  const concurrency = Math.max(1, numberOption("concurrency", 8));
  const timeLimitMs = numberOption("time-limit", 1800) * 1000;
  const givenUrl = option("url");
  const app = givenUrl ? { url: loopbackUrl(givenUrl), stop: async () => undefined } : await startApp();
  try {
    const known = await discoverKnown(app.url.origin);
    say(`seed ${seed} (repeat with --seed ${seed}): ${count} requests to ${app.url.origin}, ${concurrency} at a time`);
    const report = await runFuzz({
      host: app.url.hostname.replace(/^\[|\]$/g, ""),
      port: Number(app.url.port || 80),
      seed,
      count,
      concurrency,
      timeLimitMs,
      known,
      onProgress: (sent) => say(`${sent} sent`),
    });
    const statuses = [...report.byStatus].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`);
    say(`${report.sent} requests in ${(report.ms / 1000).toFixed(1)} s; answers ${statuses.join(", ")}`);
    for (const failure of report.failures) say(`FAIL ${describeOutcome(failure)}`);
    if (report.timedOut) say(`time limit reached: only ${report.sent} of ${count} requests were sent`);
    const failed = report.failures.length > 0 || report.timedOut;
    say(failed ? `failed: ${report.failures.length} request(s) without a deliberate answer (seed ${seed})` : "passed: no 5xx");
    return failed ? 1 : 0;
  } finally {
    await app.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[fuzz] error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
