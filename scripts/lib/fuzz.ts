// The hostile-request fuzzer behind `npm run fuzz` and tests/e2e/fuzz.spec.ts: a seeded,
// deterministic stream of malformed paths, query strings, methods, raw request targets and
// large headers, sent over raw TCP (node:net) so that no client library tidies them up.
// Any 5xx, dropped connection or timeout is a failure, reported with the request.
import net from "node:net";
import { FILTER_PARAMS } from "../../src/schemas/statementFilter";
import { mulberry32 } from "../../src/domain/random";

/** The same seed gives the same requests. */
export function createRandom(seed: number) {
  const next = mulberry32(seed);
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof createRandom>;

export interface FuzzRequest {
  method: string;
  /** The request target exactly as sent on the request line. */
  target: string;
  headers: [string, string][];
  /** HTTP version of the request line. */
  version: string;
}

export interface Known {
  statementId: string;
  statementSlug: string;
  speakerSlug: string;
}

const BAD_ESCAPES = ["%", "%z", "%zz", "%f", "%ff", "%fe%ff", "%c3%28", "%e0%80%80", "%ed%a0%80", "%f8%88%80%80%80", "%c0%af", "%80", "%%", "%2", "%g0"];
const CONTROL = ["%00", "%01", "%0a", "%0d", "%0d%0aSet-Cookie:%20x=1", "%1b", "%7f", "%09"];
const UNICODE = ["%e2%80%ae", "%f0%9f%98%80", "%ef%bb%bf", "R%c3%bctte", "%e2%80%8b", "%cc%81%cc%81%cc%81", "%d8%a7%d9%84", "%ef%bf%bd", "%f4%8f%bf%bf", "\u00e9"];
const TRAVERSAL = ["..", "../..", "%2e%2e", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%2f..%2f", "..%5c..%5c", "%252e%252e", ".", "%2f", "%5c", "....//", "..;/"];
const ODD = ["", "a b", "'", "\"", "<script>alert(1)</script>", "' OR 1=1--", "%25", "%2500", "~", "@", "$", "{{7*7}}", "${x}", "%22%3E%3Csvg%20onload%3Dalert(1)%3E", "javascript:alert(1)", "null", "undefined", "NaN", "-1", "0", "1e308", "__proto__", "constructor", "index.html", "page.rsc", ".env", ".git/config"];
const VALUES = ["", "0", "-1", "1.5", "99999999999999999999", "NaN", "Infinity", "1e5", "0x10", "true", "[]", "{}", "2025-02-30", "2025-13-01", "0000-00-00", "9999-12-31", "2025-1-1", "2025/01/01", "1970-01-01T00:00:00Z", "troops", "opposes", "mark-rutte", "MARK-RUTTE", "' OR '1'='1", "%", "%zz", "%ff", "%00", "%c3%28", "a%00b", "\u00e9", "%f0%9f%98%80", "<b>x</b>", "&", "=", "+", "%2b", ";", "..%2f"];
const METHODS = ["GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO", "get"];
const ROUTES = ["", "statements", "speakers", "timeline", "api", "api/statements", "healthz", "readyz", "_next", "_next/static", "_next/image", "favicon.ico", "embed", "robots.txt"];

function segment(random: Random): string {
  const kind = random.int(8);
  if (kind === 0) return random.pick(BAD_ESCAPES);
  if (kind === 1) return `a${random.pick(CONTROL)}b`;
  if (kind === 2) return random.pick(UNICODE);
  if (kind === 3) return random.pick(TRAVERSAL);
  if (kind === 4) return "x".repeat(1 + random.int(random.next() < 0.5 ? 300 : 4000));
  if (kind === 5) return random.pick(ODD);
  if (kind === 6) return `${random.pick(ODD)}${random.pick(BAD_ESCAPES)}${random.pick(UNICODE)}`;
  const codePoint = random.int(0x2ffff);
  // Lone surrogates have no UTF-8 form; their escapes are in BAD_ESCAPES (%ed%a0%80).
  return encodeURIComponent(String.fromCodePoint(codePoint >= 0xd800 && codePoint <= 0xdfff ? 0xfffd : codePoint));
}

function basePath(random: Random, known: Known | undefined): string[] {
  const choices: string[][] = ROUTES.map((route) => (route ? route.split("/") : []));
  if (known) {
    choices.push(["statements", known.statementId], ["statements", known.statementId, known.statementSlug]);
    choices.push(["speakers", known.speakerSlug], ["api", "statements", known.statementId]);
  }
  return [...random.pick(choices)];
}

function hostilePath(random: Random, known: Known | undefined): string {
  const parts = basePath(random, known);
  const edits = 1 + random.int(3);
  for (let i = 0; i < edits; i++) {
    const at = random.int(parts.length + 1);
    if (random.next() < 0.5 && at < parts.length) parts[at] = segment(random);
    else parts.splice(at, 0, segment(random));
  }
  const path = `/${parts.join("/")}`;
  return random.next() < 0.1 ? `${path}/` : random.next() < 0.05 ? `/${path}` : path;
}

function hostileQuery(random: Random): string {
  const pairs: string[] = [];
  const count = 1 + random.int(4);
  for (let i = 0; i < count; i++) {
    const name = random.next() < 0.85 ? random.pick(FILTER_PARAMS) : segment(random);
    const value = random.next() < 0.7 ? random.pick(VALUES) : segment(random);
    pairs.push(random.next() < 0.05 ? name : `${name}=${value}`);
  }
  return pairs.join(random.next() < 0.1 ? ";" : "&");
}

const RAW_TARGETS = ["*", "http://127.0.0.1/", "http://evil.example/statements", "//evil.example/", "?q=1", "statements", "/%", "/statements?%", "/\\..\\..\\etc\\passwd", "/#x", "/%23", "/?", "/??", "/&&", "/api/statements?page=1&page=2&page=3"];

function hostileHeaders(random: Random): [string, string][] {
  const headers: [string, string][] = [];
  const kind = random.int(10);
  if (kind === 0) headers.push(["X-Padding", "a".repeat(4000 + random.int(4000))]);
  if (kind === 1) for (let i = 0; i < 60; i++) headers.push([`X-Many-${i}`, String(i)]);
  if (kind === 2) headers.push(["X-Forwarded-Proto", random.pick(["https", "http", "https, http", "gopher", ""])]);
  if (kind === 3) headers.push(["RSC", "1"], ["Next-Router-State-Tree", random.pick(["%", "[]", "{", "%5B%22%22%5D", "x".repeat(2000)])]);
  if (kind === 4) headers.push(["Next-Router-Prefetch", "1"], ["RSC", "1"]);
  if (kind === 5) headers.push(["Accept", random.pick(["application/json", "text/html", "*/*", "text/x-component", "\u00ff"])]);
  if (kind === 6) headers.push(["Range", random.pick(["bytes=0-0", "bytes=-1", "bytes=99999999-", "bytes=a-b"])]);
  if (kind === 7) headers.push(["Accept-Encoding", random.pick(["gzip", "br", "identity;q=0", "*;q=0", "x".repeat(500)])]);
  if (kind === 8) headers.push(["Next-Action", random.pick(["x", "0".repeat(42), "%"])], ["Content-Type", "text/plain;charset=UTF-8"]);
  if (kind === 9) headers.push(["X-Request-Id", random.pick(["%", "\u00e9", "x".repeat(300)])]);
  return headers;
}

/** The i-th request of the run (deterministic for a seed). */
export function generateRequest(random: Random, known: Known | undefined): FuzzRequest {
  const roll = random.next();
  const method = roll < 0.85 ? "GET" : random.pick(METHODS);
  let target: string;
  if (roll < 0.03) target = random.pick(RAW_TARGETS);
  else if (roll < 0.45) target = hostilePath(random, known);
  else if (roll < 0.85) target = `/${random.pick(["", "statements", "api/statements", "timeline", "speakers"])}?${hostileQuery(random)}`;
  else target = `${hostilePath(random, known)}?${hostileQuery(random)}`;
  // A request line cannot hold spaces or raw control characters; those go percent-encoded.
  target = [...target].map((c) => (isControlOrSpace(c) ? `%${c.charCodeAt(0).toString(16).padStart(2, "0")}` : c)).join("");
  return { method, target, headers: hostileHeaders(random), version: random.next() < 0.03 ? "HTTP/1.0" : "HTTP/1.1" };
}

export interface FuzzOutcome {
  request: FuzzRequest;
  status?: number;
  error?: string;
  ms: number;
}

/** Sends one request over a fresh TCP connection and reads the status line of the answer. */
export function send(host: string, port: number, request: FuzzRequest, timeoutMs: number): Promise<FuzzOutcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let head = "";
    let done = false;
    const finish = (outcome: Omit<FuzzOutcome, "request" | "ms">) => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve({ request, ms: Date.now() - started, ...outcome });
    };
    socket.setTimeout(timeoutMs, () => finish({ error: `no answer within ${timeoutMs} ms` }));
    socket.on("error", (error) => finish({ error: error.message }));
    socket.on("connect", () => {
      const lines = [`${request.method} ${request.target} ${request.version}`, `Host: ${host}:${port}`, "Connection: close"];
      for (const [name, value] of request.headers) lines.push(`${name}: ${value}`);
      const body = ["POST", "PUT", "PATCH"].includes(request.method) ? "x=1" : "";
      if (body) lines.push(`Content-Length: ${body.length}`);
      socket.write(`${lines.join("\r\n")}\r\n\r\n${body}`, "latin1");
    });
    let status: number | undefined;
    socket.on("data", (chunk: Buffer) => {
      // Keep reading to the end: a server that fails half-way closes the connection early.
      if (status === undefined) {
        head += chunk.toString("latin1");
        const match = /^HTTP\/1\.[01] (\d{3})/.exec(head);
        if (match) status = Number(match[1]);
        else if (head.length > 200) head = head.slice(0, 200);
      }
    });
    socket.on("end", () => {
      finish(status ? { status } : { error: `connection closed without an HTTP answer${head ? ` (${JSON.stringify(head.slice(0, 40))})` : ""}` });
    });
  });
}

export interface FuzzOptions {
  host: string;
  port: number;
  seed: number;
  count: number;
  concurrency: number;
  /** Stop sending new requests after this long (the run then fails: not every request was sent). */
  timeLimitMs: number;
  requestTimeoutMs?: number;
  known?: Known;
  onProgress?: (sent: number) => void;
}

export interface FuzzReport {
  sent: number;
  byStatus: Map<number, number>;
  failures: FuzzOutcome[];
  timedOut: boolean;
  ms: number;
}

/** A failure: a 5xx, or no HTTP answer at all (except where Node's parser legitimately closes). */
export function isFailure(outcome: FuzzOutcome): boolean {
  return outcome.status === undefined || outcome.status >= 500;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const random = createRandom(options.seed);
  const requests = Array.from({ length: options.count }, () => generateRequest(random, options.known));
  const started = Date.now();
  const byStatus = new Map<number, number>();
  const failures: FuzzOutcome[] = [];
  let nextIndex = 0;
  let sent = 0;
  let timedOut = false;
  const worker = async () => {
    while (nextIndex < requests.length) {
      if (Date.now() - started > options.timeLimitMs) {
        timedOut = true;
        return;
      }
      const request = requests[nextIndex++]!;
      const outcome = await send(options.host, options.port, request, options.requestTimeoutMs ?? 30_000);
      sent++;
      if (outcome.status) byStatus.set(outcome.status, (byStatus.get(outcome.status) ?? 0) + 1);
      if (isFailure(outcome)) failures.push(outcome);
      if (sent % 1000 === 0) options.onProgress?.(sent);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { sent, byStatus, failures, timedOut, ms: Date.now() - started };
}

/** One line per failure: what was sent and what came back. */
export function describeOutcome(outcome: FuzzOutcome): string {
  const { method, target, headers, version } = outcome.request;
  const shownTarget = target.length > 160 ? `${target.slice(0, 160)}… (${target.length} chars)` : target;
  const shownHeaders = headers.map(([n, v]) => `${n}: ${v.length > 40 ? `${v.slice(0, 40)}… (${v.length})` : v}`).join(" | ");
  const result = outcome.status ? `status ${outcome.status}` : `error: ${outcome.error}`;
  return `${method} ${shownTarget} ${version}${shownHeaders ? ` [${shownHeaders}]` : ""} -> ${result} (${outcome.ms} ms)`;
}

/** A real statement and speaker from the running app, so hostile edits hit live routes too. */
export async function discoverKnown(baseUrl: string): Promise<Known | undefined> {
  try {
    const response = await fetch(`${baseUrl}/api/statements`, { signal: AbortSignal.timeout(10_000) });
    const body = (await response.json()) as { items?: { id: string; url: string; speaker?: { slug?: string } | null }[] };
    const item = body.items?.[0];
    if (!item) return undefined;
    const slug = new URL(item.url).pathname.split("/").pop() ?? "statement";
    return { statementId: item.id, statementSlug: slug, speakerSlug: item.speaker?.slug ?? "mark-rutte" };
  } catch {
    return undefined;
  }
}

/** U+0000–U+0020 (controls and the space) and DEL: what a request line cannot carry raw. */
function isControlOrSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  return code <= 0x20 || code === 0x7f;
}
