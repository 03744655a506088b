// The embedded PostgreSQL requires a password: generated on first start, kept private (0600)
// beside the cluster, refused without it; a cluster from before passwords (trust in
// pg_hba.conf, no password file) is switched over on its next start and keeps its data.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFreePort, relocatedDataDir, startEmbeddedPostgres, type EmbeddedPostgres } from "../../src/server/postgres";

let tempDir: string;
let dataDir: string;
let port: number;

async function start(): Promise<EmbeddedPostgres> {
  return startEmbeddedPostgres({ dataDir, port, persistent: true, log: () => undefined });
}

/** Connects and runs one query; resolves to the error message when refused. */
async function tryQuery(connectionString: string, sql = "SELECT 1 AS one"): Promise<{ rows?: unknown[]; error?: string }> {
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
    return { rows: (await client.query(sql)).rows };
  } catch (error) {
    return { error: (error as Error).message };
  } finally {
    await client.end().catch(() => undefined);
  }
}

function withoutPassword(connectionString: string): string {
  const url = new URL(connectionString);
  url.password = "";
  return url.toString();
}

beforeAll(async () => {
  tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "nato-tracker-pw-"));
  await fs.chmod(tempDir, 0o755); // as root the server runs as user postgres
  dataDir = path.join(tempDir, "postgres");
  port = await getFreePort();
});

afterAll(async () => {
  await fs.rm(tempDir, { recursive: true, force: true });
  await fs.rm(relocatedDataDir(dataDir), { recursive: true, force: true });
});

describe("the embedded PostgreSQL's password", { timeout: 90_000 }, () => {
  it("is generated on first start, private, and required", async () => {
    const server = await start();
    try {
      const url = server.connectionString("postgres");
      const password = new URL(url).password;
      expect(password.length).toBeGreaterThanOrEqual(24);
      const file = path.join(dataDir, "password");
      expect((await fs.readFile(file, "utf8")).trim()).toBe(password);
      expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
      expect(await tryQuery(url)).toEqual({ rows: [{ one: 1 }] });
      expect((await tryQuery(withoutPassword(url))).error).toBeDefined();
      const wrong = new URL(url);
      wrong.password = "not-the-password";
      expect((await tryQuery(wrong.toString())).error).toMatch(/password authentication failed/);
    } finally {
      await server.stop();
    }
  });

  it("is kept across restarts", async () => {
    const first = await start();
    const url = first.connectionString("postgres");
    await first.stop();
    const second = await start();
    try {
      expect(second.connectionString("postgres")).toBe(url);
      expect(await tryQuery(url)).toEqual({ rows: [{ one: 1 }] });
    } finally {
      await second.stop();
    }
  });

  it("is set on a cluster that trusted local connections, keeping its data", async () => {
    const before = await start();
    const pgdata = path.join(before.dataDir, "pgdata");
    await tryQuery(before.connectionString("postgres"), "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
    await before.stop();
    // What a data directory made before passwords looks like: trust, and no password file.
    await fs.writeFile(path.join(pgdata, "pg_hba.conf"), "host    all       all   127.0.0.1/32  trust\n");
    await fs.rm(path.join(dataDir, "password"));

    const after = await start();
    try {
      const url = after.connectionString("postgres");
      expect(await tryQuery(url, "SELECT value FROM kept")).toEqual({ rows: [{ value: "still here" }] });
      expect((await tryQuery(withoutPassword(url))).error).toBeDefined();
      expect(await fs.readFile(path.join(pgdata, "pg_hba.conf"), "utf8")).toMatch(/scram-sha-256/);
      expect((await fs.stat(path.join(dataDir, "password"))).mode & 0o777).toBe(0o600);
    } finally {
      await after.stop();
    }
  });
});
