// Creating the application's database on a server (embedded or given by DATABASE_URL).
import pg from "pg";

/** The same server and credentials, but another database (default "postgres"). */
export function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function databaseName(connectionString: string): string {
  const name = decodeURIComponent(new URL(connectionString).pathname.replace(/^\//, ""));
  if (!name) throw new Error("The PostgreSQL connection string names no database (expected .../<database>).");
  return name;
}

/**
 * Makes sure the database named in `connectionString` exists, creating it through the server's
 * "postgres" database when it does not. Returns true when it was created.
 */
export async function ensureDatabase(connectionString: string): Promise<boolean> {
  const name = databaseName(connectionString);
  const probe = new pg.Client({ connectionString });
  try {
    await probe.connect();
    return false;
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw describeConnectionError(error, connectionString);
  } finally {
    await probe.end().catch(() => undefined);
  }
  const admin = new pg.Client({ connectionString: withDatabase(connectionString, "postgres") });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "42P04") return false; // created meanwhile by someone else
    throw describeConnectionError(error, connectionString);
  } finally {
    await admin.end().catch(() => undefined);
  }
}

/** Drops a database if it exists (tests). */
export async function dropDatabase(connectionString: string): Promise<void> {
  const name = databaseName(connectionString);
  const admin = new pg.Client({ connectionString: withDatabase(connectionString, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await admin.end().catch(() => undefined);
  }
}

/** A one-line error that says which server could not be used, without the password. */
export function describeConnectionError(error: unknown, connectionString: string): Error {
  const url = new URL(connectionString);
  if (url.password) url.password = "***";
  const message = error instanceof Error ? error.message || (error as { code?: string }).code || String(error) : String(error);
  return new Error(`PostgreSQL at ${url.toString()}: ${message}`, { cause: error });
}
