// Helpers for integration tests that need their own database or a clean slate.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { applyMigrations } from "../../../src/server/migrate";
import { dropDatabase, ensureDatabase, withDatabase } from "../../../src/server/postgres";

/** URL of the shared, migrated test database. */
export function testDatabaseUrl(): string {
  return inject("databaseUrl");
}

/**
 * A new database on the test server, migrated unless `migrate: false`. Call `drop()` when done.
 */
export async function createScratchDatabase(options: { migrate?: boolean; prefix?: string } = {}) {
  const name = `${options.prefix ?? "scratch"}_${randomBytes(5).toString("hex")}`;
  const url = withDatabase(inject("adminDatabaseUrl"), name);
  await ensureDatabase(url);
  if (options.migrate !== false) await applyMigrations(url);
  return { url, name, drop: () => dropDatabase(url) };
}

/** Empties every application table of a database (keeps the migration history). */
export async function truncateAll(url = testDatabaseUrl()): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables
        WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
    );
    if (rows.length) await client.query(`TRUNCATE ${rows.map((r) => r.name).join(", ")} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
}
