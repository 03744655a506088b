// Named errors thrown by server code, and the one place that maps them to HTTP.
// Route handlers call `errorResponse(error, request)`; pages call `notFound()` on NotFoundError.
// The JSON API answers errors as application/problem+json (RFC 9457).

export class NotFoundError extends Error {
  readonly status = 404;
  constructor(
    readonly resource: string,
    readonly key: string,
  ) {
    super(`${resource} "${key}" was not found`);
    this.name = "NotFoundError";
  }
}

export interface ParameterIssue {
  param: string;
  message: string;
}

/** A request whose parameters cannot be used (the JSON API answers 400). */
export class InvalidParametersError extends Error {
  readonly status = 400;
  constructor(readonly issues: ParameterIssue[]) {
    super(issues.map((issue) => `${issue.param}: ${issue.message}`).join("; ") || "Invalid parameters");
    this.name = "InvalidParametersError";
  }
}

export function isNotFoundError(error: unknown): error is NotFoundError {
  return error instanceof NotFoundError;
}

/** Seconds a client should wait before retrying while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

// Socket errors, pg's own connect timeout and the PostgreSQL codes of a server that is shutting
// down or starting (57P01-57P03) or a broken connection (class 08).
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE", "57P01", "57P02", "57P03"]);
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const UNREACHABLE_MESSAGE = /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED|Can't reach database server/i;

/**
 * Is this error (or anything it wraps: `cause`, Prisma's driver adapter error) the database
 * being unreachable rather than a bug? Such requests answer 503, not 500.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, kind, message, cause, meta } = error as {
    code?: unknown;
    kind?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  if (typeof code === "string" && (UNREACHABLE_CODES.has(code) || code.startsWith("08") || code === "P1001")) return true;
  if (typeof kind === "string" && UNREACHABLE_KINDS.has(kind)) return true;
  if (typeof message === "string" && UNREACHABLE_MESSAGE.test(message)) return true;
  return isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(meta?.driverAdapterError, depth + 1);
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  issues?: ParameterIssue[];
  /** The id under which the server logged this request (for 5xx answers). */
  requestId?: string;
  /** Extension members of a specific problem (RFC 9457), e.g. the article a withdrawn statement came from. */
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  410: "Gone",
  500: "Internal Server Error",
  501: "Not Implemented",
  503: "Service Unavailable",
};

export function problem(status: number, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: "about:blank", title: TITLES[status] ?? "Error", status, detail, ...extra };
}

/** Maps an error to a problem safe to show; unknown errors become a generic 500. */
export function describeError(error: unknown, requestId?: string): Problem {
  if (error instanceof NotFoundError) return problem(404, error.message);
  if (error instanceof InvalidParametersError) return problem(400, error.message, { issues: error.issues });
  if (isDatabaseUnavailable(error)) {
    return problem(503, "The database is temporarily unavailable. Please try again in a few seconds.", { requestId });
  }
  return problem(500, "Something went wrong on our side. Please try again.", { requestId });
}

/** The header the HTTP layer (src/server/http) gives every request it hands to Next. */
export const REQUEST_ID_HEADER = "x-request-id";

export function problemResponse(body: Problem): Response {
  const headers: Record<string, string> = { "Content-Type": "application/problem+json" };
  if (body.status === 503) headers["Retry-After"] = String(RETRY_AFTER_SECONDS);
  return new Response(JSON.stringify(body), { status: body.status, headers });
}

export function errorResponse(error: unknown, request?: Request): Response {
  const requestId = request?.headers.get(REQUEST_ID_HEADER) ?? undefined;
  const body = describeError(error, requestId);
  if (body.status === 503) console.warn(`[api] warn: database unavailable (request ${requestId ?? "-"}): ${oneLine(error)}`);
  else if (body.status >= 500) console.error(`[api] error (request ${requestId ?? "-"}):`, error);
  return problemResponse(body);
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim().slice(0, 300);
}
