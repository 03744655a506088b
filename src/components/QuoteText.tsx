import type { HighlightSegment } from "@/domain/search/highlight";
import type { KindValue } from "@/server/queries/types";
import { html, type SafeHtml } from "@/lib/html";
import { HighlightedText, highlightedTextHtml } from "./HighlightedText";

/**
 * Direct quotes in quotation marks; reported (indirect) speech without them, so nobody mistakes a paraphrase
 * for a quote. With `highlight`, the words a search matched are marked.
 */
export function QuoteText({ quote, kind, highlight }: { quote: string; kind: KindValue; highlight?: readonly HighlightSegment[] }) {
  if (!highlight) return kind === "indirect" ? <span className="italic">{quote}</span> : <>{`“${quote}”`}</>; // one text node
  const text = <HighlightedText segments={highlight} />;
  if (kind === "indirect") return <span className="italic">{text}</span>;
  return <>“{text}”</>;
}

/** QuoteText as a string (a unit test keeps the two the same). */
export function quoteTextHtml(quote: string, kind: KindValue, highlight?: readonly HighlightSegment[]): SafeHtml {
  const text = highlight ? highlightedTextHtml(highlight) : quote;
  return kind === "indirect" ? html`<span class="italic">${text}</span>` : html`“${text}”`;
}
