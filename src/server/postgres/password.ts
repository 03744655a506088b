// The embedded server's superuser password: generated on first start (crypto random), kept in
// <DATA_DIR>/postgres/password with owner-only permissions (0600, owned by the user running
// Node, outside the cluster directory, so it stays readable when the server runs as user
// postgres), and required for every connection (scram-sha-256 in pg_hba.conf).
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import pg from "pg";

export const PASSWORD_FILE = "password";
export const SUPERUSER = "postgres";

/** pg_hba.conf of the embedded server: TCP from 127.0.0.1 only, password required. */
export const PASSWORD_HBA = [
  "# Written by the NATO Statement Tracker launcher: TCP from 127.0.0.1 only, password required",
  "# (the password is in the password file beside the cluster directory).",
  "# TYPE  DATABASE  USER  ADDRESS       METHOD",
  "host    all       all   127.0.0.1/32  scram-sha-256",
  "",
].join("\n");

/** URL-safe, so it goes into a connection string as it is. 192 bits. */
function newPassword(): string {
  return randomBytes(24).toString("base64url");
}

/** The password in `dir`, created (mode 0600) when missing; a file others can read is made private. */
export async function readOrCreatePassword(dir: string, log: (line: string) => void): Promise<{ password: string; created: boolean }> {
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, PASSWORD_FILE);
  try {
    const stat = await fs.stat(file);
    if (stat.mode & 0o077) {
      log(`PostgreSQL: ${file} was readable by other users; making it private (0600)`);
      await fs.chmod(file, 0o600);
    }
    const password = (await fs.readFile(file, "utf8")).trim();
    if (password) return { password, created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const password = newPassword();
  await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
  await fs.chmod(file, 0o600); // whatever the umask
  return { password, created: true };
}

/** Does this pg_hba.conf let anyone in without a password (a cluster made before passwords)? */
export function trustsConnections(hba: string): boolean {
  return hba.split("\n").some((line) => /^\s*(?:host|hostssl|hostnossl|local)\s.*\btrust\s*$/.test(line));
}

/**
 * Upgrades a cluster that trusted local connections: sets the superuser's password over the
 * still-trusted connection, then requires it (pg_hba.conf) and reloads the configuration.
 */
export async function requirePassword(options: { pgdata: string; port: number; password: string }): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port: options.port, user: SUPERUSER, database: "postgres" });
  await client.connect();
  try {
    await client.query(`SET password_encryption = 'scram-sha-256'`);
    await client.query(`ALTER ROLE ${client.escapeIdentifier(SUPERUSER)} PASSWORD ${client.escapeLiteral(options.password)}`);
    await fs.writeFile(path.join(options.pgdata, "pg_hba.conf"), PASSWORD_HBA);
    await client.query("SELECT pg_reload_conf()");
  } finally {
    await client.end().catch(() => undefined);
  }
}
