// The web server `npm start` runs: Node's HTTP server in front of Next's request handler
// (Next's programmatic API). It gives every request an id, answers malformed request targets
// itself (400/404, logged once at warn level; Next would answer a bare 500 or throw), and
// answers 503 for pages and the API while the database monitor says PostgreSQL is away.
// It also gives what Next serves its security headers and a fresh CSP nonce (forSecureRender below); Next's proxy
// (src/proxy.ts) runs only where it must rewrite, on statement permalinks.
import { randomBytes } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import pg from "pg";
import { securedRequest } from "@/lib/securityHeaders";
import { withDataVersion, type KnownDataVersion } from "@/server/dataVersionContext";
import { REQUEST_ID_HEADER } from "@/server/errors";
import { sendAnswer, type Answer } from "./answers";
import { startDatabaseMonitor, type DatabaseMonitor } from "./databaseMonitor";
import { lightenPage, rewriteHtmlResponse, servedWithoutRuntime } from "./lightPages";
import { ALLOWED_METHODS, checkRequest } from "./requestGuard";
import { createResponseCache, type ResponseCache } from "./responseCache";

export interface WebServerOptions {
  /** The Next.js project (with a production build in .next). */
  dir: string;
  port: number;
  databaseUrl: string;
  /** Where pages read (READ_DATABASE_URL): the response cache reads the data version there. */
  readDatabaseUrl?: string;
  /** Memory for whole responses kept at the current data version (decision 0096); 0 turns it off. */
  responseCacheMb: number;
  connectTimeoutMs: number;
  /** The public address is https (SITE_URL): HSTS on every answer. */
  httpsSite: boolean;
  log: (line: string) => void;
}

export interface WebServer {
  server: http.Server;
  monitor: DatabaseMonitor;
  responseCache: ResponseCache | null;
  close(): Promise<void>;
}

/** Where the monitor is found by code inside Next's bundles (see src/instrumentation.ts). */
export const MONITOR_GLOBAL = "__natoTrackerDatabaseMonitor";

/** Paths that never touch the database: Next's assets, files, the health endpoints. */
function needsDatabase(path: string): boolean {
  return !(path.startsWith("/_next/") || path === "/healthz" || path === "/readyz" || /\.[a-z0-9]+$/i.test(path));
}

function servedOverHttps(req: IncomingMessage, httpsSite: boolean): boolean {
  const forwarded = String(req.headers["x-forwarded-proto"] ?? "").split(",")[0]?.trim().toLowerCase();
  return httpsSite || forwarded === "https";
}

/**
 * Before Next renders: a fresh nonce, told to Next and the layout in the request's headers (Next puts the nonce of the
 * request's Content-Security-Policy on its own scripts), and the security headers on the response. Overwritten on
 * every request, so a client cannot choose them. Done here rather than in a Next proxy: running the proxy cost a cold
 * page about 2 ms of its ~27 (decision 0560). A permalink's proxy sets its own, the same way.
 */
function forSecureRender(req: IncomingMessage, res: ServerResponse, path: string, https: boolean): void {
  const secured = securedRequest({ path, https });
  Object.assign(req.headers, secured.request);
  for (const [name, value] of Object.entries(secured.response)) res.setHeader(name, value);
}

/** What to log of a request target: bounded, control characters made visible. */
function printable(target: string): string {
  const shown = JSON.stringify(target.length > 200 ? `${target.slice(0, 200)}…` : target);
  return shown.slice(1, -1);
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { log } = options;
  const server = http.createServer();
  const app = next({ dev: false, dir: options.dir, hostname: "localhost", port: options.port, httpServer: server });
  await app.prepare();
  const handle = app.getRequestHandler();
  // After Next has loaded: its start-up blocks the event loop longer than a connect timeout.
  const monitor = startDatabaseMonitor({
    connectionString: options.databaseUrl,
    connectTimeoutMs: options.connectTimeoutMs,
    log: (line) => log(`warn: ${line}`),
  });
  (globalThis as Record<string, unknown>)[MONITOR_GLOBAL] = monitor;
  const versions = new pg.Pool({ connectionString: options.readDatabaseUrl ?? options.databaseUrl, max: 2, connectionTimeoutMillis: options.connectTimeoutMs });
  versions.on("error", () => undefined); // an idle connection lost: the next query opens another
  // The version read to look a request up is the one its render uses when it misses (decision 0260).
  const versionRead = new WeakMap<IncomingMessage, KnownDataVersion>();
  const responseCache = options.responseCacheMb > 0
    ? createResponseCache({
        maxBytes: options.responseCacheMb * 1024 * 1024,
        readVersion: async (req) => {
          const { rows } = await versions.query<KnownDataVersion>(`SELECT version::text AS version, "changedAt" FROM "DataVersion" WHERE id = 1`);
          if (rows[0]) versionRead.set(req, rows[0]);
          return rows[0]?.version ?? null;
        },
      })
    : null;
  // The not-found page as Next renders it for a path no route matches, as latin1 like every page the rewrite
  // gets (see lightPages.ts).
  const lighten = lightenPage(async () =>
    Buffer.from(await (await fetch(`http://127.0.0.1:${options.port}/_/not-found`)).arrayBuffer()).toString("latin1"),
  );

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomBytes(6).toString("hex");
    const target = req.url ?? "";
    const https = servedOverHttps(req, options.httpsSite);
    res.setHeader("X-Request-Id", requestId);
    req.headers[REQUEST_ID_HEADER] = requestId;

    const answer = (reply: Answer, path: string) => sendAnswer(res, reply, { path, requestId, https, method: req.method });

    if (target === "*" && req.method === "OPTIONS") {
      res.writeHead(204, { Allow: "GET, HEAD, OPTIONS" }).end();
      return;
    }
    const verdict = checkRequest({ method: req.method ?? "", target, headers: req.headers });
    if (!verdict.ok) {
      if (verdict.status === 405) res.setHeader("Allow", ALLOWED_METHODS.join(", "));
      log(`warn: ${verdict.status} ${req.method} ${printable(target)}: ${verdict.reason} (request ${requestId})`);
      answer({ status: verdict.status, message: `The address could not be used: ${verdict.reason}.` }, verdict.path);
      return;
    }
    if (!monitor.up && needsDatabase(verdict.path)) {
      answer({ status: 503, message: "The database is temporarily unavailable. Please try again in a few seconds." }, verdict.path);
      return;
    }
    // A cached answer is already light; otherwise the cache records what the rewrite below sends.
    const served = responseCache && needsDatabase(verdict.path) ? responseCache.serve(req, res) : Promise.resolve(false);
    served
      .then((done) => {
        if (done) return;
        if (servedWithoutRuntime(req.method, verdict.path)) {
          // Next must send plain HTML for it to be rewritten; the rewrite compresses it itself unless the
          // response cache took the request (it stores plain bodies, had the header removed, and compresses
          // what it sends: decision 0450).
          const gzip = /\bgzip\b/i.test(String(req.headers["accept-encoding"] ?? ""));
          delete req.headers["accept-encoding"];
          rewriteHtmlResponse(res, lighten, gzip);
        }
        forSecureRender(req, res, verdict.path, https);
        const known = versionRead.get(req);
        return known ? withDataVersion(known, () => handle(req, res)) : handle(req, res);
      })
      .catch((error: unknown) => {
        console.error(`[http] error: ${req.method} ${printable(target)} failed (request ${requestId}):`, error);
        answer({ status: 500, message: "Something went wrong on our side. Please try again." }, verdict.path);
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => resolve());
  });

  return {
    server,
    monitor,
    responseCache,
    async close() {
      await monitor.stop();
      await versions.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await app.close();
    },
  };
}
