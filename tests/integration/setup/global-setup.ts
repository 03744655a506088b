// Starts a throwaway embedded PostgreSQL for the integration tests: temporary data directory,
// free port, one fresh database with every migration applied. Tests get its URL through
// `inject("databaseUrl")` (and process.env.DATABASE_URL, set by ./env.ts). Stopped at the end.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../../src/server/migrate";
import { ensureDatabase, getFreePort, startEmbeddedPostgres } from "../../../src/server/postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated database the integration tests share. */
    databaseUrl: string;
    /** The same server's "postgres" database, for creating extra databases. */
    adminDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "nato-tracker-it-"));
  // mkdtemp makes a mode-700 directory; as root the server runs as user postgres, who must enter it.
  await fs.chmod(tempDir, 0o755);
  const port = await getFreePort();
  const server = await startEmbeddedPostgres({
    dataDir: path.join(tempDir, "postgres"),
    port,
    persistent: false,
    log: (line) => console.log(`[integration db] ${line}`),
  });
  try {
    const databaseUrl = server.connectionString(`nato_tracker_test_${Date.now().toString(36)}`);
    await ensureDatabase(databaseUrl);
    await applyMigrations(databaseUrl);
    project.provide("databaseUrl", databaseUrl);
    project.provide("adminDatabaseUrl", server.connectionString("postgres"));
    console.log(
      `[integration db] PostgreSQL ${server.version} on 127.0.0.1:${port}, database migrated (${Date.now() - started} ms)`,
    );
  } catch (error) {
    await server.stop();
    await fs.rm(tempDir, { recursive: true, force: true });
    throw error;
  }

  return async () => {
    await server.stop();
    await fs.rm(tempDir, { recursive: true, force: true });
  };
}
