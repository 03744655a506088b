// Outlets for the filter dropdown: those that published or are cited in a report, with the number of
// statements their filter lists (a maintained count, migration 0003).
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getReadDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { isoDate, loadSummaries } from "./statementSummary";
import type { OutletArticle, OutletLink, OutletListItem, OutletProfile } from "./types";

export async function listOutlets(options: { db?: PrismaClient } = {}): Promise<OutletListItem[]> {
  const db = options.db ?? getReadDb();
  const rows = await db.outlet.findMany({
    where: { statementCount: { gt: 0 } },
    select: { slug: true, name: true, kind: true, statementCount: true },
    orderBy: [{ name: "asc" }, { slug: "asc" }],
  });
  return rows.sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.slug.localeCompare(b.slug));
}

const OUTLET_ARTICLES = 20;
const OUTLET_STATEMENTS = 10;

export async function getOutlet(slug: string, options: { db?: PrismaClient } = {}): Promise<OutletProfile> {
  const db = options.db ?? getReadDb();
  if (!slug || slug.length > 100) throw new NotFoundError("Outlet", slug);
  const outlet = await db.outlet.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, kind: true, aliases: true, statementCount: true },
  });
  if (!outlet) throw new NotFoundError("Outlet", slug);
  const [articles, articleCount, publishedIds, citedIds, cites, citedBy] = await Promise.all([
    db.$queryRaw<(Omit<OutletArticle, "publishedAt"> & { publishedAt: Date | null })[]>`
      SELECT a.id, a.title, a."publishedAt", a."publishedPrecision",
             (SELECT count(*)::int FROM "Report" r WHERE r."articleId" = a.id) AS "reportCount"
        FROM "Article" a WHERE a."outletId" = ${outlet.id}
       ORDER BY a."publishedAt" DESC NULLS LAST, a."importedAt" DESC, a.id LIMIT ${OUTLET_ARTICLES}`,
    db.article.count({ where: { outletId: outlet.id } }),
    db.$queryRaw<{ id: string }[]>`
      SELECT r."statementId" AS id FROM (
          SELECT id, "publishedAt" FROM "Article" WHERE "outletId" = ${outlet.id}
           ORDER BY "publishedAt" DESC NULLS LAST LIMIT ${OUTLET_ARTICLES * 5}) a
        JOIN "Report" r ON r."articleId" = a.id
       GROUP BY r."statementId" ORDER BY max(a."publishedAt") DESC NULLS LAST, min(r.start), r."statementId"
       LIMIT ${OUTLET_STATEMENTS}`,
    // Its own list (StatementOutlet, newest first) walked until enough cite it.
    db.$queryRaw<{ id: string }[]>`
      SELECT so."statementId" AS id FROM "StatementOutlet" so
       WHERE so."outletId" = ${outlet.id}
         AND EXISTS (SELECT 1 FROM "ReportCitation" rc JOIN "Report" r ON r.id = rc."reportId"
                      WHERE r."statementId" = so."statementId" AND rc."outletId" = ${outlet.id})
       ORDER BY so."sortDate" DESC, so."createdAt" DESC, so."statementId" DESC LIMIT ${OUTLET_STATEMENTS}`,
    db.$queryRaw<LinkRow[]>`
      SELECT o.slug, o.name, count(*)::int AS reports
        FROM "Article" a JOIN "Report" r ON r."articleId" = a.id
        JOIN "ReportCitation" rc ON rc."reportId" = r.id JOIN "Outlet" o ON o.id = rc."outletId"
       WHERE a."outletId" = ${outlet.id} AND rc."outletId" <> ${outlet.id}
       GROUP BY o.slug, o.name ORDER BY reports DESC, o.name LIMIT 50`,
    db.$queryRaw<LinkRow[]>`
      SELECT o.slug, o.name, count(*)::int AS reports
        FROM "ReportCitation" rc JOIN "Report" r ON r.id = rc."reportId" JOIN "Article" a ON a.id = r."articleId"
        LEFT JOIN "Outlet" o ON o.id = a."outletId"
       WHERE rc."outletId" = ${outlet.id} AND a."outletId" IS DISTINCT FROM ${outlet.id}
       GROUP BY o.slug, o.name ORDER BY reports DESC, o.name NULLS LAST LIMIT 50`,
  ]);
  const [published, citedIn] = await Promise.all([
    loadSummaries(db, publishedIds.map((r) => r.id)),
    loadSummaries(db, citedIds.map((r) => r.id)),
  ]);
  const toLink = (row: LinkRow): OutletLink => ({
    outlet: row.slug ? { slug: row.slug, name: row.name as string } : null,
    reports: Number(row.reports),
  });
  return {
    slug: outlet.slug,
    name: outlet.name,
    kind: outlet.kind,
    aliases: outlet.aliases,
    statementCount: outlet.statementCount,
    articleCount,
    articles: articles.map((a) => ({ ...a, publishedAt: isoDate(a.publishedAt), reportCount: Number(a.reportCount) })),
    published,
    citedIn,
    cites: cites.map(toLink),
    citedBy: citedBy.map(toLink),
  };
}

interface LinkRow {
  slug: string | null;
  name: string | null;
  reports: number;
}
