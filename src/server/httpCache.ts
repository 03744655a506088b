// HTTP caching for responses derived from the data version: an ETag and Last-Modified from the version
// row, a conditional GET answered 304 without running any query, and a Cache-Control that lets browsers
// and a CDN keep the body but makes them revalidate before each reuse (never stale; decision 0047).
import type { DataVersion } from "@/server/queries/dataVersion";

/** Bump when the JSON shape changes, so clients never keep a body of the old shape. */
const REPRESENTATION = "2";

export const CACHE_CONTROL = "public, max-age=0, must-revalidate";

export function etagFor(version: DataVersion): string {
  return `W/"${REPRESENTATION}.${version.version}"`;
}

export function cacheHeaders(version: DataVersion): Record<string, string> {
  return {
    ETag: etagFor(version),
    "Last-Modified": version.changedAt.toUTCString(),
    "Cache-Control": CACHE_CONTROL,
  };
}

/** If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2). */
export function isNotModified(request: Request, version: DataVersion): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch) {
    const etag = etagFor(version);
    const weak = (tag: string) => tag.trim().replace(/^W\//, "");
    return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || weak(tag) === weak(etag));
  }
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  return Number.isFinite(since) && Math.floor(version.changedAt.getTime() / 1000) * 1000 <= since;
}

export function notModified(version: DataVersion): Response {
  return new Response(null, { status: 304, headers: cacheHeaders(version) });
}
