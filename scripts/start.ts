// `npm start`: database, migrations, seed articles, production build when stale, then the web
// server. Without DATABASE_URL it runs an embedded PostgreSQL whose data stays in DATA_DIR
// (.data/ by default) between runs; Ctrl-C or SIGTERM stops the web server and then PostgreSQL.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildNeeded } from "./lib/build-state";
import { SERVER_NODE_FLAGS } from "./lib/server-flags";

type EmbeddedPostgres = import("../src/server/postgres").EmbeddedPostgres;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DATABASE_NAME = "nato_tracker";
const requireFromHere = createRequire(import.meta.url);

const t0 = Date.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const say = (line: string) => console.log(`[start] ${line}`);
const sayError = (line: string) => console.error(`[start] error: ${line}`);

let postgres: EmbeddedPostgres | undefined;
let postgresStarting: Promise<EmbeddedPostgres> | undefined;
let child: ChildProcess | undefined;
let stopSignal: NodeJS.Signals | undefined;
let stopSignalAt = 0;
let finishing = false;

class Interrupted extends Error {}

function checkInterrupted() {
  if (stopSignal) throw new Interrupted();
}

/** Stops PostgreSQL (if we started it) and exits. Runs once. */
async function finish(code: number): Promise<never> {
  if (!finishing) {
    finishing = true;
    try {
      const server = postgres ?? (await postgresStarting?.catch(() => undefined));
      if (server) {
        say("stopping PostgreSQL…");
        await server.stop();
        say("PostgreSQL stopped");
      }
    } catch (error) {
      sayError(`could not stop PostgreSQL cleanly: ${oneLine(error)}`);
      code = code || 1;
    }
    process.exit(code);
  }
  return new Promise<never>(() => undefined);
}

function onSignal(signal: NodeJS.Signals) {
  if (stopSignal) {
    // tsx relays the terminal's signal, so one Ctrl-C often arrives twice: only repeat presses count.
    if (Date.now() - stopSignalAt > 1000) say(`${signal} again: still shutting down, please wait`);
    return;
  }
  stopSignal = signal;
  stopSignalAt = Date.now();
  say(`${signal} received, shutting down`);
  // The child gets the signal too when it came from the terminal; forwarding is harmless then
  // and needed when only we were signalled (a service manager, Playwright).
  if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
  else if (!postgresStarting || postgres) void finish(signal === "SIGINT" ? 130 : 143);
  // otherwise: PostgreSQL is starting; main() notices stopSignal after that step and finishes.
}
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);
process.on("SIGHUP", onSignal);

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message || error.name : String(error);
  return message.replace(/\s*\n\s*/g, " ").trim();
}

/** A path relative to the project when it is inside it, absolute otherwise. */
function displayPath(file: string): string {
  const relative = path.relative(ROOT, file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

function runNode(script: string, args: string[], env: NodeJS.ProcessEnv, nodeOptions: string[] = []): ChildProcess {
  child = spawn(process.execPath, [...nodeOptions, script, ...args], { cwd: ROOT, env, stdio: "inherit" });
  return child;
}

function waitForExit(proc: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    proc.on("error", (error) => {
      sayError(oneLine(error));
      resolve(1);
    });
    proc.on("exit", (code, signal) => {
      resolve(code ?? (signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 1));
    });
  });
}

/** Can we listen on this port the way `next start` will (all interfaces)? */
function httpPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port }, () => server.close(() => resolve(true)));
  });
}

async function waitUntilServing(port: number, proc: ChildProcess): Promise<boolean> {
  while (proc.exitCode === null && proc.signalCode === null) {
    try {
      await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(5000) });
      // One unhurried first render of the home page: cutting it short and asking again on a loaded machine
      // only started more renders of the same page.
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(120_000), redirect: "manual" }).catch(() => undefined);
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return false;
}

async function main(): Promise<number> {
  process.chdir(ROOT);
  const { env } = await import("../src/env");
  const { ensureDatabase, startEmbeddedPostgres } = await import("../src/server/postgres");
  const { applyMigrations } = await import("../src/server/migrate");
  const { createPrismaClient } = await import("../src/server/db");

  say(`NATO Statement Tracker: starting (${env.DATABASE_URL ? "DATABASE_URL is set" : "embedded PostgreSQL"})`);
  if (!(await httpPortFree(env.PORT))) {
    throw new Error(`PORT=${env.PORT} is already in use. Stop the program using it, or set PORT to a free port (PORT=<port> npm start).`);
  }

  // 1. Database server
  let databaseUrl: string;
  if (env.DATABASE_URL) {
    databaseUrl = env.DATABASE_URL;
    say(`PostgreSQL: using DATABASE_URL (${new URL(databaseUrl).host}${new URL(databaseUrl).pathname})`);
  } else {
    const dataDir = path.resolve(ROOT, env.DATA_DIR, "postgres");
    say(`PostgreSQL: starting the embedded server on 127.0.0.1:${env.PG_PORT}, data in ${displayPath(dataDir)}`);
    postgresStarting = startEmbeddedPostgres({ dataDir, port: env.PG_PORT, persistent: true, log: say });
    postgres = await postgresStarting;
    const { initdbMs, startMs } = postgres.timings;
    say(
      `PostgreSQL ${postgres.version} ready (${postgres.created ? `new cluster, initdb ${seconds(initdbMs)}, ` : ""}start ${seconds(startMs)})`,
    );
    databaseUrl = postgres.connectionString(DATABASE_NAME);
    // So that `npm run import` can reach the same database while the app runs.
    say(`DATABASE_URL=${databaseUrl}`);
  }
  checkInterrupted();

  // 2. Database and schema
  if (await ensureDatabase(databaseUrl)) say(`database "${new URL(databaseUrl).pathname.slice(1)}" created`);
  if (!env.DATABASE_URL) say(`database address, for npm run import / npm run editor while the app runs: DATABASE_URL=${databaseUrl}`);
  let t = Date.now();
  const { applied } = await applyMigrations(databaseUrl, { log: say });
  say(applied.length ? `migrations applied: ${applied.join(", ")} (${seconds(Date.now() - t)})` : "migrations: up to date");
  checkInterrupted();

  // 3. Seed articles (src/server/ingest, owned by the lead)
  t = Date.now();
  const { importSeedsIfMissing, formatSummary } = await import("../src/server/ingest");
  const db = createPrismaClient(databaseUrl);
  try {
    const summary = await importSeedsIfMissing(db, path.join(ROOT, "seeds"), (result, index, total) => {
      const detail = result.status === "failed" ? `failed: ${result.error ?? "unknown error"}` : result.status;
      say(`seeds: [${index + 1}/${total}] ${path.basename(result.file)}: ${detail}`);
    }, databaseUrl);
    say(`seeds: ${formatSummary(summary)} (${seconds(Date.now() - t)})`);
    if (summary.failed) say(`seeds: warning: ${summary.failed} seed article(s) could not be imported (see above)`);
    await reextractOutdated(db);
  } finally {
    await db.$disconnect();
  }
  checkInterrupted();

  // 4. Production build, when missing or older than the sources
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  };
  const nextBin = requireFromHere.resolve("next/dist/bin/next");
  const reason = await buildNeeded(ROOT);
  if (reason) {
    say(`building the app (${reason})…`);
    t = Date.now();
    const code = await waitForExit(runNode(nextBin, ["build"], childEnv));
    child = undefined;
    checkInterrupted();
    if (code !== 0) throw new Error(`next build failed (exit ${code}); see its output above.`);
    say(`build finished (${seconds(Date.now() - t)})`);
  } else {
    say("build: up to date");
  }
  checkInterrupted();

  // 5. Web server: Next behind our HTTP layer (src/server/http), which answers malformed
  // requests and database outages itself (docs/decisions/0030-request-guard.md).
  say(`starting the web server on port ${env.PORT}…`);
  // tsx as a loader in the server's own process (not the tsx CLI, which runs a second process that a
  // SIGTERM to this one would not reach): stopping `npm start` stops the server.
  const server = runNode(path.join(ROOT, "scripts/serve.ts"), [], childEnv, SERVER_NODE_FLAGS);
  const exited = waitForExit(server);
  if (await waitUntilServing(env.PORT, server)) {
    say(`ready: http://localhost:${env.PORT}  (${seconds(Date.now() - t0)} after npm start; Ctrl-C to stop)`);
  }
  const code = await exited;
  child = undefined;
  if (!stopSignal) say(`the web server exited (code ${code})`);
  return code;
}

/** Articles stored by an older extractor get the current one's statements; every permalink keeps working. */
async function reextractOutdated(db: import("../src/generated/prisma/client").PrismaClient): Promise<void> {
  const { reextractAll, formatReextractProgress, formatReextractSummary } = await import("../src/server/ingest/reextract");
  const started = Date.now();
  const results = await reextractAll(db, { onProgress: (r, i, n) => say(`re-extraction: ${formatReextractProgress(r, i, n)}`) });
  if (results.length) say(`re-extraction: ${formatReextractSummary(results)} (${seconds(Date.now() - started)})`);
}

main()
  .then((code) => finish(code))
  .catch((error) => {
    if (error instanceof Interrupted || (stopSignal && !(error instanceof Error && error.name === "EnvError"))) {
      return finish(stopSignal === "SIGINT" ? 130 : 143);
    }
    sayError(oneLine(error));
    return finish(1);
  });
process.on("unhandledRejection", (error) => {
  sayError(oneLine(error));
  void finish(1);
});
