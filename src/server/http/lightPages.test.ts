import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { lightenPage, rewriteHtmlResponse, servedWithoutRuntime, stripFrameworkScripts } from "./lightPages";

describe("servedWithoutRuntime", () => {
  it("applies to GET page requests only", () => {
    expect(servedWithoutRuntime("GET", "/statements")).toBe(true);
    expect(servedWithoutRuntime("GET", "/editor")).toBe(true);
    expect(servedWithoutRuntime("HEAD", "/statements")).toBe(false);
    expect(servedWithoutRuntime("POST", "/statements")).toBe(false);
    expect(servedWithoutRuntime("GET", "/api/statements")).toBe(false);
    expect(servedWithoutRuntime("GET", "/_next/static/chunks/a.js")).toBe(false);
    expect(servedWithoutRuntime("GET", "/editor/import")).toBe(false);
  });
});

describe("stripFrameworkScripts", () => {
  const html = [
    '<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
    '<link rel="preload" href="/_next/static/media/font.woff2" as="font"/>',
    '<script src="/_next/static/chunks/a.js" async="" nonce="n"></script>',
    '<script src="/enhance.js" defer="" nonce="n"></script>',
    '<script type="application/ld+json">{"@type":"Thing"}</script></head>',
    '<body><p>Text with <code>&lt;script&gt;</code></p>',
    '<script nonce="n">(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script nonce="n">self.__next_f.push([1,"payload"])</script>',
    '<script nonce="n" id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script></body></html>',
  ].join("");

  it("removes Next's scripts and script preloads, keeping our own scripts, data and other preloads", () => {
    const out = stripFrameworkScripts(html);
    expect(out).not.toContain("/_next/static/chunks");
    expect(out).not.toContain("__next_f");
    expect(out).not.toContain("TURBOPACK");
    expect(out).toContain('<script src="/enhance.js" defer="" nonce="n"></script>');
    expect(out).toContain('<script type="application/ld+json">{"@type":"Thing"}</script>');
    expect(out).toContain('href="/_next/static/media/font.woff2" as="font"');
    expect(out).toContain("<p>Text with <code>&lt;script&gt;</code></p>");
  });

  it("leaves a document without scripts, or with an unclosed one, as it is", () => {
    expect(stripFrameworkScripts("<p>plain</p>")).toBe("<p>plain</p>");
    expect(stripFrameworkScripts("<p>a</p><script>self.__next_f")).toBe("<p>a</p><script>self.__next_f");
  });
});

describe("lightenPage", () => {
  const shell = '<!DOCTYPE html><html id="__next_error__"><head></head><body><script src="/_next/static/chunks/a.js"></script></body></html>';
  const notFound = async () => '<html lang="en"><body><h1>We could not find that page</h1><script src="/_next/static/chunks/b.js"></script></body></html>';
  it("replaces a 404 error shell with the not-found page, without scripts", async () => {
    expect(await lightenPage(notFound)(shell, 404)).toBe('<html lang="en"><body><h1>We could not find that page</h1></body></html>');
  });
  it("keeps the runtime in any other error shell, and keeps a 404 shell when the page cannot be fetched", async () => {
    expect(await lightenPage(notFound)(shell, 500)).toBe(shell);
    expect(await lightenPage(() => Promise.reject(new Error("down")))(shell, 404)).toBe(shell);
  });
  it("strips an ordinary page", async () => {
    expect(await lightenPage(notFound)('<p>a</p><script src="/_next/x.js"></script>', 200)).toBe("<p>a</p>");
  });
});

/** A real HTTP server whose one handler writes through the rewrite; returns what a client receives. */
async function serve(handler: (res: ServerResponse) => void): Promise<{ status: number; headers: Headers; body: string }> {
  const server = createServer((_req, res) => handler(res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { "Accept-Encoding": "gzip" } });
    return { status: response.status, headers: response.headers, body: await response.text() };
  } finally {
    server.close();
  }
}

describe("rewriteHtmlResponse", () => {
  it("rewrites a streamed HTML response and sends it gzipped in one piece", async () => {
    const got = await serve((res) => {
      rewriteHtmlResponse(res, (html) => html.toUpperCase(), true);
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Vary", "RSC");
      res.flushHeaders();
      res.write("<p>first ");
      res.write(Buffer.from("second</p>"));
      res.end();
    });
    expect(got.headers.get("content-encoding")).toBe("gzip");
    expect(got.headers.get("transfer-encoding")).toBeNull();
    expect(got.headers.get("vary")).toBe("RSC, Accept-Encoding");
    expect(got.body).toBe("<P>FIRST SECOND</P>"); // fetch has gunzipped it
  });

  it("keeps every byte of UTF-8 text, even a character split between two chunks", async () => {
    const text = "<p>“Ukraine’s path” · Zaporizhzhia – Škoda é 🇺🇦</p>";
    const bytes = Buffer.from(`${text}<script>self.__next_f.push([1,"é"])</script>`);
    const split = bytes.indexOf(Buffer.from("’")) + 1; // inside the three bytes of ’
    const got = await serve((res) => {
      rewriteHtmlResponse(res, stripFrameworkScripts, false);
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.write(bytes.subarray(0, split));
      res.end(bytes.subarray(split));
    });
    expect(got.body).toBe(text);
    expect(got.headers.get("content-length")).toBe(String(Buffer.byteLength(text)));
  });

  it("passes other responses through untouched", async () => {
    const got = await serve((res) => {
      rewriteHtmlResponse(res, () => "rewritten", true);
      res.writeHead(201, { "Content-Type": "image/png", "Content-Length": "3" });
      res.end("png");
    });
    expect(got.status).toBe(201);
    expect(got.headers.get("content-encoding")).toBeNull();
    expect(got.body).toBe("png");
  });
});
