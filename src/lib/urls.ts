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

export function speakersUrl(): string {
  return "/speakers";
}

export function speakerUrl(slug: string): string {
  return `/speakers/${encodeURIComponent(slug)}`;
}

export function timelineUrl(options: { speaker?: string | null } = {}): string {
  return options.speaker ? `/timeline?speaker=${encodeURIComponent(options.speaker)}` : "/timeline";
}

/** Where the positions view's GET forms submit. */
export function positionsFormAction(): string {
  return "/positions";
}

/** `/positions?topic=…&speaker=…&zoom=…&at=…`; the default zoom (year) is left out. */
export function positionsUrl(filter: Partial<PositionsFilter> = {}): string {
  const params = new URLSearchParams();
  params.set("topic", filter.topic ?? "troops");
  for (const speaker of filter.speaker ?? []) params.append("speaker", speaker);
  if (filter.zoom && filter.zoom !== "year") params.set("zoom", filter.zoom);
  if (filter.at) params.set("at", filter.at);
  if (filter.others) params.set("others", filter.others);
  if (filter.view) params.set("view", filter.view);
  return `${positionsFormAction()}?${params.toString()}`;
}

/** A change of position in the list below the chart (the target of its marker). */
export function positionChangeAnchor(speakerSlug: string, beforeId: string, afterId: string): string {
  return `change-${speakerSlug}-${beforeId}-${afterId}`.replace(/[^\w-]/g, "_");
}

export function apiStatementsNextUrl(filter: Partial<StatementFilter>, next: NextPosition): string {
  return apiStatementsUrl(positionFilter(filter, next));
}

export function apiStatementsUrl(filter: Partial<StatementFilter> = {}): string {
  const query = filterQueryString(filter);
  return query ? `/api/statements?${query}` : "/api/statements";
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

/** Percent-encodes a text-fragment term: "-", "," and "&" are syntax inside `#:~:text=`. */
function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, "%2D").replace(/,/g, "%2C");
}

/**
 * A link to the source article that scrolls to (and highlights) the quote in
 * browsers supporting text fragments; others simply open the page.
 */
export function sourceUrlAtQuote(url: string, quote: string): string {
  const base = url.split("#")[0];
  const words = quote.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  if (words.length === 0) return base;
  const directive =
    words.length <= 8
      ? encodeFragmentTerm(words.join(" "))
      : `${encodeFragmentTerm(words.slice(0, 4).join(" "))},${encodeFragmentTerm(words.slice(-4).join(" "))}`;
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
