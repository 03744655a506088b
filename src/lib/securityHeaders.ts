// The security headers of every response, in one place: the web server (src/server/http) sets them on everything
// Next serves and on the answers it gives itself; the proxy (src/proxy.ts) on statement permalinks (decision 0560).
// Pure: no environment, no I/O; callers say whether the request came over HTTPS.

import { NONCE_HEADER, PATH_HEADER } from "./requestHeaders";

/** Paths that other sites may frame (embeddable widgets); everything else refuses framing. */
const FRAMEABLE_PATH = /^\/embed(?:\/|$)/;

export interface SecurityHeaderOptions {
  /** Path of the request (decides frame-ancestors). */
  path: string;
  /** A fresh per-request nonce for Next's scripts and styles; absent for non-HTML answers. */
  nonce?: string;
  /** Served over HTTPS (adds HSTS and upgrade-insecure-requests). */
  https: boolean;
  /** Next dev mode needs eval for its error overlay; production never does. */
  dev?: boolean;
}

export function contentSecurityPolicy({ path, nonce, https, dev }: SecurityHeaderOptions): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  const directives = [
    "default-src 'self'",
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${nonce ? ` 'nonce-${nonce}'` : ""}`,
    // React renders a few computed positions as style attributes (the timeline); attributes
    // cannot carry a nonce and cannot run code.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${FRAMEABLE_PATH.test(path) ? "*" : "'none'"}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ...(FRAMEABLE_PATH.test(options.path) ? {} : { "X-Frame-Options": "DENY" }),
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** A nonce: 128 random bits, base64. Web Crypto, so it works in every runtime Next offers. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * What one request to Next gets before it renders: a fresh nonce, told to Next and the layout in the request's headers
 * (Next puts the nonce of the request's Content-Security-Policy on its own scripts; the layout reads the nonce and the
 * path), and the security headers for the response. The web server and the permalinks' proxy both set them this way.
 */
export function securedRequest(options: Omit<SecurityHeaderOptions, "nonce">): { request: Record<string, string>; response: Record<string, string> } {
  const nonce = createNonce();
  const response = securityHeaders({ ...options, nonce });
  return { request: { [NONCE_HEADER]: nonce, [PATH_HEADER]: options.path, "content-security-policy": response["Content-Security-Policy"] }, response };
}
