// Named errors thrown by server code, and the one place that maps them to HTTP.
// Route handlers call `errorResponse(error)`; pages call `notFound()` on NotFoundError.

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

export interface ErrorBody {
  error: { status: number; message: string; issues?: ParameterIssue[] };
}

/** Maps an error to a status and a message safe to show; unknown errors become a generic 500. */
export function describeError(error: unknown): ErrorBody["error"] {
  if (error instanceof NotFoundError) return { status: 404, message: error.message };
  if (error instanceof InvalidParametersError) return { status: 400, message: error.message, issues: error.issues };
  return { status: 500, message: "Something went wrong on our side. Please try again." };
}

export function errorResponse(error: unknown): Response {
  const body = describeError(error);
  if (body.status >= 500) console.error(error);
  return Response.json({ error: body } satisfies ErrorBody, { status: body.status });
}
