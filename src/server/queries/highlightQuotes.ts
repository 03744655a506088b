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

export async function highlightQuotes(
  db: PrismaClient,
  items: StatementSummary[],
  q: string,
  mode: "words" | "substring",
): Promise<Record<string, HighlightSegment[]>> {
  if (items.length === 0) return {};
  if (mode === "substring") return Object.fromEntries(items.map((s) => [s.id, segmentsForSubstring(s.quote, q)]));
  const rows = await db.$queryRaw<{ id: string; marked: string }[]>(Prisma.sql`
    SELECT s.id, ts_headline('english', s.quote, websearch_to_tsquery('english', ${q}), ${HEADLINE_OPTIONS}) AS marked
    FROM "Statement" s WHERE s.id = ANY(${items.map((s) => s.id)}::text[])`);
  const quotes = new Map(items.map((s) => [s.id, s.quote]));
  const highlights: Record<string, HighlightSegment[]> = {};
  for (const row of rows) {
    const quote = quotes.get(row.id) ?? "";
    highlights[row.id] = segmentsFromMarkers(row.marked, quote) ?? [{ text: quote, match: false }];
  }
  return highlights;
}
