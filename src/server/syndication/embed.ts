// /embed/statements/<id> (the card) and /oembed (decision 0067). A retired id moves like its permalink
// (308 to the statement that replaced it) or answers 410; an unknown one a 404 card.
import "server-only";
import { SITE_NAME, siteBase, siteUrl } from "@/app/_shared/site";
import { html } from "@/lib/html";
import { embedStatementUrl, embedStylesheetUrl, homeUrl, speakerUrl, statementIdFromPath, statementUrl } from "@/lib/urls";
import { EMBED_HEIGHT, EMBED_WIDTH, parseOembedRequest } from "@/schemas/oembed";
import { InvalidParametersError, NotFoundError, errorResponse, problem, problemResponse } from "@/server/errors";
import { cacheHeaders, isNotModified, notModified } from "@/server/httpCache";
import { findRetiredStatement, getFeedEntry, readDataVersion, type FeedEntry } from "@/server/queries";
import { EMBED_STYLESHEET, missingCard, statementCard } from "./embedCard";

const HTML = "text/html; charset=utf-8";

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The live statement an id names, following a re-extraction's move; or why there is none. */
async function resolveStatement(id: string): Promise<{ entry: FeedEntry } | { movedTo: string } | { missing: "unknown" | "withdrawn" }> {
  // Ids are short and printable; anything else (a NUL from a decoded oEmbed url) names nothing and never reaches SQL.
  if (id.length === 0 || id.length > 100 || /\p{Cc}/u.test(id)) return { missing: "unknown" };
  const entry = await getFeedEntry(id);
  if (entry) return { entry };
  const retired = await findRetiredStatement(id);
  if (retired?.kind === "moved") return { movedTo: retired.to.id };
  return { missing: retired?.kind === "gone" ? "withdrawn" : "unknown" };
}

export async function answerEmbed(request: Request, rawId: string): Promise<Response> {
  try {
    const version = await readDataVersion();
    if (isNotModified(request, version)) return notModified(version);
    const found = await resolveStatement(safeDecode(rawId));
    if ("movedTo" in found) return new Response(null, { status: 308, headers: { Location: embedStatementUrl(found.movedTo) } });
    const headers = { "Content-Type": HTML, ...cacheHeaders(version) };
    if ("missing" in found) {
      const body = missingCard(found.missing, { home: siteUrl(homeUrl()), stylesheet: embedStylesheetUrl() });
      return new Response(body, { status: found.missing === "withdrawn" ? 410 : 404, headers });
    }
    const card = statementCard(found.entry, { permalink: siteUrl(statementUrl(found.entry)), stylesheet: embedStylesheetUrl() });
    return new Response(card, { headers });
  } catch (error) {
    return errorResponse(error, request);
  }
}

export function answerEmbedStylesheet(): Response {
  return new Response(EMBED_STYLESHEET, {
    headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}

/** A statement page of this site: its origin is the configured one or the one the request came to. */
function statementIdOf(pageUrl: string, request: Request): string | null {
  const url = new URL(pageUrl);
  const origins = [new URL(siteBase()).origin, new URL(request.url).origin];
  return origins.includes(url.origin) ? statementIdFromPath(url.pathname) : null;
}

/** GET /oembed?url=<statement page>&format=json[&maxwidth=&maxheight=]: a "rich" answer whose html is the card's iframe. */
export async function answerOembed(request: Request): Promise<Response> {
  try {
    const parsed = parseOembedRequest(new URL(request.url).searchParams);
    if (!parsed.request) throw new InvalidParametersError(parsed.issues);
    const { url, format, maxwidth, maxheight } = parsed.request;
    if (format !== "json") return problemResponse(problem(501, "Only format=json is offered."));
    const id = statementIdOf(url, request);
    if (!id) throw new NotFoundError("Statement page", url);
    const version = await readDataVersion();
    if (isNotModified(request, version)) return notModified(version);
    const found = await resolveStatement(id);
    if ("missing" in found) throw new NotFoundError("Statement", id);
    const entry = "entry" in found ? found.entry : await getFeedEntry(found.movedTo);
    if (!entry) throw new NotFoundError("Statement", id);
    const width = Math.min(EMBED_WIDTH, maxwidth ?? EMBED_WIDTH);
    const height = Math.min(EMBED_HEIGHT, maxheight ?? EMBED_HEIGHT);
    const who = entry.speaker?.name ?? "Unattributed statement";
    const iframe = html`<iframe src="${siteUrl(embedStatementUrl(entry.id))}" width="${width}" height="${height}" title="${who} on ${SITE_NAME}" style="border:0;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
    const body = {
      version: "1.0",
      type: "rich",
      title: `${who}: “${entry.quote}”`,
      ...(entry.speaker ? { author_name: entry.speaker.name, author_url: siteUrl(speakerUrl(entry.speaker.slug)) } : {}),
      provider_name: SITE_NAME,
      provider_url: siteUrl(homeUrl()),
      html: iframe.value,
      width,
      height,
    };
    return Response.json(body, { headers: { ...cacheHeaders(version), "Access-Control-Allow-Origin": "*" } });
  } catch (error) {
    return errorResponse(error, request);
  }
}
