// Pages served without Next's client runtime (docs/decisions/0080-pages-without-framework-javascript.md).
// Next's App Router hydrates every page with about 130 kB of gzipped JavaScript (React DOM, its router, the
// RSC payload inline) even when no component needs the browser. The reading pages are complete HTML
// (plain links, GET forms), so the web server removes those scripts from their HTML; what little runs in
// the browser is public/enhance.js (copy buttons, share sheet), which the layout loads on its own.
import type { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";

/** Pages that keep Next's runtime: editor tools built as client components (the import preview). */
const KEEPS_RUNTIME = [/^\/editor\/import(?:\/|$)/];

/** Whether a GET for this path gets its framework scripts removed: pages only, not the API or assets. */
export function servedWithoutRuntime(method: string | undefined, path: string): boolean {
  if (method !== "GET") return false;
  if (path.startsWith("/_next/") || path.startsWith("/api/") || path === "/api") return false;
  return !KEEPS_RUNTIME.some((pattern) => pattern.test(path));
}

function isFrameworkScript(openTag: string, body: string): boolean {
  if (/\ssrc="\/_next\//.test(openTag)) return true;
  // The RSC payload Next inlines for hydration (self.__next_f.push(...)) and Turbopack's chunk list.
  return /^\s*\(?(?:self\.__next_[a-z]|globalThis\["TURBOPACK"\])/.test(body);
}

const LINK_TAG = /<link\s[^>]*>/g;

function isFrameworkScriptPreload(link: string): boolean {
  const preloadsScript = link.includes('rel="modulepreload"') || (link.includes('rel="preload"') && link.includes('as="script"'));
  return preloadsScript && link.includes('href="/_next/');
}

/** The HTML without Next's own <script> elements and script preloads; every other script is kept. */
export function stripFrameworkScripts(html: string): string {
  let out = "";
  let from = 0;
  for (;;) {
    const start = html.indexOf("<script", from);
    if (start === -1) break;
    const tagEnd = html.indexOf(">", start);
    const close = tagEnd === -1 ? -1 : html.indexOf("</script>", tagEnd);
    if (close === -1) break;
    const end = close + "</script>".length;
    const drop = isFrameworkScript(html.slice(start, tagEnd + 1), html.slice(tagEnd + 1, close));
    out += html.slice(from, drop ? start : end);
    from = end;
  }
  out += html.slice(from);
  return out.replace(LINK_TAG, (link) => (isFrameworkScriptPreload(link) ? "" : link));
}

/**
 * When a page calls notFound(), Next 16 cannot render the not-found page on the server: it sends an empty
 * error shell (`<html id="__next_error__">`) that its client runtime fills in. Without the runtime, the shell
 * is replaced by the not-found page Next renders for an unknown path, which needs no script.
 */
export function isErrorShell(html: string): boolean {
  return html.includes('<html id="__next_error__"');
}

/**
 * Strips Next's scripts; a 404 error shell becomes the not-found page fetched by `notFoundPage`. Any other
 * error shell (a page that failed) keeps the runtime, which renders error.tsx in the browser. Pages are
 * latin1 strings of their UTF-8 bytes (rewriteHtmlResponse), the not-found page's too.
 */
export function lightenPage(notFoundPage: () => Promise<string>): (html: string, status: number) => Promise<string> {
  return async (html, status) => {
    if (!isErrorShell(html)) return stripFrameworkScripts(html);
    if (status !== 404) return html;
    const page = await notFoundPage().catch(() => null);
    return page ? stripFrameworkScripts(page) : html;
  };
}

type Chunk = string | Buffer | Uint8Array;

/**
 * Holds back an HTML response until it is complete, rewrites it and sends it in one piece (gzipped when the
 * client accepts it; Next's own compression is off for these requests, see the caller). Any other
 * response passes through untouched.
 *
 * `rewrite` gets and returns the page's bytes as a latin1 string, one character a byte (decision 0310): the
 * rewrite looks only for ASCII markup, which UTF-8 never uses inside a multi-byte character, so the bytes pass
 * through unchanged, without decoding ~100 kB of UTF-8 (the inline payload is still there) and encoding it
 * again: that decoding was 2 ms of a cold list page's ~37 ms of CPU under load.
 */
export function rewriteHtmlResponse(res: ServerResponse, rewrite: (html: string, status: number) => string | Promise<string>, gzip: boolean): void {
  const write = res.write.bind(res) as (chunk: Chunk, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  let mode: "undecided" | "buffer" | "pass" = "undecided";
  const chunks: Buffer[] = [];

  const buffering = () => {
    if (mode === "undecided") {
      const type = String(res.getHeader("content-type") ?? "");
      mode = type.startsWith("text/html") && !res.getHeader("content-encoding") ? "buffer" : "pass";
    }
    return mode === "buffer";
  };
  const keep = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array));
  };
  const callbackIn = (args: unknown[]) => args.find((a): a is () => void => typeof a === "function");

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((a) => a && typeof a === "object") as Record<string, string | string[] | number> | undefined;
    if (headers && !Array.isArray(headers)) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.statusCode = status;
    return buffering() ? res : writeHead(status, ...rest);
  }) as ServerResponse["writeHead"];
  res.flushHeaders = () => {
    if (!buffering()) flushHeaders();
  };
  res.write = ((chunk: Chunk, ...rest: unknown[]) => {
    if (!buffering()) return write(chunk, ...rest);
    keep(chunk, rest[0]);
    callbackIn(rest)?.();
    return true;
  }) as ServerResponse["write"];
  res.end = ((...args: unknown[]) => {
    if (!buffering()) return end(...args);
    keep(args[0], args[1]);
    void Promise.resolve(Buffer.concat(chunks).toString("latin1"))
      .then((html) => rewrite(html, res.statusCode))
      .then((html) => {
        const bytes = Buffer.from(html, "latin1");
        const body = gzip ? gzipSync(bytes) : bytes;
        res.removeHeader("transfer-encoding");
        if (gzip) res.setHeader("Content-Encoding", "gzip");
        const vary = String(res.getHeader("vary") ?? "");
        if (!/accept-encoding/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
        res.setHeader("Content-Length", body.length);
        // Node's end() sends the head through res.writeHead, which must be the real one again.
        res.writeHead = writeHead as ServerResponse["writeHead"];
        end(body, callbackIn(args));
      })
      .catch(() => res.destroy());
    return res;
  }) as ServerResponse["end"];
}
