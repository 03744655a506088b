// The one way the public API answers: read-only (GET and HEAD; OPTIONS for CORS preflight; 405 otherwise),
// open to every origin for reading, a 400 naming each bad parameter before anything else, then the ETag
// of the data version (a conditional GET gets 304 before any query runs), then the body. Errors are
// application/problem+json through src/server/errors.ts.
import "server-only";
import { errorResponse, InvalidParametersError, problem, problemResponse, type ParameterIssue } from "@/server/errors";
import { cacheHeaders, isNotModified, notModified } from "@/server/httpCache";
import { readDataVersion, type DataVersion } from "@/server/queries";

export const API_METHODS = "GET, HEAD, OPTIONS";

/** Reading is open to any origin; the validators and the download name are readable by scripts. */
export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Link, Content-Disposition",
};

function withCors(response: Response): Response {
  for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
  return response;
}

export interface ApiAnswer {
  /** A JSON body, or a ready response (a streamed export) whose caching headers are added here. */
  body?: unknown;
  response?: Response;
  headers?: Record<string, string>;
}

/**
 * Answers an API GET: `check` validates the request (throw InvalidParametersError) and returns what
 * `build` needs; `build` runs only when the client's copy is out of date.
 */
export async function serveApi<P>(
  request: Request,
  check: (url: URL) => P,
  build: (params: P, version: DataVersion) => Promise<ApiAnswer>,
): Promise<Response> {
  try {
    const params = check(new URL(request.url));
    const version = await readDataVersion();
    if (isNotModified(request, version)) return withCors(notModified(version));
    const answer = await build(params, version);
    const headers = { ...cacheHeaders(version), ...answer.headers };
    if (answer.response) {
      for (const [name, value] of Object.entries(headers)) answer.response.headers.set(name, value);
      return withCors(answer.response);
    }
    return withCors(Response.json(answer.body, { headers }));
  } catch (error) {
    return withCors(errorResponse(error, request));
  }
}

/** Throws a 400 naming every bad parameter, if any. */
export function refuseIssues(issues: ParameterIssue[]): void {
  if (issues.length > 0) throw new InvalidParametersError(issues);
}

/** POST, PUT, PATCH, DELETE on a read-only resource. */
export function methodNotAllowed(request: Request): Response {
  const response = problemResponse(problem(405, `${request.method} is not allowed here: the API is read-only (${API_METHODS}).`));
  response.headers.set("Allow", API_METHODS);
  return withCors(response);
}

/** The CORS preflight a browser sends before a conditional GET (If-None-Match is not a simple header). */
export function preflight(): Response {
  return withCors(
    new Response(null, {
      status: 204,
      headers: {
        Allow: API_METHODS,
        "Access-Control-Allow-Methods": API_METHODS,
        "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since, Accept",
        "Access-Control-Max-Age": "86400",
      },
    }),
  );
}

// What every read-only API route exports beside its GET (`export { OPTIONS, POST, … } from "@/server/api/http"`).
export const OPTIONS = preflight;
export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
