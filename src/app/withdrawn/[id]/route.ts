// GET /withdrawn/<id>: what a permalink answers after a re-extraction no longer finds its statement, or after an
// editor rejected it (410 Gone, decisions 0041 and 0051). The proxy sends retired permalinks here; a page component cannot answer 410 itself.
import { connection } from "next/server";
import { formatDate } from "@/lib/format";
import { homeUrl, statementsUrl } from "@/lib/urls";
import { findRetiredStatement } from "@/server/queries";
import { SITE_NAME } from "@/app/_shared/site";

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  await connection();
  const { id } = await params;
  const retired = await findRetiredStatement(id);
  if (retired?.kind !== "gone") return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const article = retired.article;
  const source = article
    ? [article.title ?? "the article", article.outlet, article.publishedAt ? formatDate(article.publishedAt, "day") : null].filter(Boolean).map((s) => escapeHtml(String(s))).join(", ")
    : null;
  const sourceLink = article?.url && /^https?:\/\//i.test(article.url) ? `<a href="${escapeHtml(article.url)}">${source}</a>` : source;
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Statement withdrawn · ${SITE_NAME}</title></head>
<body><main>
<h1>This statement was withdrawn</h1>
<p>${
    retired.rejection
      ? `An editor rejected the statement <code>${escapeHtml(id)}</code>: ${escapeHtml(retired.rejection.reason || "no reason given")}.`
      : `The statement <code>${escapeHtml(id)}</code> is no longer listed: a later, improved reading of its article no longer finds it there.`
  }</p>
${sourceLink ? `<p>It came from ${sourceLink}.</p>` : ""}
<p><a href="${statementsUrl()}">Browse all statements</a> · <a href="${homeUrl()}">${SITE_NAME}</a></p>
</main></body></html>`;
  return new Response(body, { status: 410, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
