// /readyz: is the database reachable and is every migration in prisma/migrations applied?
// One small query on the migration history that src/server/migrate.ts writes.
import "server-only";
import { promises as fs } from "node:fs";
import path from "node:path";
import { getDb } from "@/server/db";
import { isDatabaseUnavailable } from "@/server/errors";

export interface Readiness {
  ready: boolean;
  database: "reachable" | "unreachable";
  /** Migrations in prisma/migrations not (or not successfully) applied; empty when unknown. */
  pendingMigrations: string[];
  reason?: string;
}

const CHECK_TIMEOUT_MS = 3000;

class ReadinessTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new ReadinessTimeout(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}

/**
 * Names of the migrations on disk (directories holding a migration.sql), as src/server/migrate.ts
 * records them. Not imported from there: its default directory is resolved from
 * import.meta.url, which the Next bundler would try to bundle as an asset.
 */
async function migrationNames(migrationsDir: string): Promise<string[]> {
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true });
  const names = [];
  for (const entry of entries.filter((e) => e.isDirectory())) {
    if (await fs.access(path.join(migrationsDir, entry.name, "migration.sql")).then(() => true, () => false)) names.push(entry.name);
  }
  return names.sort();
}

export async function checkReadiness(migrationsDir = path.join(process.cwd(), "prisma", "migrations")): Promise<Readiness> {
  const expected = await migrationNames(migrationsDir);
  let applied: { migration_name: string }[];
  try {
    applied = await withTimeout(
      getDb().$queryRawUnsafe<{ migration_name: string }[]>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      ),
      CHECK_TIMEOUT_MS,
    );
  } catch (error) {
    // The reason stays generic: this endpoint is public, the log has the details.
    if (isDatabaseUnavailable(error) || error instanceof ReadinessTimeout) {
      return { ready: false, database: "unreachable", pendingMigrations: [], reason: "the database does not answer" };
    }
    // Reachable, but no migration history (a database never migrated) or another error.
    console.warn(`[readyz] warn: ${error instanceof Error ? error.message.replace(/\s+/g, " ").slice(0, 300) : String(error)}`);
    return { ready: false, database: "reachable", pendingMigrations: expected, reason: "the migration history cannot be read" };
  }
  const done = new Set(applied.map((row) => row.migration_name));
  const pendingMigrations = expected.filter((name) => !done.has(name));
  return {
    ready: pendingMigrations.length === 0,
    database: "reachable",
    pendingMigrations,
    ...(pendingMigrations.length ? { reason: `${pendingMigrations.length} migration(s) not applied` } : {}),
  };
}
