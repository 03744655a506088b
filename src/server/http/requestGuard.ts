// Checks a request before Next sees it. Next's router decodes path segments itself and
// answers a bare 500 for an invalid escape (/statements/%ff), throws "Invalid URL" on `GET *`,
// 500s on a method undici refuses (TRACE) or a malformed router-state header, and passes a NUL
// byte through to PostgreSQL; so the check runs in our HTTP layer
// (docs/decisions/0030-request-guard.md). Pure: no I/O.
import { parseAndValidateFlightRouterState } from "next/dist/server/app-render/parse-and-validate-flight-router-state";

/** Longer than any id, slug or file name the site has: no such page can exist. */
export const MAX_SEGMENT_CHARS = 256;
export const MAX_PATH_CHARS = 2048;

export type TargetVerdict =
  | { ok: true; path: string }
  | { ok: false; status: 400 | 404 | 405; reason: string; path: string };

/** Methods the site answers; anything else (TRACE, CONNECT, WebDAV, made-up ones) gets 405. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** The header Next's client router sends with RSC requests, validated exactly as Next does. */
const ROUTER_STATE_HEADER = "next-router-state-tree";

/** U+0000–U+001F and DEL, checked by code: a control character in a path is never intended. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code <= 0x1f || code === 0x7f) return true;
  }
  return false;
}

function reject(status: 400 | 404 | 405, reason: string, path: string): TargetVerdict {
  return { ok: false, status, reason, path };
}

/** The decoded segment, or undefined when its percent-escapes are not valid UTF-8. */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function checkPath(path: string): TargetVerdict {
  if (path.length > MAX_PATH_CHARS) return reject(404, `path longer than ${MAX_PATH_CHARS} characters`, path);
  for (const segment of path.split("/")) {
    const decoded = decodeSegment(segment);
    if (decoded === undefined) return reject(400, "invalid percent-escape in the path (not UTF-8)", path);
    if (hasControlCharacter(decoded)) return reject(400, "control character (such as NUL) in the path", path);
    if (decoded.length > MAX_SEGMENT_CHARS) {
      return reject(404, `path segment longer than ${MAX_SEGMENT_CHARS} characters`, path);
    }
  }
  return { ok: true, path };
}

/**
 * Accepts an origin-form target ("/path?query") whose path segments decode to UTF-8 without
 * control characters and stay within length limits; anything else gets 400 or 404 and a reason.
 * The query is left to the filter schema (src/schemas/statementFilter.ts), which never throws,
 * strips control characters and answers bad values with a notice or a 400 of its own.
 */
export function checkRequestTarget(target: string): TargetVerdict {
  if (!target.startsWith("/") || target.startsWith("//")) {
    return reject(400, `request target must be a path starting with "/" (got ${JSON.stringify(target.slice(0, 40))})`, "/");
  }
  const queryStart = target.indexOf("?");
  return checkPath(queryStart === -1 ? target : target.slice(0, queryStart));
}

export interface GuardedRequest {
  method: string;
  target: string;
  headers: Record<string, string | string[] | undefined>;
}

function validRouterState(value: string | string[] | undefined): boolean {
  try {
    parseAndValidateFlightRouterState(value);
    return true;
  } catch {
    return false;
  }
}

/** The method, the request target, then the headers Next would fail on. */
export function checkRequest(request: GuardedRequest): TargetVerdict {
  const verdict = checkRequestTarget(request.target);
  if (!verdict.ok) return verdict;
  if (!ALLOWED_METHODS.includes(request.method)) {
    return reject(405, `method ${JSON.stringify(request.method.slice(0, 20))} is not supported`, verdict.path);
  }
  if (!validRouterState(request.headers[ROUTER_STATE_HEADER])) {
    return reject(400, `malformed ${ROUTER_STATE_HEADER} header`, verdict.path);
  }
  return verdict;
}
