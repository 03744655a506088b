// For scripts that look at the running app in a browser (bench:js, screenshots): use --url when
// given, otherwise run the real `npm start` path (scripts/start.ts: embedded PostgreSQL, seeds,
// build when stale) on free ports with a throwaway DATA_DIR, and remove it afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import { promises as fs } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getFreePort } from "../../src/server/postgres";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface AppForScript {
  base: string;
  stop(): Promise<void>;
}

async function waitUntilServing(base: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`the app exited (code ${child.exitCode}) before serving`);
    const ok = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app did not answer ${base}/readyz within ${timeoutMs / 1000} s`);
}

export async function appForScript(url: string | undefined, log: (line: string) => void): Promise<AppForScript> {
  if (url) return { base: url.replace(/\/$/, ""), stop: async () => undefined };
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "nato-tracker-script-"));
  await fs.chmod(dataDir, 0o755); // as root the embedded server runs as user postgres and must enter it
  const port = await getFreePort();
  const base = `http://127.0.0.1:${port}`;
  log(`starting the app on ${base} (npm start path: seeds imported, build made if stale)…`);
  const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
  const child = spawn(process.execPath, [tsxCli, path.join(ROOT, "scripts/start.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), PG_PORT: String(await getFreePort()), DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
  });
  await waitUntilServing(base, child, 600_000);
  return {
    base,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      await fs.rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/** A statement permalink and a speaker with statements, found through the JSON API. */
export async function sampleTargets(base: string): Promise<{ statement: string; speaker: string | null }> {
  const body = (await (await fetch(`${base}/api/statements?speaker=mark-rutte`)).json()) as { items: { url: string; speaker: { slug: string } | null }[] };
  const first = body.items[0];
  if (!first) throw new Error("the app has no statements by mark-rutte; were the seeds imported?");
  return { statement: new URL(first.url).pathname, speaker: first.speaker?.slug ?? null };
}
