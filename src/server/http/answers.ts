// The answers the HTTP layer gives itself, without Next: the site's plain error page (HTML)
// for pages, application/problem+json under /api. Both carry the security headers and the
// request id, and a 503 carries Retry-After.
import type { ServerResponse } from "node:http";
import { homeUrl, statementsUrl } from "@/lib/urls";
import { createNonce, securityHeaders } from "@/lib/securityHeaders";
import { RETRY_AFTER_SECONDS, problem } from "@/server/errors";

export interface Answer {
  status: number;
  /** One sentence for the reader. */
  message: string;
}

const HEADINGS: Record<number, string> = {
  400: "That address is not valid",
  404: "We could not find that page",
  500: "Something went wrong",
  503: "Temporarily unavailable",
};

export function wantsProblemJson(path: string): boolean {
  return path === "/api" || path.startsWith("/api/");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(answer: Answer, requestId: string, nonce: string): string {
  const heading = HEADINGS[answer.status] ?? "Error";
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)} · NATO Statement Tracker</title>
<style nonce="${nonce}">
body{margin:0;font-family:ui-sans-serif,system-ui,sans-serif;background:#f8fafc;color:#0f172a}
header{background:#1e3a8a;color:#fff;padding:.9rem 1.5rem;font-weight:600;font-size:1.1rem}
header a{color:#fff;text-decoration:none}
main{max-width:42rem;margin:2rem auto;padding:2rem;background:#fff;border:1px solid #e2e8f0;border-radius:.75rem}
.code{font-size:.8rem;font-weight:600;letter-spacing:.05em;text-transform:uppercase;color:#475569}
h1{margin:.4rem 0 0;font-size:1.8rem}p{line-height:1.5;color:#334155}a{color:#1e40af}
</style></head>
<body><header><a href="${homeUrl()}">NATO Statement Tracker</a></header>
<main data-testid="edge-error"><p class="code">Error ${answer.status}</p><h1>${escapeHtml(heading)}</h1>
<p>${escapeHtml(answer.message)}</p>
<p><a href="${statementsUrl()}">Browse all statements</a> · <a href="${homeUrl()}">Home page</a></p>
<p class="code">Reference: ${escapeHtml(requestId)}</p></main></body></html>
`;
}

/** Writes a complete answer (HTML or problem+json, by path) unless a response was already started. */
export function sendAnswer(
  res: ServerResponse,
  answer: Answer,
  context: { path: string; requestId: string; https: boolean; method?: string },
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const nonce = createNonce();
  const json = wantsProblemJson(context.path);
  const body = json
    ? JSON.stringify(problem(answer.status, answer.message, { requestId: context.requestId }))
    : page(answer, context.requestId, nonce);
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(securityHeaders({ path: context.path, nonce, https: context.https }))) {
    res.setHeader(name, value);
  }
  res.setHeader("Content-Type", json ? "application/problem+json" : "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Length", Buffer.byteLength(body));
  if (answer.status === 503) res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
  res.end(context.method === "HEAD" ? undefined : body);
}
