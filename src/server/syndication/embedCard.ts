// The embeddable statement card (decision 0067): one small HTML document with no script at all, styled by
// one same-origin stylesheet (a nonce would not survive a 304, and no third party is involved), links that
// open in a new tab (the tracker's own pages refuse to be framed). Everything interpolated is escaped.
import "server-only";
import { SITE_NAME } from "@/app/_shared/site";
import { formatDate, stanceDescription, stanceLabel, topicLabel } from "@/lib/format";
import { html, type SafeHtml } from "@/lib/html";
import type { FeedEntry } from "@/server/queries";

export const EMBED_STYLESHEET = `
*{box-sizing:border-box}
html,body{margin:0;padding:0;background:transparent}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#0f172a}
.card{margin:0;border:1px solid #cbd5e1;border-radius:10px;background:#fff;padding:14px 16px;max-width:640px}
blockquote{margin:0 0 10px;font-size:1.15em;line-height:1.4;font-weight:600;quotes:"“" "”"}
blockquote::before{content:open-quote}blockquote::after{content:close-quote}
.who{margin:0 0 8px;color:#334155}.who strong{color:#0f172a}
.stances{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 10px;padding:0;list-style:none}
.stance{border:1px solid #cbd5e1;border-radius:6px;padding:1px 8px;font-size:.85em}
.supports{border-color:#6ee7b7;background:#ecfdf5;color:#064e3b}
.conditional{border-color:#fcd34d;background:#fffbeb;color:#451a03}
.opposes{border-color:#fca5a5;background:#fef2f2;color:#7f1d1d}
.foot{display:flex;flex-wrap:wrap;justify-content:space-between;gap:6px;margin:0;font-size:.85em;color:#475569}
a{color:#1e40af}
`.trim();

const LINK = { target: "_blank", rel: "noopener noreferrer" };

function cardDocument(title: string, stylesheet: string, canonical: string | null, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${title}</title>
${canonical ? html`<link rel="canonical" href="${canonical}">` : ""}<link rel="stylesheet" href="${stylesheet}">
</head><body>${body}</body></html>`.value;
}

export interface CardLinks {
  permalink: string;
  stylesheet: string;
}

/** The card of a live statement. */
export function statementCard(entry: FeedEntry, links: CardLinks): string {
  const who = entry.speaker?.name ?? "Unattributed";
  const when = entry.date ? formatDate(entry.date, entry.datePrecision) : "undated";
  const first = entry.sources[0];
  const more = entry.sources.length - 1;
  // Without a source address the permalink shows the report and the paragraph it came from.
  const source = first
    ? html`Source: <a href="${first.url ?? links.permalink}" target="${LINK.target}" rel="${LINK.rel}">${first.outlet ?? first.title ?? "the report"}</a>${more > 0 ? html` and <a href="${links.permalink}" target="${LINK.target}" rel="${LINK.rel}">${more} more</a>` : ""}`
    : html`No report`;
  const stances = entry.stances.map(
    (s) => html`<li class="stance ${s.value}" title="${stanceDescription(s.topic, s.value)}">${topicLabel(s.topic)}: <strong>${stanceLabel(s.value)}</strong></li>`,
  );
  const body = html`<article class="card" data-statement="${entry.id}">
<blockquote>${entry.quote}</blockquote>
<p class="who"><strong>${who}</strong>${entry.roleAtTime ? html`, ${entry.roleAtTime}` : ""} · <time${entry.date ? html` datetime="${entry.date}"` : ""}>${when}</time></p>
${stances.length ? html`<ul class="stances">${stances}</ul>` : ""}
<p class="foot"><span>${source}</span><span>via <a href="${links.permalink}" target="${LINK.target}" rel="${LINK.rel}">${SITE_NAME}</a></span></p>
</article>`;
  return cardDocument(`${who}: “${entry.quote.slice(0, 80)}” · ${SITE_NAME}`, links.stylesheet, links.permalink, body);
}

/** A card that says why there is no statement: unknown (404) or withdrawn (410). */
export function missingCard(kind: "unknown" | "withdrawn", links: { home: string; stylesheet: string }): string {
  const message =
    kind === "withdrawn"
      ? "This statement was withdrawn: the tracker no longer finds it in its source, or an editor rejected it."
      : "There is no statement at this address.";
  const body = html`<article class="card" data-missing="${kind}"><p class="who">${message}</p>
<p class="foot"><span></span><span>via <a href="${links.home}" target="${LINK.target}" rel="${LINK.rel}">${SITE_NAME}</a></span></p></article>`;
  return cardDocument(`${kind === "withdrawn" ? "Withdrawn statement" : "Statement not found"} · ${SITE_NAME}`, links.stylesheet, null, body);
}
