// Whole responses (HTML pages and JSON) kept in memory and keyed on the data version (decision 0096):
// a repeat request at the same version is answered without rendering; any write bumps the version
// (decision 0047), so the first request after an import, a re-extraction or a correction renders
// anew — never stale. Each page carries a per-request CSP nonce: it is cut out of the stored body and
// a fresh one is put in on every answer. Only anonymous, unconditional GETs of full documents are
// kept: an editor's session, a client-side navigation (RSC) or a revalidation goes to Next.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { LRUCache } from "lru-cache";
import { createNonce } from "@/lib/securityHeaders";

export interface ResponseCacheOptions {
  /** The data version of the database the pages read (a primary-key lookup) for this request; null when unknown. */
  readVersion: (req: IncomingMessage) => Promise<string | null>;
  /** Memory the stored bodies may take. */
  maxBytes: number;
  /** How long a request waits for the same page's render in progress before rendering itself. */
  waitMs?: number;
}

/** A render slower than this (a loaded machine, a stuck client) no longer holds back the others. */
const RENDER_WAIT_MS = 5_000;

interface Stored {
  status: number;
  headers: Record<string, string | string[]>;
  /** The body, cut where the nonce was; joined with a fresh nonce on each answer. */
  segments: Buffer[];
  /** The CSP header, cut the same way (null when the response has none). */
  csp: string[] | null;
  bytes: number;
}

/** One response larger than this is not kept (list pages are ~250 kB; /positions at a million statements ~5.5 MB). */
const MAX_ENTRY_BYTES = 8 * 1024 * 1024;
/** Headers that belong to one answer, not to the content. */
const PER_ANSWER = new Set(["date", "x-request-id", "content-length", "connection", "keep-alive", "transfer-encoding", "content-security-policy"]);
const NOT_KEPT_PATHS = /^\/(?:editor|_next|healthz|readyz)(?:[/?]|$)/;
const CLIENT_NAVIGATION = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];

export function isCacheable(req: IncomingMessage): boolean {
  if (req.method !== "GET") return false;
  const target = req.url ?? "";
  if (NOT_KEPT_PATHS.test(target)) return false;
  const h = req.headers;
  if (h["if-none-match"] || h["if-modified-since"] || h.authorization) return false;
  if (CLIENT_NAVIGATION.some((name) => h[name] !== undefined)) return false;
  return !String(h.cookie ?? "").includes("editor_session=");
}

export function createResponseCache(options: ResponseCacheOptions) {
  const entries = new LRUCache<string, Stored>({ maxSize: options.maxBytes, sizeCalculation: (e) => Math.max(1, e.bytes) });
  /** The version of the kept answers: older ones can never be served again and are let go at once. */
  let keptVersion: string | null = null;
  let hits = 0;
  let misses = 0;
  /** Keys being rendered now, settled when that response has been sent (or abandoned). */
  const inFlight = new Map<string, Promise<void>>();

  const keyOf = (req: IncomingMessage, version: string) => `${version}\n${req.url}\n${String(req.headers["x-forwarded-proto"] ?? "")}`;

  /** Answers from memory when it can (true); otherwise records what Next answers, for the next time. */
  async function serve(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (!isCacheable(req)) return false;
    const version = await options.readVersion(req).catch(() => null);
    if (version === null) return false;
    if (version !== keptVersion) {
      entries.clear();
      keptVersion = version;
    }
    const key = keyOf(req, version);
    // Stored plain (the nonce must be found in it); compressed on the way out for clients that ask.
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    delete req.headers["accept-encoding"];
    // The same page asked for while it renders (a story's readers after an import) waits for that render
    // instead of starting its own: one render per page and version, whatever the crowd.
    const rendering = inFlight.get(key);
    if (rendering) {
      await settledOrAfter(rendering, options.waitMs ?? RENDER_WAIT_MS);
      // Its reader left while it waited: nothing to send, and no render to start for nobody.
      if (res.destroyed || req.destroyed) return true;
    }
    const stored = entries.get(key);
    if (stored) {
      hits++;
      answerFrom(stored, res, gzip);
      return true;
    }
    misses++;
    if (!rendering) {
      let done = () => {};
      inFlight.set(key, new Promise<void>((resolve) => (done = resolve)));
      res.once("close", () => {
        inFlight.delete(key);
        done();
      });
    }
    record(res, (entry) => entries.set(key, entry), gzip);
    return false;
  }

  return { serve, stats: () => ({ hits, misses, entries: entries.size, bytes: entries.calculatedSize }) };
}

export type ResponseCache = ReturnType<typeof createResponseCache>;

function settledOrAfter(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const after = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([promise, after]).finally(() => clearTimeout(timer));
}

function answerFrom(stored: Stored, res: ServerResponse, gzip: boolean): void {
  const nonce = createNonce();
  const plain = Buffer.concat(joinWith(stored.segments, Buffer.from(nonce)));
  const body = gzip ? gzipSync(plain, { level: 1 }) : plain;
  if (gzip) res.setHeader("content-encoding", "gzip");
  for (const [name, value] of Object.entries(stored.headers)) res.setHeader(name, value);
  if (stored.csp) res.setHeader("content-security-policy", stored.csp.join(nonce));
  res.setHeader("content-length", body.length);
  res.setHeader("x-response-cache", "hit");
  res.writeHead(stored.status);
  res.end(body);
}

function joinWith<T>(parts: T[], separator: T): T[] {
  return parts.flatMap((part, i) => (i === 0 ? [part] : [separator, part]));
}

/**
 * Watches what is written to `res`; a complete, plain 200 without cookies is handed to `keep`. When the client
 * accepts gzip and the whole body comes in the one `end` call (the light pages, which the web server holds
 * back until complete), the client gets it compressed as a hit would (decision 0450): the page is kept plain,
 * the nonce must be found in it, but a first view need not travel at four times its compressed size.
 */
function record(res: ServerResponse, keep: (entry: Stored) => void, gzip = false): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooBig = false;
  let written = false;
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || tooBig) return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
    size += buffer.length;
    if (size > MAX_ENTRY_BYTES) tooBig = true;
    else chunks.push(Buffer.from(buffer));
  };
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    // Headers given here are not all visible to getHeaders(): set them one by one instead.
    const headers = rest.find((arg) => typeof arg === "object" && arg !== null);
    if (Array.isArray(headers)) tooBig = true; // raw header lists: not kept
    else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value as string | string[]);
    return writeHead(status, ...rest.filter((arg) => typeof arg !== "object"));
  }) as ServerResponse["writeHead"];
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    written = true;
    collect(chunk, encoding);
    return write(chunk, encoding, callback);
  }) as ServerResponse["write"];
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    collect(chunk, encoding);
    const body = tooBig ? null : Buffer.concat(chunks);
    const entry = body ? storable(res, body) : null;
    if (entry) keep(entry);
    if (!entry || !body || written || !gzip || res.headersSent) return end(chunk, encoding, callback);
    const compressed = gzipSync(body, { level: 1 });
    res.setHeader("content-encoding", "gzip");
    res.setHeader("content-length", compressed.length);
    const vary = String(res.getHeader("vary") ?? "");
    if (!/accept-encoding/i.test(vary)) res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    return end(compressed, typeof encoding === "function" ? encoding : callback);
  }) as ServerResponse["end"];
}

function storable(res: ServerResponse, body: Buffer): Stored | null {
  if (res.statusCode !== 200 || res.getHeader("set-cookie") !== undefined) return null;
  const encoding = res.getHeader("content-encoding");
  if (encoding && encoding !== "identity") return null; // the nonce cannot be found in a compressed body
  const headers: Stored["headers"] = {};
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (!PER_ANSWER.has(name) && value !== undefined) headers[name] = typeof value === "number" ? String(value) : value;
  }
  const cspHeader = res.getHeader("content-security-policy");
  const nonce = typeof cspHeader === "string" ? /'nonce-([^']+)'/.exec(cspHeader)?.[1] : undefined;
  return {
    status: 200,
    headers,
    segments: nonce ? split(body, Buffer.from(nonce)) : [body],
    csp: typeof cspHeader === "string" ? (nonce ? cspHeader.split(nonce) : [cspHeader]) : null,
    bytes: body.length,
  };
}

function split(body: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(separator); at !== -1; at = body.indexOf(separator, from)) {
    parts.push(body.subarray(from, at));
    from = at + separator.length;
  }
  parts.push(body.subarray(from));
  return parts;
}
