// sitemap.xml and robots.txt (decision 0066). Up to `pageSize` URLs (SITEMAP_PAGE_SIZE, at most the
// protocol's 50,000) sitemap.xml is the urlset itself; past it, a sitemap index of parts /sitemaps/<n>.xml.
// Written by the `sitemap` library as a stream fed from keyset reads, so a part never sits in memory.
import "server-only";
import { Readable } from "node:stream";
import { SitemapIndexStream, SitemapStream } from "sitemap";
import { siteUrl } from "@/app/_shared/site";
import { env } from "@/env";
import { sitemapPartUrl, sitemapUrl } from "@/lib/urls";
import { NotFoundError, errorResponse } from "@/server/errors";
import { cacheHeaders, isNotModified, notModified } from "@/server/httpCache";
import { readDataVersion, sitemapEntries, sitemapSize, type DataVersion, type SitemapEntry } from "@/server/queries";

const XML = "application/xml; charset=utf-8";
/** Only the sitemap namespace: the library declares news, image, video and xhtml ones by default. */
const PLAIN = { news: false, xhtml: false, image: false, video: false } as const;

export interface SitemapOptions {
  pageSize?: number;
  /** Rows per database read (tests make it small to cross chunk boundaries). */
  chunk?: number;
}

/** The library writes text chunks; a web Response body takes bytes. */
async function* utf8(stream: NodeJS.ReadableStream): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for await (const chunk of stream) yield typeof chunk === "string" ? encoder.encode(chunk) : (chunk as Uint8Array);
}

function xmlResponse(stream: NodeJS.ReadableStream, version: DataVersion): Response {
  const body = Readable.toWeb(Readable.from(utf8(stream))) as ReadableStream<Uint8Array>;
  return new Response(body, { headers: { "Content-Type": XML, ...cacheHeaders(version) } });
}

async function* urlItems(entries: AsyncGenerator<SitemapEntry>) {
  for await (const entry of entries) {
    yield { url: siteUrl(entry.path), ...(entry.lastModified ? { lastmod: entry.lastModified } : {}) };
  }
}

function urlset(start: number, count: number, version: DataVersion, chunk?: number): Response {
  const stream = Readable.from(urlItems(sitemapEntries(start, count, { chunk }))).pipe(new SitemapStream({ xmlns: PLAIN }));
  return xmlResponse(stream, version);
}

function partCount(size: number, pageSize: number): number {
  return Math.max(1, Math.ceil(size / pageSize));
}

/** GET /sitemap.xml: every URL, or an index of parts once there are more than a page holds. */
export async function answerSitemap(request: Request, options: SitemapOptions = {}): Promise<Response> {
  const pageSize = options.pageSize ?? env.SITEMAP_PAGE_SIZE;
  try {
    const version = await readDataVersion();
    if (isNotModified(request, version)) return notModified(version);
    const size = await sitemapSize();
    if (size <= pageSize) return urlset(0, pageSize, version, options.chunk);
    const lastmod = version.changedAt.toISOString();
    const parts = Array.from({ length: partCount(size, pageSize) }, (_, i) => ({ url: siteUrl(sitemapPartUrl(i + 1)), lastmod }));
    return xmlResponse(Readable.from(parts).pipe(new SitemapIndexStream()), version);
  } catch (error) {
    return errorResponse(error, request);
  }
}

/** GET /sitemaps/<n>.xml: the n-th window of `pageSize` URLs; a part past the end is a 404. */
export async function answerSitemapPart(request: Request, file: string, options: SitemapOptions = {}): Promise<Response> {
  const pageSize = options.pageSize ?? env.SITEMAP_PAGE_SIZE;
  try {
    const part = /^([1-9]\d{0,6})\.xml$/.exec(file)?.[1];
    if (!part) throw new NotFoundError("Sitemap part", file);
    const version = await readDataVersion();
    if (isNotModified(request, version)) return notModified(version);
    if (Number(part) > partCount(await sitemapSize(), pageSize)) throw new NotFoundError("Sitemap part", file);
    return urlset((Number(part) - 1) * pageSize, pageSize, version, options.chunk);
  } catch (error) {
    return errorResponse(error, request);
  }
}

/** GET /robots.txt: everything may be crawled except the editors' pages; the sitemap's absolute address. */
export function robotsText(): string {
  return ["User-agent: *", "Allow: /", "Disallow: /editor", "", `Sitemap: ${siteUrl(sitemapUrl())}`, ""].join("\n");
}
