// Marks the words a search matched in the listed quotes: PostgreSQL's own ts_headline over the same
// websearch query (stems, phrases, "-word" and "or" exactly as the search understood them), returned as
// segments for React to render. Costs one query over the page's rows only.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import {
  type HighlightSegment,
  MATCH_START,
  MATCH_STOP,
  segmentsForSubstring,
  segmentsFromMarkers,
} from "@/domain/search/highlight";
import type { StatementSummary } from "./types";

const HEADLINE_OPTIONS = `StartSel="${MATCH_START}", StopSel="${MATCH_STOP}", HighlightAll=true`;

/**
 * The matched words of each listed quote. Its query needs only the ids, so it runs while `items` (the
 * same statements' summaries) load; their quotes check the marked text.
 */
export async function highlightQuotes(
  db: PrismaClient,
  ids: string[],
  items: Promise<StatementSummary[]>,
  q: string,
  mode: "words" | "substring",
): Promise<Record<string, HighlightSegment[]>> {
  if (ids.length === 0) return {};
  if (mode === "substring") return Object.fromEntries((await items).map((s) => [s.id, segmentsForSubstring(s.quote, q)]));
  const [rows, summaries] = await Promise.all([
    db.$queryRaw<{ id: string; marked: string }[]>(Prisma.sql`
      SELECT s.id, ts_headline('english', s.quote, websearch_to_tsquery('english', ${q}), ${HEADLINE_OPTIONS}) AS marked
      FROM "Statement" s WHERE s.id = ANY(${ids}::text[])`),
    items,
  ]);
  const quotes = new Map(summaries.map((s) => [s.id, s.quote]));
  const highlights: Record<string, HighlightSegment[]> = {};
  for (const row of rows) {
    const quote = quotes.get(row.id) ?? "";
    highlights[row.id] = segmentsFromMarkers(row.marked, quote) ?? [{ text: quote, match: false }];
  }
  return highlights;
}
