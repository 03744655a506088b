// Every public page for sitemap.xml, in one fixed order: the fixed pages, the topics, the speakers, the
// statements, the articles. A sitemap part is a window of that order; it is read in keyset chunks (one
// index seek to its first row, then `id > last` pages), so a part of 50,000 URLs never sits in memory and
// a million statements cost no more per part than a thousand (decision 0066).
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { FILTER_TOPICS } from "@/schemas/statementFilter";
import { articlePath, homeUrl, speakerUrl, speakersUrl, statementUrl, statementsUrl, timelineUrl, topicPath } from "@/lib/urls";
import { getReadDb } from "@/server/db";
import { LAST_CHANGE } from "./feedEntries";

export interface SitemapEntry {
  path: string;
  /** ISO date-time (UTC) of the page's last change, when known. */
  lastModified: string | null;
}

/** Rows read per query while a part streams. */
const CHUNK = 5000;

interface Reader {
  db: PrismaClient;
  chunk: number;
}

interface Section {
  count: number;
  /** Rows `offset` … `offset + limit - 1` of this section, in its order. */
  read: (reader: Reader, offset: number, limit: number) => AsyncGenerator<SitemapEntry>;
}

type KeyedRow = { key: string; path: string; modified: string | null };

/**
 * Reads a table in key order from position `offset`: one seek (an index-only OFFSET on the primary key),
 * then keyset chunks. `page(after, inclusive, n)` returns up to n rows from `after` on.
 */
async function* keysetRows(
  { db, chunk }: Reader,
  offset: number,
  limit: number,
  seek: (db: PrismaClient, offset: number) => Promise<string | null>,
  page: (db: PrismaClient, from: string, inclusive: boolean, n: number) => Promise<KeyedRow[]>,
): AsyncGenerator<SitemapEntry> {
  let from = await seek(db, offset);
  let inclusive = true;
  let left = limit;
  while (from !== null && left > 0) {
    const wanted = Math.min(chunk, left);
    const rows = await page(db, from, inclusive, wanted);
    for (const row of rows) yield { path: row.path, lastModified: row.modified };
    if (rows.length < wanted) return; // the table ends here
    left -= rows.length;
    from = rows[rows.length - 1].key;
    inclusive = false;
  }
}

/** to_char format of an ISO date-time in UTC (bound as a parameter). */
const ISO = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';

/** A table read in id order; `columns` are selected from it as `s` (id, modified and what `path` needs). */
function keyedSection<R extends { id: string; modified: string }>(
  count: number,
  table: Prisma.Sql,
  columns: Prisma.Sql,
  path: (row: R) => string,
): Section {
  return {
    count,
    read: (reader, offset, limit) =>
      keysetRows(
        reader,
        offset,
        limit,
        async (db, k) => (await db.$queryRaw<{ id: string }[]>`SELECT s.id FROM ${table} s ORDER BY s.id OFFSET ${k} LIMIT 1`)[0]?.id ?? null,
        async (db, from, inclusive, n) => {
          // One plain range on the primary key, so each chunk is an index range scan.
          const after = inclusive ? Prisma.sql`s.id >= ${from}` : Prisma.sql`s.id > ${from}`;
          const rows = await db.$queryRaw<R[]>`SELECT ${columns} FROM ${table} s WHERE ${after} ORDER BY s.id LIMIT ${n}`;
          return rows.map((row) => ({ key: row.id, path: path(row), modified: row.modified }));
        },
      ),
  };
}

const statementsSection = (count: number) =>
  keyedSection<{ id: string; quote: string; modified: string }>(
    count,
    Prisma.sql`"Statement"`,
    Prisma.sql`s.id, s.quote, to_char(${LAST_CHANGE}, ${ISO}) AS modified`,
    statementUrl,
  );

const articlesSection = (count: number) =>
  keyedSection<{ id: string; modified: string }>(
    count,
    Prisma.sql`"Article"`,
    Prisma.sql`s.id, to_char(s."importedAt", ${ISO}) AS modified`,
    (row) => articlePath(row.id),
  );

/** The fixed pages and the topics: they change with any data, so their date is the data version's. */
function fixedSection(changed: string | null): Section {
  const paths = [homeUrl(), statementsUrl(), speakersUrl(), timelineUrl(), ...FILTER_TOPICS.map(topicPath)];
  return {
    count: paths.length,
    async *read(_reader, offset, limit) {
      for (const path of paths.slice(offset, offset + limit)) yield { path, lastModified: changed };
    },
  };
}

/** Speakers are few (hundreds): a plain OFFSET; a page changes with the speaker's newest statement. */
function speakersSection(count: number): Section {
  return {
    count,
    async *read({ db }, offset, limit) {
      const rows = await db.$queryRaw<{ slug: string; modified: string }[]>`
        SELECT sp.slug, to_char(greatest(sp."createdAt", (SELECT max(s."createdAt") FROM "Statement" s WHERE s."speakerId" = sp.id)), ${ISO}) AS modified
          FROM "Speaker" sp ORDER BY sp.slug OFFSET ${offset} LIMIT ${limit}`;
      for (const row of rows) yield { path: speakerUrl(row.slug), lastModified: row.modified };
    },
  };
}

async function sections(db: PrismaClient): Promise<Section[]> {
  const [totals] = await db.$queryRaw<{ statements: number; articles: number; speakers: number; changed: string | null }[]>`
    SELECT coalesce((SELECT statements FROM "TrackerTotals" WHERE id = 1), 0)::int AS statements,
           coalesce((SELECT articles FROM "TrackerTotals" WHERE id = 1), 0)::int AS articles,
           (SELECT count(*) FROM "Speaker")::int AS speakers,
           (SELECT to_char("changedAt" AT TIME ZONE 'UTC', ${ISO}) FROM "DataVersion" WHERE id = 1) AS changed`;
  return [
    fixedSection(totals?.changed ?? null),
    speakersSection(Number(totals?.speakers ?? 0)),
    statementsSection(Number(totals?.statements ?? 0)),
    articlesSection(Number(totals?.articles ?? 0)),
  ];
}

/** How many URLs the sitemap holds (from maintained totals: no count over the statements). */
export async function sitemapSize(options: { db?: PrismaClient } = {}): Promise<number> {
  const all = await sections(options.db ?? getReadDb());
  return all.reduce((n, section) => n + section.count, 0);
}

/** The URLs at positions `start` … `start + limit - 1` of the sitemap order, streamed (`chunk` rows a query). */
export async function* sitemapEntries(
  start: number,
  limit: number,
  options: { db?: PrismaClient; chunk?: number } = {},
): AsyncGenerator<SitemapEntry> {
  const db = options.db ?? getReadDb();
  const reader = { db, chunk: Math.max(1, options.chunk ?? CHUNK) };
  let skip = start;
  let left = limit;
  for (const section of await sections(db)) {
    if (left <= 0) return;
    if (skip >= section.count) {
      skip -= section.count;
      continue;
    }
    for await (const entry of section.read(reader, skip, Math.min(left, section.count - skip))) {
      yield entry;
      left -= 1;
    }
    skip = 0;
  }
}
