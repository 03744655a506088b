import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./securityHeaders";

describe("securityHeaders", () => {
  it("allows scripts only with the request's nonce", () => {
    const csp = contentSecurityPolicy({ path: "/", nonce: "abc123", https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(contentSecurityPolicy({ path: "/", nonce: "n", https: false, dev: true })).toContain("'unsafe-eval'");
  });

  it("refuses framing everywhere but under /embed/", () => {
    expect(securityHeaders({ path: "/statements", https: false })).toMatchObject({ "X-Frame-Options": "DENY" });
    expect(contentSecurityPolicy({ path: "/statements", https: false })).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ path: "/embeddings", https: false })).toContain("frame-ancestors 'none'");
    const embed = securityHeaders({ path: "/embed/statement/x", https: false });
    expect(embed["X-Frame-Options"]).toBeUndefined();
    expect(embed["Content-Security-Policy"]).toContain("frame-ancestors *");
  });

  it("adds HSTS and upgrade-insecure-requests only over HTTPS", () => {
    expect(securityHeaders({ path: "/", https: false })["Strict-Transport-Security"]).toBeUndefined();
    const https = securityHeaders({ path: "/", https: true });
    expect(https["Strict-Transport-Security"]).toMatch(/^max-age=31536000/);
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });
});
