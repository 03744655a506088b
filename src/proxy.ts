// Runs before statement permalinks only (config below): a retired one is rewritten to its 410 route, which a page
// cannot answer itself. Every other route gets its nonce and security headers from the web server
// (src/server/http/webServer.ts) before Next sees it; here a permalink gets its own, the same way.
// Malformed request targets never get here: the HTTP guard (src/server/http) answers them first.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/env";
import { securedRequest } from "@/lib/securityHeaders";
import { withdrawnUrl } from "@/lib/urls";
import { findRetiredStatement } from "@/server/queries/retiredStatement";

function servedOverHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https" || Boolean(env.SITE_URL?.startsWith("https:"));
}

/** A statement permalink, "/statements/<id>" or "/statements/<id>/<slug>". */
const PERMALINK = /^\/statements\/([^/]+)(?:\/[^/]*)?$/;

/**
 * A permalink whose statement a re-extraction withdrew answers 410, which a page cannot do: the request is
 * rewritten to the /withdrawn route (decision 0041). Any failure here (the database away) leaves the request
 * to the page, which answers it properly.
 */
async function withdrawnTarget(request: NextRequest): Promise<URL | null> {
  const id = PERMALINK.exec(request.nextUrl.pathname)?.[1];
  if (!id) return null;
  try {
    const retired = await findRetiredStatement(decodeURIComponent(id));
    return retired?.kind === "gone" ? new URL(withdrawnUrl(retired.id), request.url) : null;
  } catch {
    return null;
  }
}

export async function proxy(request: NextRequest) {
  const secured = securedRequest({ path: request.nextUrl.pathname, https: servedOverHttps(request), dev: env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  for (const [name, value] of Object.entries(secured.request)) requestHeaders.set(name, value);
  const withdrawn = await withdrawnTarget(request);
  const response = withdrawn
    ? NextResponse.rewrite(withdrawn, { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(secured.response)) response.headers.set(name, value);
  return response;
}

/** Statement permalinks ("/statements/<id>", "/statements/<id>/<slug>"): the only requests the proxy must see. */
export const config = { matcher: ["/statements/:id", "/statements/:id/:slug"] };
