// Every URL in the app is built here, so links, redirects, tests and the API agree.
import type { PositionsFilter } from "@/schemas/positionsFilter";
import { FILTER_PARAMS, type StatementFilter } from "@/schemas/statementFilter";

const SLUG_WORDS = 8;
const SLUG_MAX_CHARS = 80;

/** Removes accents: "Rütte" -> "Rutte". */
function foldDiacritics(value: string): string {
  return value.normalize("NFKD").replace(/\p{M}+/gu, "");
}

/**
 * The readable part of a statement permalink: the first ~8 words of the quote,
 * lower case, ASCII only, joined by hyphens. Never empty.
 */
export function slugifyQuote(quote: string, words = SLUG_WORDS): string {
  const ascii = foldDiacritics(quote)
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  const slug = ascii.split(" ").filter(Boolean).slice(0, words).join("-").slice(0, SLUG_MAX_CHARS).replace(/-+$/, "");
  return slug || "statement";
}

export function homeUrl(): string {
  return "/";
}

/** `/statements?…` with the filter's parameters in a fixed order; page 1 and unset values are left out. */
export function statementsUrl(filter: Partial<StatementFilter> = {}): string {
  const query = filterQueryString(filter);
  return query ? `/statements?${query}` : "/statements";
}

export function filterQueryString(filter: Partial<StatementFilter>): string {
  const params = new URLSearchParams();
  for (const param of FILTER_PARAMS) {
    const value = filter[param];
    if (value === undefined || value === null || value === "") continue;
    if (param === "page" && Number(value) <= 1) continue;
    params.set(param, String(value));
  }
  return params.toString();
}

/** The same filter without one parameter (and back on page 1): the "remove" link of a filter chip. */
export function statementsUrlWithout(filter: Partial<StatementFilter>, param: keyof StatementFilter): string {
  return statementsUrl({ ...filter, [param]: undefined, page: undefined, after: undefined });
}

export function statementsPageUrl(filter: Partial<StatementFilter>, page: number): string {
  return statementsUrl({ ...filter, page, after: undefined });
}

/** Where a list continues: a cursor (`after`) or, for ranked search results, a page number. */
export type NextPosition = { after: string } | { page: number };

export function positionFilter(filter: Partial<StatementFilter>, next: NextPosition): Partial<StatementFilter> {
  return "after" in next ? { ...filter, page: undefined, after: next.after } : { ...filter, page: next.page, after: undefined };
}

export function statementsNextUrl(filter: Partial<StatementFilter>, next: NextPosition): string {
  return statementsUrl(positionFilter(filter, next));
}

export interface StatementLinkTarget {
  id: string;
  quote: string;
}

/** The permalink `/statements/<id>/<slug>`. */
export function statementUrl(statement: StatementLinkTarget): string {
  return `/statements/${encodeURIComponent(statement.id)}/${slugifyQuote(statement.quote)}`;
}

/** Where a withdrawn statement's permalink is answered (410). */
export function withdrawnUrl(id: string): string {
  return `/withdrawn/${encodeURIComponent(id)}`;
}

/** How often extraction is right, as measured on reports annotated by hand (decision 0805). */
export function accuracyUrl(): string {
  return "/accuracy";
}

export function speakersUrl(): string {
  return "/speakers";
}

export function speakerUrl(slug: string): string {
  return `/speakers/${encodeURIComponent(slug)}`;
}

/** A topic's page: `/topics/troops`. */
export function topicPath(topic: string): string {
  return `/topics/${encodeURIComponent(topic)}`;
}

/** An outlet's page: `/outlets/<slug>`. */
export function outletPath(slug: string): string {
  return `/outlets/${encodeURIComponent(slug)}`;
}

/** The anchor of a statement's place in an article page (`#s-<id>`). */
export function articleAnchorId(statementId: string): string {
  return `s-${statementId}`;
}

/** A stored article's page, optionally scrolled to where one statement was printed. */
export function articlePath(id: string, statementId?: string): string {
  const path = `/articles/${encodeURIComponent(id)}`;
  return statementId ? `${path}#${encodeURIComponent(articleAnchorId(statementId))}` : path;
}

/** The page listing every speaker or outlet with its count under the current filter. */
export function facetPickerUrl(facet: "speaker" | "outlet", filter: Partial<StatementFilter> = {}): string {
  const query = filterQueryString({ ...filter, [facet]: undefined, page: undefined, after: undefined });
  const path = `/statements/choose/${facet}`;
  return query ? `${path}?${query}` : path;
}

export function timelineUrl(options: { speaker?: string | null; reviewed?: boolean } = {}): string {
  const params = new URLSearchParams();
  if (options.speaker) params.set("speaker", options.speaker);
  if (options.reviewed) params.set("reviewed", "1");
  const query = params.toString();
  return query ? `/timeline?${query}` : "/timeline";
}

/** The page listing every speaker whose timeline to show (decision 0385). */
export function timelineSpeakerChooserUrl(options: { reviewed?: boolean } = {}): string {
  return options.reviewed ? "/timeline/speakers?reviewed=1" : "/timeline/speakers";
}

/** Where the positions view's GET forms submit. */
export function positionsFormAction(): string {
  return "/positions";
}

/** `/positions?topic=…&speaker=…&zoom=…&at=…&changes=…&page=…`; the default zoom (year) and the first page are left out. */
export function positionsUrl(filter: Partial<PositionsFilter> = {}): string {
  return `${positionsFormAction()}?${positionsQuery(filter)}`;
}

/** The page listing every speaker to add to the comparison of this view (decision 0385). */
export function positionsSpeakerChooserUrl(filter: Partial<PositionsFilter> = {}): string {
  return `/positions/speakers?${positionsQuery({ ...filter, changes: undefined, page: undefined })}`;
}

function positionsQuery(filter: Partial<PositionsFilter>): string {
  const params = new URLSearchParams();
  params.set("topic", filter.topic ?? "troops");
  for (const speaker of filter.speaker ?? []) params.append("speaker", speaker);
  if (filter.zoom && filter.zoom !== "year") params.set("zoom", filter.zoom);
  if (filter.at) params.set("at", filter.at);
  if (filter.others) params.set("others", filter.others);
  if (filter.view) params.set("view", filter.view);
  if (filter.changes) params.set("changes", filter.changes);
  // Compared speakers fit on one page: a page of ranked rows means nothing beside them.
  if (filter.page && filter.page > 1 && !filter.speaker?.length) params.set("page", String(filter.page));
  return params.toString();
}

/** A change of position in the list below the chart (the target of its marker). */
export function positionChangeAnchor(speakerSlug: string, beforeId: string, afterId: string): string {
  return `change-${speakerSlug}-${beforeId}-${afterId}`.replace(/[^\w-]/g, "_");
}

export function apiStatementsNextUrl(filter: Partial<StatementFilter>, next: NextPosition, options: ApiListOptions = {}): string {
  return apiStatementsUrl(positionFilter(filter, next), options);
}

/** What the API takes beside the filter: a page size, or a streamed export's format and rows. */
export interface ApiListOptions {
  limit?: number;
  format?: "json" | "csv" | "jsonl";
  rows?: "statements" | "reports";
}

export function apiStatementsUrl(filter: Partial<StatementFilter> = {}, options: ApiListOptions = {}): string {
  const params = new URLSearchParams(filterQueryString(filter));
  if (options.limit !== undefined) params.set("limit", String(options.limit));
  if (options.format && options.format !== "json") params.set("format", options.format);
  if (options.rows && options.rows !== "statements") params.set("rows", options.rows);
  const query = params.toString();
  return query ? `/api/statements?${query}` : "/api/statements";
}

/** The whole filtered view (every page) as a download: the statements list's "Download" links. */
export function statementsExportUrl(
  filter: Partial<StatementFilter>,
  format: "csv" | "jsonl",
  rows: "statements" | "reports" = "statements",
): string {
  return apiStatementsUrl({ ...filter, page: undefined, after: undefined }, { format, rows });
}

export function apiDocsUrl(): string {
  return "/api";
}

export function openApiUrl(): string {
  return "/api/openapi.json";
}

export function apiSpeakersUrl(): string {
  return "/api/speakers";
}

export function apiSpeakerUrl(slug: string): string {
  return `/api/speakers/${encodeURIComponent(slug)}`;
}

export function apiOutletsUrl(): string {
  return "/api/outlets";
}

export function apiArticleUrl(id: string): string {
  return `/api/articles/${encodeURIComponent(id)}`;
}

export function apiStatementUrl(id: string): string {
  return `/api/statements/${encodeURIComponent(id)}`;
}

/** Resolves a path against a base such as "https://tracker.example.org" or "http://localhost:3000". */
export function absoluteUrl(path: string, base: string): string {
  return new URL(path, base.endsWith("/") ? base : `${base}/`).toString();
}

/** The site's own base URL: SITE_URL when configured, else http://localhost:<PORT>. */
export function siteBaseUrl(config: { SITE_URL?: string | null; PORT?: number | string | null }): string {
  if (config.SITE_URL) return config.SITE_URL.replace(/\/+$/, "");
  return `http://localhost:${config.PORT ?? 3000}`;
}

/**
 * Percent-encodes a text-fragment term. "-", "," and "&" are syntax inside `#:~:text=` (prefix-/-suffix,
 * textStart,textEnd, and the next directive); encodeURIComponent already takes "," and "&" (and every
 * character outside the URL code points), leaving "-" to encode by hand.
 */
export function encodeTextFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, "%2D");
}

/** Up to this many words a quote is matched whole; longer ones by their first and last words (textStart,textEnd). */
export const TEXT_FRAGMENT_WHOLE_WORDS = 8;
const TEXT_FRAGMENT_EDGE_WORDS = 4;

/**
 * A link to the source article that scrolls to (and highlights) the quoted words in browsers supporting
 * text fragments (https://wicg.github.io/scroll-to-text-fragment/); others simply open the page. Any
 * fragment the address had is replaced.
 */
export function sourceUrlAtQuote(url: string, quote: string): string {
  const base = url.split("#")[0];
  const words = quote.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  if (words.length === 0) return base;
  const directive =
    words.length <= TEXT_FRAGMENT_WHOLE_WORDS
      ? encodeTextFragmentTerm(words.join(" "))
      : `${encodeTextFragmentTerm(words.slice(0, TEXT_FRAGMENT_EDGE_WORDS).join(" "))},${encodeTextFragmentTerm(words.slice(-TEXT_FRAGMENT_EDGE_WORDS).join(" "))}`;
  return `${base}#:~:text=${directive}`;
}

// Editors (decision 0050) and the public corrections log.
export function editorUrl(notice?: string): string {
  return notice ? `/editor?notice=${encodeURIComponent(notice)}` : "/editor";
}

export function editorStatementUrl(id: string, notice?: string): string {
  const path = `/editor/statements/${encodeURIComponent(id)}`;
  return notice ? `${path}?notice=${encodeURIComponent(notice)}` : path;
}

export function editorImportUrl(): string {
  return "/editor/import";
}

/** Route handlers behind the editors' forms (POST only). */
export const EDITOR_ACTIONS = {
  signIn: "/editor/actions/sign-in",
  signOut: "/editor/actions/sign-out",
  review: "/editor/actions/review",
  resolveProblem: "/editor/actions/resolve-problem",
  preview: "/editor/actions/preview",
  import: "/editor/actions/import",
} as const;

export function correctionsUrl(page = 1): string {
  return page > 1 ? `/corrections?page=${page}` : "/corrections";
}

/** Where a reader's "Report a problem" form posts. */
export function statementProblemsUrl(id: string): string {
  return `/api/statements/${encodeURIComponent(id)}/problems`;
}

/** The permalink with a notice for the reader (after a problem report) and the anchor of the form. */
export function statementNoticeUrl(statement: StatementLinkTarget, notice: string): string {
  return `${statementUrl(statement)}?problem=${encodeURIComponent(notice)}#report-problem`;
}

// Feeds, sitemap and embeds (decision 0065).

/** The Atom feed of any statement filter: `/feeds/statements.atom?…` (page position left out: a feed is the newest). */
export function statementsFeedUrl(filter: Partial<StatementFilter> = {}): string {
  const query = filterQueryString({ ...filter, page: undefined, after: undefined });
  return query ? `/feeds/statements.atom?${query}` : "/feeds/statements.atom";
}

/** One speaker's statements as Atom. */
export function speakerFeedUrl(slug: string): string {
  return `/feeds/speakers/${encodeURIComponent(slug)}.atom`;
}

/** One topic's statements as Atom. */
export function topicFeedUrl(topic: string): string {
  return `/feeds/topics/${encodeURIComponent(topic)}.atom`;
}

/**
 * The feed that follows a filter: the speaker's or the topic's own feed when that is all the filter says,
 * else the filtered statements feed.
 */
export function followFeedUrl(filter: Partial<StatementFilter>): string {
  const narrowing = FILTER_PARAMS.filter((p) => p !== "page" && p !== "after" && filter[p] !== undefined && filter[p] !== "");
  if (narrowing.length === 1 && narrowing[0] === "speaker") return speakerFeedUrl(String(filter.speaker));
  if (narrowing.length === 1 && narrowing[0] === "topic") return topicFeedUrl(String(filter.topic));
  return statementsFeedUrl(filter);
}

/** A statement's permalink without its slug: never changes, so it is the statement's Atom entry id. */
export function statementIdUrl(id: string): string {
  return `/statements/${encodeURIComponent(id)}`;
}

/** The self-contained card other sites put in an iframe. */
export function embedStatementUrl(id: string): string {
  return `/embed/statements/${encodeURIComponent(id)}`;
}

/** The oEmbed endpoint for a page's absolute URL. */
export function oembedUrl(pageUrl: string): string {
  return `/oembed?${new URLSearchParams({ url: pageUrl, format: "json" }).toString()}`;
}

export function sitemapUrl(): string {
  return "/sitemap.xml";
}

/** One part of a sitemap split into an index (1-based). */
export function sitemapPartUrl(part: number): string {
  return `/sitemaps/${part}.xml`;
}

export function robotsUrl(): string {
  return "/robots.txt";
}

/** The statement id in a permalink path (`/statements/<id>` or `/statements/<id>/<slug>`), or null. */
export function statementIdFromPath(path: string): string | null {
  const match = /^\/statements\/([^/]+)(?:\/[^/]*)?\/?$/.exec(path);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** The embed card's stylesheet (same origin: the card loads nothing from anywhere else). */
export function embedStylesheetUrl(): string {
  return "/embed/card.css";
}
