// Applies prisma/migrations/*/migration.sql, recording them in "_prisma_migrations" exactly as
// `prisma migrate deploy` would, so the Prisma CLI (when it can run) sees the same history.
// Why not the CLI: offline it cannot fetch its schema engine (docs/decisions/0002-offline-migrations.md).
import { createHash, randomUUID } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { describeConnectionError } from "./postgres/database";

export interface MigrationFile {
  /** The directory name, e.g. "0001_init" (what Prisma stores as migration_name). */
  name: string;
  sql: string;
  /** Lowercase hex SHA-256 of the file's bytes, as Prisma computes it. */
  checksum: string;
}

export interface ApplyOptions {
  migrationsDir?: string;
  log?: (line: string) => void;
}

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MigrationError";
  }
}

export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** The key `prisma migrate` itself locks, so our runner and the CLI never run at the same time. */
const ADVISORY_LOCK_KEY = 72707369;

const CREATE_HISTORY_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export async function readMigrations(migrationsDir = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  let entries;
  try {
    entries = await fs.readdir(migrationsDir, { withFileTypes: true });
  } catch (error) {
    throw new MigrationError(`Cannot read the migrations directory ${migrationsDir}: ${(error as Error).message}`);
  }
  const migrations: MigrationFile[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = path.join(migrationsDir, entry.name, "migration.sql");
    const bytes = await fs.readFile(file).catch(() => undefined);
    if (!bytes) continue;
    migrations.push({
      name: entry.name,
      sql: bytes.toString("utf8"),
      checksum: createHash("sha256").update(bytes).digest("hex"),
    });
  }
  return migrations;
}

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Applies every migration not yet recorded, each in its own transaction, in name order.
 * Safe to call from several processes at once (an advisory lock serialises them).
 */
export async function applyMigrations(
  connectionString: string,
  options: ApplyOptions = {},
): Promise<{ applied: string[] }> {
  const log = options.log ?? (() => undefined);
  const migrations = await readMigrations(options.migrationsDir);
  const client = new pg.Client({ connectionString, application_name: "nato-tracker-migrate" });
  try {
    await client.connect();
  } catch (error) {
    throw describeConnectionError(error, connectionString);
  }
  client.on("error", () => undefined); // a dropped connection surfaces as a failed query below
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    await client.query(CREATE_HISTORY_TABLE);
    const { rows } = await client.query<HistoryRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const live = rows.filter((row) => row.rolled_back_at === null);

    const failed = live.find((row) => row.finished_at === null);
    if (failed) {
      throw new MigrationError(
        `Migration ${failed.migration_name} is recorded as failed in this database (it was started and never finished, ` +
          `possibly by the Prisma CLI). Fix the database by hand and mark it rolled back ` +
          `(UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}'), ` +
          `or start from an empty database.`,
      );
    }
    const done = new Map(live.map((row) => [row.migration_name, row]));
    const known = new Set(migrations.map((m) => m.name));
    for (const row of done.values()) {
      if (!known.has(row.migration_name)) {
        log(`warning: the database has migration ${row.migration_name}, which is not in ${options.migrationsDir ?? "prisma/migrations"}`);
      }
    }

    for (const migration of migrations) {
      const row = done.get(migration.name);
      if (row) {
        if (row.checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} was modified after it was applied to this database ` +
              `(recorded checksum ${row.checksum.slice(0, 12)}…, file now ${migration.checksum.slice(0, 12)}…). ` +
              `Never edit an applied migration: restore the file and add a new migration instead.`,
          );
        }
        continue;
      }
      log(`applying migration ${migration.name}`);
      const id = randomUUID();
      try {
        await client.query("BEGIN");
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 0)`,
          [id, migration.checksum, migration.name],
        );
        // The whole file as ONE simple-protocol query: statements containing ';' inside strings
        // or $$ bodies stay intact, and any error rolls the entire migration back.
        await client.query(migration.sql);
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw new MigrationError(
          `Migration ${migration.name} failed and was rolled back (nothing from it was applied): ${describePgError(error, migration.sql)}`,
          { cause: error },
        );
      }
      applied.push(migration.name);
    }
    return { applied };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

/** The error message plus the line of the script it points at, when PostgreSQL says where. */
function describePgError(error: unknown, sql: string): string {
  const { message, position } = error as { message?: string; position?: string };
  if (!position) return message ?? String(error);
  const offset = Number(position) - 1;
  const line = sql.slice(0, offset).split("\n").length;
  return `${message} (migration.sql line ${line}: ${sql.split("\n")[line - 1]?.trim()})`;
}
