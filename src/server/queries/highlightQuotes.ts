// Marks the words a search matched in the listed quotes: PostgreSQL's own ts_headline over the same
// websearch query (stems, phrases, "-word" and "or" exactly as the search understood them), returned as
// segments for React to render. The marked quote is a column of the page's own query (decision 0335: a
// query of its own was one more wait after the page's rows).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import {
  type HighlightSegment,
  MATCH_START,
  MATCH_STOP,
  segmentsForSubstring,
  segmentsFromMarkers,
} from "@/domain/search/highlight";
import type { StatementSummary } from "./types";

const HEADLINE_OPTIONS = `StartSel="${MATCH_START}", StopSel="${MATCH_STOP}", HighlightAll=true`;

/** `s.quote` with the words of the search `q` between MATCH_START and MATCH_STOP, as a column. */
export const markedQuote = (q: string) => Prisma.sql`ts_headline('english', s.quote, websearch_to_tsquery('english', ${q}), ${HEADLINE_OPTIONS})`;

/**
 * The matched words of each listed quote: from its marked quote (`markedQuote`, by id) in word mode, the
 * literal occurrences of `q` in substring mode (stop words only). A quote whose marked text is not the
 * quote is shown unmarked.
 */
export function highlightQuotes(
  items: StatementSummary[],
  q: string,
  mode: "words" | "substring",
  marked: ReadonlyMap<string, string>,
): Record<string, HighlightSegment[]> {
  if (mode === "substring") return Object.fromEntries(items.map((s) => [s.id, segmentsForSubstring(s.quote, q)]));
  const highlights: Record<string, HighlightSegment[]> = {};
  for (const item of items) {
    const text = marked.get(item.id);
    if (text === undefined) continue;
    highlights[item.id] = segmentsFromMarkers(text, item.quote) ?? [{ text: item.quote, match: false }];
  }
  return highlights;
}
