// Every request gets a deliberate answer: malformed request targets are answered by the HTTP
// guard (src/server/http) with 400/404 and the site's page or problem+json, with a request id.
import net from "node:net";
import { expect, test } from "@playwright/test";

const PAGE_CASES = [
  ["/statements/%ff%fe", 400],
  ["/statements/abc/%", 400],
  ["/speakers/%c3%28", 400],
  ["/statements/a%00b", 400],
  [`/statements/${"a".repeat(5000)}`, 404],
] as const;

const API_CASES = [
  ["/api/statements/%zz", 400],
  ["/api/statements/%00", 400],
] as const;

/** Sends a raw request line (what fetch cannot send) and returns the status line and body. */
function rawRequest(port: number, requestLine: string): Promise<{ statusLine: string; raw: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () =>
      socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
    );
    let raw = "";
    socket.on("data", (chunk) => (raw += chunk.toString("latin1")));
    socket.on("end", () => resolve({ statusLine: raw.split("\r\n")[0] ?? "", raw }));
    socket.on("error", reject);
  });
}

test.describe("malformed requests", () => {
  for (const [path, status] of PAGE_CASES) {
    test(`page ${path.slice(0, 40)} answers ${status} with the site's page`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(status);
      expect(response.headers()["content-type"]).toContain("text/html");
      const requestId = response.headers()["x-request-id"];
      expect(requestId).toMatch(/^[0-9a-f]{12}$/);
      const html = await response.text();
      expect(html).toContain("NATO Statement Tracker");
      expect(html).toContain(`Reference: ${requestId}`);
    });
  }

  for (const [path, status] of API_CASES) {
    test(`API ${path} answers ${status} as problem+json`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(status);
      expect(response.headers()["content-type"]).toContain("application/problem+json");
      const body = await response.json();
      expect(body).toMatchObject({ status, title: "Bad Request", requestId: response.headers()["x-request-id"] });
      expect(body.detail).toMatch(/percent-escape|control character/);
    });
  }

  test("`GET * HTTP/1.1` and other non-path targets answer 400, and the server carries on", async ({ baseURL, request }) => {
    const port = Number(new URL(baseURL!).port);
    for (const line of ["GET * HTTP/1.1", "GET http://evil.example/ HTTP/1.1", "GET //evil.example/x HTTP/1.1"]) {
      const { statusLine } = await rawRequest(port, line);
      expect(statusLine, line).toBe("HTTP/1.1 400 Bad Request");
    }
    const options = await rawRequest(port, "OPTIONS * HTTP/1.1");
    expect(options.statusLine).toBe("HTTP/1.1 204 No Content");
    expect((await request.get("/")).status()).toBe(200);
  });

  test("methods Next cannot handle answer 405 with Allow", async ({ baseURL }) => {
    const port = Number(new URL(baseURL!).port);
    const { statusLine, raw } = await rawRequest(port, "TRACE / HTTP/1.1");
    expect(statusLine).toBe("HTTP/1.1 405 Method Not Allowed");
    expect(raw).toMatch(/\r\nAllow: GET, HEAD/);
  });
});
