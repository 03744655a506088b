// READ_DATABASE_URL (issue #13): every read goes through it, every write through DATABASE_URL. Tested
// against a role that may only SELECT: the app's reads work through it, a write through it fails, and
// a write through the main URL shows on the next read.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseStatementFilter } from "@/schemas/statementFilter";
import { importVariant, loadSeedArticles } from "../../scripts/lib/seed-variants";
import { createScratchDatabase } from "./setup/database";

type DbModule = typeof import("@/server/db");
type QueriesModule = typeof import("@/server/queries");
const clientGlobals = globalThis as Record<string, unknown>;

describe("READ_DATABASE_URL", () => {
  const role = `reader_${randomBytes(4).toString("hex")}`;
  const saved = { DATABASE_URL: process.env.DATABASE_URL, READ_DATABASE_URL: process.env.READ_DATABASE_URL };
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let dbModule: DbModule;
  let queries: QueriesModule;

  beforeAll(async () => {
    scratch = await createScratchDatabase({ prefix: "readonly" });
    const admin = new pg.Client({ connectionString: scratch.url });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD 'reader'`);
      await admin.query(`GRANT CONNECT ON DATABASE ${scratch.name} TO ${role}`);
      await admin.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
      await admin.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${role}`);
    } finally {
      await admin.end();
    }
    const readerUrl = new URL(scratch.url);
    readerUrl.username = role;
    readerUrl.password = "reader";

    // src/env.ts reads the environment once: load fresh copies of the modules with this one.
    process.env.DATABASE_URL = scratch.url;
    process.env.READ_DATABASE_URL = readerUrl.toString();
    delete clientGlobals.__natoTrackerDb;
    delete clientGlobals.__natoTrackerReadDb;
    vi.resetModules();
    dbModule = await import("@/server/db");
    queries = await import("@/server/queries");
    const seeds = await loadSeedArticles();
    for (const [i, seed] of seeds.entries()) await importVariant(dbModule.getDb(), seed, `ro${i}`);
  });

  afterAll(async () => {
    await dbModule?.getReadDb().$disconnect();
    await dbModule?.getDb().$disconnect();
    delete clientGlobals.__natoTrackerDb;
    delete clientGlobals.__natoTrackerReadDb;
    process.env.DATABASE_URL = saved.DATABASE_URL;
    if (saved.READ_DATABASE_URL === undefined) delete process.env.READ_DATABASE_URL;
    else process.env.READ_DATABASE_URL = saved.READ_DATABASE_URL;
    vi.resetModules();
    const admin = new pg.Client({ connectionString: scratch.url });
    await admin.connect();
    await admin.query(`DROP OWNED BY ${role}`).finally(() => undefined);
    await admin.end();
    await scratch?.drop();
    const server = new pg.Client({ connectionString: scratch.url.replace(/\/[^/]*$/, "/postgres") });
    await server.connect();
    await server.query(`DROP ROLE IF EXISTS ${role}`).finally(() => server.end());
  });

  it("reads through the read-only role", async () => {
    const [{ user }] = await dbModule.getReadDb().$queryRaw<{ user: string }[]>`SELECT current_user AS user`;
    expect(user).toBe(role);
    const [{ user: writer }] = await dbModule.getDb().$queryRaw<{ user: string }[]>`SELECT current_user AS user`;
    expect(writer).not.toBe(role);

    const page = await queries.listStatements(parseStatementFilter({}).filter);
    expect(page.total).toBeGreaterThan(0);
    const statement = await queries.getStatement(page.items[0].id);
    expect(statement.reports.length).toBeGreaterThan(0);
    expect((await queries.positionsTimeline()).lanes).toHaveLength(3);
    expect((await queries.listSpeakers()).length).toBeGreaterThan(0);
    expect((await queries.trackerCounts()).articles).toBe(5);
  });

  it("refuses a write through the read URL", async () => {
    await expect(dbModule.getReadDb().$executeRaw`UPDATE "Speaker" SET name = name`).rejects.toThrow(/permission denied/);
  });

  it("writes through DATABASE_URL and shows the write on the next read", async () => {
    const before = await queries.trackerCounts();
    const [seed] = await loadSeedArticles();
    await importVariant(dbModule.getDb(), seed, "ro-late");
    expect((await queries.trackerCounts()).articles).toBe(before.articles + 1);
  });
});
