// Atom feeds of statements (decision 0065): any filter of the statements page, one speaker, one topic.
// The query string is parsed by the statements page's own schema; a bad parameter answers 400
// problem+json like the API, never a 500. Written by the `feed` library; every text it puts into a
// type="html" element is escaped by us first (a quote is text, never markup; this also keeps "]]>" out
// of the library's CDATA sections). ETag and Last-Modified come from the data version.
import "server-only";
import { Feed } from "feed";
import { SITE_NAME, siteBase, siteUrl } from "@/app/_shared/site";
import { formatDate, stanceLabel, stanceDescription, topicLabel } from "@/lib/format";
import { escapeText, html } from "@/lib/html";
import {
  followFeedUrl,
  speakerUrl,
  statementIdUrl,
  statementUrl,
  statementsUrl,
  topicPath,
} from "@/lib/urls";
import { dropUnknownSlugs, parseStatementFilter, type StatementFilter } from "@/schemas/statementFilter";
import { InvalidParametersError, NotFoundError, errorResponse } from "@/server/errors";
import { cacheHeaders, isNotModified, notModified } from "@/server/httpCache";
import { listFeedEntries, listOutlets, listSpeakers, readDataVersion, type FeedEntry } from "@/server/queries";

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

/** What the path fixes: `/feeds/speakers/<slug>.atom` or `/feeds/topics/<topic>.atom`. */
export type FeedScope = { speaker: string } | { topic: string } | Record<string, never>;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

function entryTitle(entry: FeedEntry): string {
  return `${entry.speaker?.name ?? "Unattributed"}: “${shorten(entry.quote, 120)}”`;
}

/** The entry's HTML: quote, who and when, stance and topics, every report with its source, the permalink. */
export function entryContent(entry: FeedEntry, permalink: string): string {
  const when = entry.date ? formatDate(entry.date, entry.datePrecision) : "Undated";
  const stances = entry.stances.map(
    (s) => html`<li>${topicLabel(s.topic)}: <strong>${stanceLabel(s.value)}</strong> (${stanceDescription(s.topic, s.value)}), on the words “${s.evidence}”</li>`,
  );
  const sources = entry.sources.map((source) => {
    const name = source.outlet ?? "Unknown outlet";
    const published = source.publishedAt ? `, ${formatDate(source.publishedAt)}` : "";
    return source.url
      ? html`<li><a href="${source.url}">${name}</a>${source.title ? html`: ${source.title}` : ""}${published}</li>`
      : html`<li>${name}${source.title ? html`: ${source.title}` : ""}${published} (imported from ${source.sourceFile})</li>`;
  });
  return html`<blockquote><p>${entry.quote}</p></blockquote>
<p><strong>${entry.speaker?.name ?? "Unattributed"}</strong>${entry.roleAtTime ? html`, ${entry.roleAtTime}` : ""} — ${when}</p>
<p>Topics: ${entry.topics.map(topicLabel).join(", ") || "none"}</p>
${stances.length ? html`<p>Stance:</p><ul>${stances}</ul>` : ""}
<p>Reported by:</p><ul>${sources}</ul>
<p><a href="${permalink}">The statement on the NATO Statement Tracker</a></p>`.value;
}

function describe(filter: StatementFilter, names: { speaker?: string; outlet?: string }): string {
  const parts: string[] = [];
  if (filter.speaker) parts.push(`by ${names.speaker ?? filter.speaker}`);
  if (filter.topic) parts.push(`on ${topicLabel(filter.topic).toLowerCase()}`);
  if (filter.stance) parts.push(`(${stanceLabel(filter.stance).toLowerCase()})`);
  if (filter.outlet) parts.push(`reported by ${names.outlet ?? filter.outlet}`);
  if (filter.from || filter.to) parts.push(`from ${filter.from ?? "the start"} to ${filter.to ?? "today"}`);
  if (filter.reviewed) parts.push("reviewed by an editor");
  if (filter.q) parts.push(`matching “${filter.q}”`);
  return parts.length ? `Statements ${parts.join(" ")}` : "All statements";
}

export function renderAtom(filter: StatementFilter, entries: FeedEntry[], title: string, fallbackUpdated: Date): string {
  const self = siteUrl(followFeedUrl(filter));
  const updated = entries.reduce((latest, e) => (e.updatedAt > latest ? e.updatedAt : latest), "");
  const feed = new Feed({
    title: `${title} · ${SITE_NAME}`,
    description: "What NATO's leaders said, newest first, each statement linked to the reports it came from.",
    id: self,
    link: siteUrl(statementsUrl({ ...filter, page: undefined, after: undefined })),
    feedLinks: { atom: self },
    updated: updated ? new Date(updated) : fallbackUpdated,
    generator: SITE_NAME,
    author: { name: SITE_NAME, link: siteBase() },
    copyright: "Quotes belong to their speakers and the outlets that reported them.",
  });
  for (const entry of entries) {
    const permalink = siteUrl(statementUrl(entry));
    feed.addItem({
      title: escapeText(entryTitle(entry)),
      id: siteUrl(statementIdUrl(entry.id)),
      link: permalink,
      date: new Date(entry.updatedAt),
      ...(entry.date && entry.datePrecision === "day" ? { published: new Date(`${entry.date}T00:00:00Z`) } : {}),
      content: entryContent(entry, permalink),
      author: entry.speaker ? [{ name: entry.speaker.name, link: siteUrl(speakerUrl(entry.speaker.slug)) }] : undefined,
      category: entry.topics.map((topic) => ({ term: topic, name: topicLabel(topic), scheme: siteUrl(topicPath("")) })),
    });
  }
  return feed.atom1();
}

/**
 * The request's filter: its query string with the path's speaker or topic added. A path naming nothing
 * (a malformed slug, an unknown topic) is a missing page (404); the same parameter again in the query is a 400.
 */
function requestFilter(request: Request, scope: FeedScope) {
  const params = new URL(request.url).searchParams;
  const fixed = Object.entries(scope);
  const repeated = fixed.filter(([name]) => params.has(name));
  if (repeated.length > 0) {
    throw new InvalidParametersError(repeated.map(([param]) => ({ param, message: `This feed's ${param} is set by its address; leave it out of the query.` })));
  }
  const parsed = parseStatementFilter(new URLSearchParams([...params, ...fixed]));
  const pathIssue = parsed.issues.find((issue) => issue.param in scope);
  if (pathIssue) throw new NotFoundError(pathIssue.param === "topic" ? "Topic" : "Speaker", pathIssue.value);
  if (parsed.issues.length > 0) throw new InvalidParametersError(parsed.issues);
  return parsed;
}

/** `mark-rutte.atom` → `mark-rutte`; anything not ending in .atom names no feed. */
export function feedScopeFromFile(kind: "speaker" | "topic", file: string): FeedScope {
  let name: string;
  try {
    name = decodeURIComponent(file);
  } catch {
    name = file;
  }
  if (!name.endsWith(".atom")) throw new NotFoundError("Feed", name);
  return kind === "speaker" ? { speaker: name.slice(0, -".atom".length) } : { topic: name.slice(0, -".atom".length) };
}

export async function answerStatementsFeed(request: Request, scopeOf: () => FeedScope = () => ({})): Promise<Response> {
  try {
    const scope = scopeOf();
    const parsed = requestFilter(request, scope);
    const version = await readDataVersion();
    if (isNotModified(request, version)) return notModified(version);
    const [speakers, outlets] = await Promise.all([listSpeakers(), listOutlets()]);
    if ("speaker" in scope && !speakers.some((s) => s.slug === parsed.filter.speaker)) {
      throw new NotFoundError("Speaker", scope.speaker);
    }
    const { filter, issues } = dropUnknownSlugs(parsed, { speakers: speakers.map((s) => s.slug), outlets: outlets.map((o) => o.slug) });
    if (issues.length > 0) throw new InvalidParametersError(issues);
    const entries = await listFeedEntries({ ...filter, page: 1, after: undefined });
    const title = describe(filter, {
      speaker: speakers.find((s) => s.slug === filter.speaker)?.name,
      outlet: outlets.find((o) => o.slug === filter.outlet)?.name,
    });
    return new Response(renderAtom(filter, entries, title, version.changedAt), {
      headers: { "Content-Type": ATOM_CONTENT_TYPE, ...cacheHeaders(version) },
    });
  } catch (error) {
    return errorResponse(error, request);
  }
}
