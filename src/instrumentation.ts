// Next calls onRequestError for every error it catches while rendering a page or running a
// route handler. One line names the request id (set by src/server/http, shown to the reader
// on the error page) next to Next's digest; a database that cannot be reached also tells the
// HTTP layer's monitor, so the following requests get 503 at once.
import type { Instrumentation } from "next";
import { REQUEST_ID_HEADER, isDatabaseUnavailable } from "@/server/errors";

interface Monitor {
  reportUnavailable(): void;
}

export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const requestId = String(request.headers[REQUEST_ID_HEADER] ?? "-");
  const digest = typeof error === "object" && error && "digest" in error ? String(error.digest) : "-";
  const message = error instanceof Error ? error.message.replace(/\s+/g, " ").slice(0, 300) : String(error);
  const where = `${context.routeType} ${request.method} ${request.path} (request ${requestId}, digest ${digest})`;
  if (isDatabaseUnavailable(error)) {
    (globalThis as { __natoTrackerDatabaseMonitor?: Monitor }).__natoTrackerDatabaseMonitor?.reportUnavailable();
    console.warn(`[app] warn: database unavailable in ${where}: ${message}`);
  } else {
    console.error(`[app] error in ${where}: ${message}`);
  }
};
