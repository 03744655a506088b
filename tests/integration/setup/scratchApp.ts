// The app's own modules (routes' answers, queries) pointed at a scratch database of their own, so a test can
// say exactly what the database holds. src/env.ts and src/server/db.ts read DATABASE_URL once: fresh copies
// of the modules are loaded after it is set, and everything is put back afterwards.
import { vi } from "vitest";
import { createScratchDatabase } from "./database";

const clientGlobals = globalThis as Record<string, unknown>;

export interface ScratchApp {
  url: string;
  db: import("@/generated/prisma/client").PrismaClient;
  /** Imports a module of the app bound to the scratch database. */
  load<T>(importer: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function startScratchApp(prefix: string, env: Record<string, string> = {}): Promise<ScratchApp> {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, READ_DATABASE_URL: process.env.READ_DATABASE_URL };
  const scratch = await createScratchDatabase({ prefix });
  const savedExtra = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  process.env.DATABASE_URL = scratch.url;
  delete process.env.READ_DATABASE_URL;
  Object.assign(process.env, env);
  delete clientGlobals.__natoTrackerDb;
  delete clientGlobals.__natoTrackerReadDb;
  vi.resetModules();
  const dbModule = await import("@/server/db");
  return {
    url: scratch.url,
    db: dbModule.getDb(),
    load: (importer) => importer(),
    async close() {
      await dbModule.getReadDb().$disconnect();
      await dbModule.getDb().$disconnect();
      delete clientGlobals.__natoTrackerDb;
      delete clientGlobals.__natoTrackerReadDb;
      for (const [key, value] of Object.entries({ ...saved, ...savedExtra })) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      vi.resetModules();
      await scratch.drop();
    },
  };
}

/** Importing the five seed articles takes ~20 s alone and minutes on a machine shared with builds. */
export const SEED_IMPORT_TIMEOUT_MS = 600_000;
