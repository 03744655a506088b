// Running PostgreSQL's programs. PostgreSQL refuses to run as root, so when we are root
// every program runs as the system user "postgres" (created if missing).
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Runner {
  /** True when programs run as the "postgres" user because we are root. */
  asPostgresUser: boolean;
  /** uid/gid that owns the data directory (undefined: ourselves). */
  uid?: number;
  gid?: number;
  run(command: string, args: string[], options?: { timeoutMs?: number }): Promise<RunResult>;
}

const POSTGRES_USER = "postgres";

export const isRoot = (): boolean => process.getuid?.() === 0;

function exec(command: string, args: string[], timeoutMs = 120_000): Promise<RunResult> {
  return new Promise((resolve) => {
    // stdout/stderr are pipes we read to the end; pg_ctl redirects the server's own output to
    // its log file, so no long-lived process keeps them open.
    const child = spawn(command, args, {
      stdio: ["ignore", "pipe", "pipe"],
      // Fixed message language: we show PostgreSQL's errors to people and match a few of them.
      env: { ...process.env, LC_MESSAGES: "C", LANG: "C", LC_ALL: "C" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ code: 127, stdout, stderr: stderr + String(error.message) });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

function execQuiet(command: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(command, args, (error, stdout) => resolve(error ? undefined : stdout.trim()));
  });
}

async function lookupId(flag: "-u" | "-g"): Promise<number | undefined> {
  const out = await execQuiet("id", [flag, POSTGRES_USER]);
  return out && /^\d+$/.test(out) ? Number(out) : undefined;
}

/** Creates the "postgres" system user and group when they do not exist (root only). */
async function ensurePostgresUser(): Promise<{ uid: number; gid: number }> {
  let uid = await lookupId("-u");
  if (uid === undefined) {
    const group = await exec("groupadd", ["--system", POSTGRES_USER]);
    if (group.code !== 0 && group.code !== 9 /* group exists */) {
      throw new Error(`Could not create the group "${POSTGRES_USER}": ${group.stderr.trim()}`);
    }
    const user = await exec("useradd", [
      "--system",
      "--gid",
      POSTGRES_USER,
      "--no-create-home",
      "--home-dir",
      "/nonexistent",
      "--shell",
      "/usr/sbin/nologin",
      POSTGRES_USER,
    ]);
    if (user.code !== 0 && user.code !== 9 /* user exists */) {
      throw new Error(
        `PostgreSQL cannot run as root and the user "${POSTGRES_USER}" could not be created: ${user.stderr.trim()}`,
      );
    }
    uid = await lookupId("-u");
  }
  const gid = await lookupId("-g");
  if (uid === undefined || gid === undefined) throw new Error(`Could not find the user "${POSTGRES_USER}".`);
  return { uid, gid };
}

const RUNUSER = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser", "/bin/runuser"].find((path) =>
  existsSync(path),
);

export async function createRunner(): Promise<Runner> {
  if (!isRoot()) {
    return { asPostgresUser: false, run: (command, args, options) => exec(command, args, options?.timeoutMs) };
  }
  const { uid, gid } = await ensurePostgresUser();
  if (!RUNUSER) throw new Error("Running as root needs `runuser` (util-linux) to start PostgreSQL as user postgres.");
  return {
    asPostgresUser: true,
    uid,
    gid,
    run: (command, args, options) => exec(RUNUSER, ["-u", POSTGRES_USER, "--", command, ...args], options?.timeoutMs),
  };
}
