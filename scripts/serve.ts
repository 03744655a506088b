// The web server process `npm start` runs after the build (src/server/http/webServer.ts):
// reads its settings from src/env.ts (DATABASE_URL is set by scripts/start.ts).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { env } from "../src/env";
import { startWebServer } from "../src/server/http/webServer";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const say = (line: string) => console.log(`[http] ${line}`);
/** Whole responses kept at the current data version (decision 0096): a few hundred pages. */
const RESPONSE_CACHE_MB = 48;

if (!env.DATABASE_URL) {
  console.error("[http] error: DATABASE_URL is not set; start the app with `npm start`.");
  process.exit(1);
}

const web = await startWebServer({
  dir: ROOT,
  port: env.PORT,
  databaseUrl: env.DATABASE_URL,
  readDatabaseUrl: env.READ_DATABASE_URL,
  responseCacheMb: RESPONSE_CACHE_MB,
  connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
  httpsSite: Boolean(env.SITE_URL?.startsWith("https:")),
  log: say,
});
say(`listening on port ${env.PORT}`);

let closing = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    const timer = setTimeout(() => process.exit(0), 5000);
    timer.unref();
    void web.close().finally(() => process.exit(0));
  });
}
