// An embedded PostgreSQL server for `npm start` and the tests: initdb on first use, pg_ctl to
// start and stop, listening on 127.0.0.1 only, password required (scram-sha-256), no Unix socket.
// Layout of the data directory:  <dataDir>/pgdata (the cluster), <dataDir>/postgres.log,
// <dataDir>/launcher.pid (the process currently using it), and <requested dir>/password
// (./password.ts; the requested directory even when the data had to move to /var/tmp).
import { createHash } from "node:crypto";
import { promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import { resolveBinaries, type PgBinaries } from "./binaries";
import { PASSWORD_HBA, SUPERUSER, readOrCreatePassword, requirePassword, trustsConnections } from "./password";
import { isPortFree } from "./ports";
import { createRunner, type Runner } from "./run";

export interface EmbeddedPostgresOptions {
  /** Directory owned by the launcher (created if missing). */
  dataDir: string;
  /** TCP port on 127.0.0.1. */
  port: number;
  /** false: throwaway server (no fsync) whose directory is deleted by stop(). */
  persistent: boolean;
  /** Receives one-line progress and warning messages. Default: console.log. */
  log?: (line: string) => void;
  /** Name of the setting that chose the port, used in error messages. Default "PG_PORT". */
  portSetting?: string;
}

export interface EmbeddedPostgres {
  port: number;
  /** Where the data really is (differs from the requested directory when it had to move). */
  dataDir: string;
  /** PostgreSQL server version, e.g. "18.4". */
  version: string;
  /** True when this call ran initdb (a new, empty cluster). */
  created: boolean;
  timings: { initdbMs: number; startMs: number };
  connectionString(database?: string): string;
  /** Stops the server (fast shutdown); safe to call more than once. */
  stop(): Promise<void>;
}

export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    setting: string,
  ) {
    super(
      `${setting}=${port} is already in use on 127.0.0.1 (another PostgreSQL or program is listening there). ` +
        `Stop that program, or set ${setting} to a free port.`,
    );
    this.name = "PortInUseError";
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? ((line: string) => console.log(line));
  const portSetting = options.portSetting ?? "PG_PORT";
  const runner = await createRunner();
  const binaries = await resolveBinaries(runner, log);
  const dataDir = await prepareDataDir(path.resolve(options.dataDir), runner, log);
  const pgdata = path.join(dataDir, "pgdata");
  const { password } = await readOrCreatePassword(path.resolve(options.dataDir), log);
  const logFile = path.join(dataDir, "postgres.log");

  await claimDataDir(dataDir);
  let started = false;
  try {
    const t0 = Date.now();
    const created = !(await exists(path.join(pgdata, "PG_VERSION")));
    if (created) await initCluster(dataDir, pgdata, binaries, runner, options.persistent, password);
    const initdbMs = Date.now() - t0;

    await clearLeftovers(pgdata, binaries, runner, log);
    if (!(await isPortFree(options.port))) throw new PortInUseError(options.port, portSetting);

    const t1 = Date.now();
    const logOffset = await fileSize(logFile);
    const result = await runner.run(
      binaries.pgCtl,
      ["start", "-D", pgdata, "-l", logFile, "-w", "-t", "60", "-s", "-o", [`-p ${options.port}`, ...SERVER_SETTINGS.map((s) => `-c ${s}`)].join(" ")],
      { timeoutMs: 90_000 },
    );
    if (result.code !== 0) {
      const serverLog = await readFrom(logFile, logOffset);
      if (/could not bind|Address already in use/i.test(serverLog)) throw new PortInUseError(options.port, portSetting);
      throw new Error(
        `PostgreSQL did not start (pg_ctl exit ${result.code}). ${lastLines(serverLog || result.stderr || result.stdout, 8)} ` +
          `(full log: ${logFile})`,
      );
    }
    if (trustsConnections(await fs.readFile(path.join(pgdata, "pg_hba.conf"), "utf8"))) {
      log("PostgreSQL: this cluster accepted local connections without a password; setting one and requiring it from now on");
      await requirePassword({ pgdata, port: options.port, password }).catch(async (error: unknown) => {
        await runner.run(binaries.pgCtl, ["stop", "-D", pgdata, "-m", "fast", "-w", "-t", "60", "-s"]);
        throw error;
      });
    }
    started = true;
    const startMs = Date.now() - t1;
    const version = (await fs.readFile(path.join(pgdata, "PG_VERSION"), "utf8")).trim();

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        const fast = await runner.run(binaries.pgCtl, ["stop", "-D", pgdata, "-m", "fast", "-w", "-t", "60", "-s"]);
        if (fast.code !== 0 && (await exists(path.join(pgdata, "postmaster.pid")))) {
          await runner.run(binaries.pgCtl, ["stop", "-D", pgdata, "-m", "immediate", "-w", "-t", "30", "-s"]);
        }
        await releaseDataDir(dataDir);
        if (!options.persistent) await fs.rm(dataDir, { recursive: true, force: true });
      })());

    return {
      port: options.port,
      dataDir,
      version,
      created,
      timings: { initdbMs, startMs },
      connectionString: (database = "postgres") =>
        `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`,
      stop,
    };
  } finally {
    if (!started) {
      await releaseDataDir(dataDir);
      if (!options.persistent) await fs.rm(dataDir, { recursive: true, force: true });
    }
  }
}

// ---------------------------------------------------------------------------------------------

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

async function fileSize(file: string): Promise<number> {
  try {
    return (await fs.stat(file)).size;
  } catch {
    return 0;
  }
}

async function readFrom(file: string, offset: number): Promise<string> {
  try {
    return (await fs.readFile(file)).subarray(offset).toString("utf8");
  } catch {
    return "";
  }
}

function lastLines(text: string, count: number): string {
  return text.trim().split("\n").slice(-count).join(" | ");
}

/**
 * Given at every start, so clusters made by older versions get them too (decision 0098):
 * - jit off: the tracker's queries are short; at a million statements JIT compiled the larger plans
 *   (counts, samples) for longer than they ran;
 * - 512 MB of shared buffers instead of 128 MB: the statements, reports and indexes a page reads at a
 *   million statements no longer evict one another. Memory is taken only as pages are used.
 */
export const SERVER_SETTINGS = ["jit=off", "shared_buffers=512MB"];

/** mkdir -p, making every directory it creates world-traversable (the root umask may be 077). */
async function makeDirs(dir: string, mode = 0o755): Promise<void> {
  if (await exists(dir)) return;
  await makeDirs(path.dirname(dir), mode);
  await fs.mkdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
  await fs.chmod(dir, mode);
}

/** Where the data of `requested` lives when user postgres cannot reach it (root only). */
export function relocatedDataDir(requested: string): string {
  const hash = createHash("sha256").update(path.resolve(requested)).digest("hex").slice(0, 12);
  return path.join("/var/tmp", `nato-tracker-data-${hash}`);
}

/**
 * Creates the data directory so the server's user owns it. As root, if user postgres cannot
 * reach the requested place (the project is under a mode-700 directory), the data lives in
 * /var/tmp/nato-tracker-data-<hash of the requested path> instead, the same place every run.
 */
async function prepareDataDir(requested: string, runner: Runner, log: (line: string) => void): Promise<string> {
  if (!runner.asPostgresUser) {
    await fs.mkdir(requested, { recursive: true });
    const pgdata = path.join(requested, "pgdata");
    const stat = await fs.stat(pgdata).catch(() => undefined);
    if (stat && stat.uid !== process.getuid?.()) {
      throw new Error(
        `The PostgreSQL data in ${pgdata} belongs to another user (uid ${stat.uid}), probably from a run as root. ` +
          `Run as that user again, or delete ${requested} to start with an empty database.`,
      );
    }
    return requested;
  }

  await makeDirs(path.dirname(requested));
  let dataDir = requested;
  const reachable = await runner.run("test", ["-x", path.dirname(requested)]);
  if (reachable.code !== 0) {
    dataDir = relocatedDataDir(requested);
    log(
      `PostgreSQL data: user postgres cannot reach ${requested} (a parent directory is private), ` +
        `so it is kept in ${dataDir}`,
    );
    const stat = await fs.lstat(dataDir).catch(() => undefined);
    if (stat && (!stat.isDirectory() || (stat.uid !== runner.uid && stat.uid !== 0))) {
      throw new Error(`${dataDir} exists but is not a directory owned by postgres or root; remove it and try again.`);
    }
  }
  await fs.mkdir(dataDir, { recursive: true });
  const stat = await fs.stat(dataDir);
  if (stat.uid !== runner.uid || stat.gid !== runner.gid) await chownRecursive(dataDir, runner.uid!, runner.gid!);
  await fs.chmod(dataDir, 0o700);
  return dataDir;
}

async function chownRecursive(dir: string, uid: number, gid: number): Promise<void> {
  await fs.lchown(dir, uid, gid);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownRecursive(full, uid, gid);
    else await fs.lchown(full, uid, gid);
  }
}

/** Refuses to share a data directory with another live launcher (a second `npm start`). */
async function claimDataDir(dataDir: string): Promise<void> {
  const file = path.join(dataDir, "launcher.pid");
  const previous = Number((await fs.readFile(file, "utf8").catch(() => "")).trim());
  if (previous && previous !== process.pid && processAlive(previous)) {
    throw new Error(
      `Another process (pid ${previous}) is already running PostgreSQL from ${dataDir}. ` +
        `Stop it first (for example the other \`npm start\`), or use a different DATA_DIR.`,
    );
  }
  await fs.writeFile(file, `${process.pid}\n`);
}

async function releaseDataDir(dataDir: string): Promise<void> {
  const file = path.join(dataDir, "launcher.pid");
  const owner = Number((await fs.readFile(file, "utf8").catch(() => "")).trim());
  if (owner === process.pid) await fs.rm(file, { force: true });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Is `pid` a running postgres server? (A reused pid of an unrelated process is not.) */
function isPostgresProcess(pid: number): boolean {
  if (!processAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return true; // no /proc (macOS): trust the pid
  }
}

/** Handles what a crashed or killed earlier run may have left: a live server or a stale pid file. */
async function clearLeftovers(pgdata: string, binaries: PgBinaries, runner: Runner, log: (line: string) => void) {
  const pidFile = path.join(pgdata, "postmaster.pid");
  const content = await fs.readFile(pidFile, "utf8").catch(() => undefined);
  if (content === undefined) return;
  const pid = Number(content.split("\n")[0]);
  if (pid > 0 && isPostgresProcess(pid)) {
    log(`PostgreSQL: a server from an earlier run is still running (pid ${pid}); stopping it before starting again`);
    const fast = await runner.run(binaries.pgCtl, ["stop", "-D", pgdata, "-m", "fast", "-w", "-t", "60", "-s"]);
    if (fast.code !== 0) {
      await runner.run(binaries.pgCtl, ["stop", "-D", pgdata, "-m", "immediate", "-w", "-t", "30", "-s"]);
    }
    if (isPostgresProcess(pid)) {
      throw new Error(`A PostgreSQL server (pid ${pid}) is still running from ${pgdata} and did not stop.`);
    }
  } else {
    log("PostgreSQL: removing a stale postmaster.pid left by a run that did not shut down cleanly");
    await fs.rm(pidFile, { force: true });
  }
}

/** initdb into a staging directory, configure, then rename: an interrupted init leaves no half cluster. */
async function initCluster(
  dataDir: string,
  pgdata: string,
  binaries: PgBinaries,
  runner: Runner,
  persistent: boolean,
  password: string,
) {
  const staging = path.join(dataDir, "pgdata.init");
  // initdb reads the password from a file its user (postgres, when we are root) can read; it
  // lives only as long as initdb runs, in the private data directory.
  const pwfile = path.join(dataDir, "initdb.pw");
  await fs.writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  if (runner.uid !== undefined) await fs.chown(pwfile, runner.uid, runner.gid!);
  await fs.rm(staging, { recursive: true, force: true });
  if (await exists(pgdata)) {
    // A cluster directory without PG_VERSION is a leftover of an interrupted older init.
    await fs.rm(pgdata, { recursive: true, force: true });
  }
  const result = await runner.run(binaries.initdb, [
    "-D",
    staging,
    "-U",
    SUPERUSER,
    "--auth=scram-sha-256",
    `--pwfile=${pwfile}`,
    "--encoding=UTF8",
    "--locale=C",
    "--locale-provider=builtin",
    "--builtin-locale=C.UTF-8",
    "--no-instructions",
    ...(persistent ? [] : ["--no-sync"]),
  ]).finally(() => fs.rm(pwfile, { force: true }));
  if (result.code !== 0) {
    throw new Error(`initdb failed (exit ${result.code}): ${lastLines(result.stderr || result.stdout, 8)}`);
  }
  const settings = [
    "",
    "# Added by the NATO Statement Tracker launcher (src/server/postgres).",
    "listen_addresses = '127.0.0.1'",
    "unix_socket_directories = ''",
    "max_connections = 100",
    ...(persistent ? [] : ["fsync = off", "synchronous_commit = off", "full_page_writes = off"]),
    "",
  ].join("\n");
  await fs.appendFile(path.join(staging, "postgresql.conf"), settings);
  await fs.writeFile(path.join(staging, "pg_hba.conf"), PASSWORD_HBA);
  await fs.rename(staging, pgdata);
}
