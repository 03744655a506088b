// The block sample a text search's estimates read (decision 0125): the same blocks of "Statement" for the
// facets' shares (searchFacets.ts) and the list's total (listStatements.ts), so the two always agree.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";

/** Matches a sample aims at: enough for the shares of the top values, few enough to read in milliseconds. */
export const MATCH_TARGET = 300;
/** A sample reads at most this many statements (0.5 % of a million). */
export const SAMPLED_ROWS = 5_000;

export interface SearchSample {
  /** `"Statement" s` restricted to the sampled blocks. */
  from: Prisma.Sql;
  /** The share of the table sampled, in percent: a count in the sample times 100 / percent estimates the whole. */
  percent: number;
  /** Statements the sample is expected to hold. */
  rows: number;
}

/** The planner's count of statements (`reltuples`): what a sample's share of the table is taken of. */
export async function statementRows(db: PrismaClient): Promise<number> {
  const [table] = await db.$queryRaw<{ rows: number }[]>`
    SELECT greatest(reltuples, 1)::float8 AS rows FROM pg_class WHERE oid = '"Statement"'::regclass`;
  return Number(table?.rows ?? 1);
}

/**
 * The sample for a search the planner expects `estimate` matches of, in a table of `tableRows` statements
 * (statementRows): sized for about MATCH_TARGET matches, at most SAMPLED_ROWS statements. REPEATABLE: the
 * same blocks every time, so a page shows the same counts until the data changes.
 */
export function searchSample(tableRows: number, estimate: number): SearchSample {
  const rows = Math.min(SAMPLED_ROWS, tableRows, (MATCH_TARGET * tableRows) / Math.max(estimate, 1));
  const percent = (100 * rows) / tableRows;
  return { from: Prisma.sql`"Statement" s TABLESAMPLE SYSTEM (${percent}::real) REPEATABLE (1)`, percent, rows };
}

/** How many statements `where` (over `"Statement" s`) keeps by the sample: its count scaled to the whole table. */
export async function sampledTotal(db: PrismaClient, where: Prisma.Sql, estimate: number): Promise<number> {
  const sample = searchSample(await statementRows(db), estimate);
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${sample.from} ${where}`;
  return (Number(row?.n ?? 0) * 100) / sample.percent;
}
