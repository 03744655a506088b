import { Fragment } from "react";
import type { HighlightSegment } from "@/domain/search/highlight";
import { html, type SafeHtml } from "@/lib/html";

/** Text with the words a search matched in <mark>: React elements over plain strings, never HTML. */
export function HighlightedText({ segments }: { segments: readonly HighlightSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.match ? (
          <mark key={i} data-testid="search-match">
            {segment.text}
          </mark>
        ) : (
          <Fragment key={i}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}

/** HighlightedText as a string: every segment escaped, the matches in <mark>. */
export function highlightedTextHtml(segments: readonly HighlightSegment[]): SafeHtml {
  return html`${segments.map((segment) => (segment.match ? html`<mark data-testid="search-match">${segment.text}</mark>` : segment.text))}`;
}
