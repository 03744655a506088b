// The GET handler of every public API route (src/app/api/**/route.ts only re-export these), so the
// integration tests call exactly what the server runs.
import "server-only";
import { siteUrl } from "@/app/_shared/site";
import { apiStatementUrl } from "@/lib/urls";
import { problem, problemResponse } from "@/server/errors";
import { findRetiredStatement } from "@/server/queries";
import { exportFileName, exportStream, EXPORT_CONTENT_TYPES } from "./exportStream";
import { serveApi, type ApiAnswer } from "./http";
import { openApiDocument } from "./openapi";
import { checkStatementsRequest, refuseUnknownSlugs } from "./params";
import {
  articleBody,
  outletListBody,
  speakerDetailBody,
  speakerListBody,
  statementDetailBody,
  statementListBody,
} from "./resources";

type RouteContext<K extends string> = { params: Promise<Record<K, string>> };

const noParams = () => undefined;

/** GET /api/statements: one page as JSON, or with format=csv|jsonl the whole view as a download. */
export function getStatements(request: Request): Promise<Response> {
  return serveApi(request, checkStatementsRequest, async (request): Promise<ApiAnswer> => {
    await refuseUnknownSlugs(request.filter);
    const { filter, options } = request;
    if (options.format === "json") {
      const body = await statementListBody(request);
      return { body, headers: body.next ? { Link: `<${body.next}>; rel="next"` } : undefined };
    }
    const name = exportFileName(filter, options.format, options.rows);
    const stream = await exportStream(filter, { format: options.format, rows: options.rows });
    return {
      response: new Response(stream, {
        headers: {
          "Content-Type": EXPORT_CONTENT_TYPES[options.format],
          "Content-Disposition": `attachment; filename="${name}"`,
        },
      }),
    };
  });
}

/** GET /api/statements/<id>; a retired id redirects (308) to its successor or answers 410 (decision 0041). */
export async function getStatementById(request: Request, { params }: RouteContext<"id">): Promise<Response> {
  const { id } = await params;
  const answer = await serveApi(request, noParams, async () => ({ body: await statementDetailBody(id) }));
  if (answer.status !== 404) return answer;
  const retired = await findRetiredStatement(id).catch(() => null);
  if (!retired) return answer;
  const headers = { "Access-Control-Allow-Origin": "*" };
  if (retired.kind === "moved") {
    return new Response(null, { status: 308, headers: { ...headers, Location: siteUrl(apiStatementUrl(retired.to.id)) } });
  }
  const detail = retired.rejection
    ? `This statement was rejected by an editor: ${retired.rejection.reason}`
    : "This statement was withdrawn: a re-extraction of its article no longer finds it.";
  const gone = problemResponse({ ...problem(410, detail), article: retired.article, rejection: retired.rejection });
  gone.headers.set("Access-Control-Allow-Origin", "*");
  return gone;
}

export function getSpeakers(request: Request): Promise<Response> {
  return serveApi(request, noParams, async () => ({ body: await speakerListBody() }));
}

export async function getSpeakerBySlug(request: Request, { params }: RouteContext<"slug">): Promise<Response> {
  const { slug } = await params;
  return serveApi(request, noParams, async () => ({ body: await speakerDetailBody(slug) }));
}

export function getOutlets(request: Request): Promise<Response> {
  return serveApi(request, noParams, async () => ({ body: await outletListBody() }));
}

export async function getArticleById(request: Request, { params }: RouteContext<"id">): Promise<Response> {
  const { id } = await params;
  return serveApi(request, noParams, async () => ({ body: await articleBody(id) }));
}

/** The document depends on the code only; its ETag still follows the data version like every answer. */
export function getOpenApi(request: Request): Promise<Response> {
  return serveApi(request, noParams, async () => ({ body: openApiDocument() }));
}

