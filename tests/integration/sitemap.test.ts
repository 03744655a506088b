// sitemap.xml and robots.txt against a real PostgreSQL (decision 0066): every statement, speaker, topic and
// article page is listed once with its last change; with a small page size sitemap.xml becomes an index whose
// parts together hold exactly the same URLs, each part read in keyset chunks.
import { DOMParser, type Element } from "@xmldom/xmldom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_IMPORT_TIMEOUT_MS, startScratchApp, type ScratchApp } from "./setup/scratchApp";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const BASE = "http://localhost:3000";

type SitemapModule = typeof import("@/server/syndication/sitemap");

function parse(text: string): Element {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(text, "application/xml");
  expect(errors).toEqual([]);
  const root = doc.documentElement as Element;
  expect(root.namespaceURI).toBe(SITEMAP_NS);
  return root;
}

const locs = (root: Element, item: "url" | "sitemap") =>
  Array.from(root.getElementsByTagNameNS(SITEMAP_NS, item)).map((node) => ({
    loc: node.getElementsByTagNameNS(SITEMAP_NS, "loc")[0]?.textContent ?? "",
    lastmod: node.getElementsByTagNameNS(SITEMAP_NS, "lastmod")[0]?.textContent ?? null,
  }));

describe("sitemap.xml", () => {
  let app: ScratchApp;
  let sitemap: SitemapModule;
  let expected: Set<string>;
  const request = (url: string) => new Request(`${BASE}${url}`);

  beforeAll(async () => {
    app = await startScratchApp("sitemap");
    const { importSeedsIfMissing } = await import("@/server/ingest");
    await importSeedsIfMissing(app.db, "seeds");
    sitemap = await import("@/server/syndication/sitemap");
    const urls = await import("@/lib/urls");
    const [statements, speakers, articles] = await Promise.all([
      app.db.statement.findMany({ select: { id: true, quote: true } }),
      app.db.speaker.findMany({ select: { slug: true } }),
      app.db.article.findMany({ select: { id: true } }),
    ]);
    expect(statements.length).toBeGreaterThan(10);
    expected = new Set(
      [
        ...statements.map(urls.statementUrl),
        ...speakers.map((s) => urls.speakerUrl(s.slug)),
        ...articles.map((a) => urls.articlePath(a.id)),
        ...["troops", "negotiations", "membership", "other"].map(urls.topicPath),
        "/",
        "/statements",
        "/speakers",
        "/timeline",
      ].map((p) => new URL(p, BASE).toString()),
    );
  }, SEED_IMPORT_TIMEOUT_MS);

  afterAll(async () => {
    await app?.close();
  });

  it("lists every statement, speaker, topic and article page once, statements with their last change", async () => {
    const response = await sitemap.answerSitemap(request("/sitemap.xml"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(response.headers.get("etag")).toMatch(/^W\/"/);
    const urls = locs(parse(await response.text()), "url");
    expect(urls.map((u) => u.loc).sort()).toEqual([...expected].sort());
    const statement = await app.db.statement.findFirstOrThrow({ select: { id: true, createdAt: true } });
    const entry = urls.find((u) => u.loc.includes(`/statements/${statement.id}/`));
    expect(new Date(entry?.lastmod ?? 0).getTime()).toBe(statement.createdAt.getTime());
    expect(urls.every((u) => u.lastmod !== null)).toBe(true);
  });

  it("splits into an index of parts past the page size, each part read in keyset chunks", async () => {
    const pageSize = 7;
    const index = await sitemap.answerSitemap(request("/sitemap.xml"), { pageSize });
    const parts = locs(parse(await index.text()), "sitemap");
    expect(parts).toHaveLength(Math.ceil(expected.size / pageSize));
    expect(parts.map((p) => p.loc)).toEqual(parts.map((_, i) => `${BASE}/sitemaps/${i + 1}.xml`));
    const seen: string[] = [];
    for (const part of parts) {
      const file = part.loc.split("/").at(-1) as string;
      const response = await sitemap.answerSitemapPart(request(`/sitemaps/${file}`), file, { pageSize, chunk: 3 });
      expect(response.status).toBe(200);
      const urls = locs(parse(await response.text()), "url");
      expect(urls.length).toBeLessThanOrEqual(pageSize);
      seen.push(...urls.map((u) => u.loc));
    }
    expect(seen).toHaveLength(expected.size);
    expect(new Set(seen)).toEqual(expected);
  });

  it("answers 404 for a part past the end or a malformed part name", async () => {
    for (const file of [`${expected.size + 1}.xml`, "0.xml", "1.json", "-1.xml"]) {
      const response = await sitemap.answerSitemapPart(request(`/sitemaps/${file}`), file, { pageSize: 1 });
      expect(response.status, file).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
  });

  it("robots.txt points to the sitemap by its absolute address", () => {
    expect(sitemap.robotsText()).toContain(`Sitemap: ${BASE}/sitemap.xml`);
    expect(sitemap.robotsText()).toContain("Disallow: /editor");
  });
});
