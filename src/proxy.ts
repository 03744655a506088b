// Runs before every route: a fresh CSP nonce per request (Next reads it from the request's
// Content-Security-Policy header and puts it on its own scripts) and the security headers.
// Malformed request targets never get here: the HTTP guard (src/server/http) answers them first.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/env";
import { createNonce, securityHeaders } from "@/lib/securityHeaders";

function servedOverHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https" || Boolean(env.SITE_URL?.startsWith("https:"));
}

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = securityHeaders({
    path: request.nextUrl.pathname,
    nonce,
    https: servedOverHttps(request),
    dev: env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
