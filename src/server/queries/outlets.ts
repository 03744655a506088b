// Outlets for the filter dropdown: those that published or are cited in a report.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import type { OutletListItem } from "./types";

export async function listOutlets(options: { db?: PrismaClient } = {}): Promise<OutletListItem[]> {
  const db = options.db ?? getDb();
  const rows = await db.$queryRaw<{ slug: string; name: string; kind: OutletListItem["kind"]; reportCount: number }[]>`
    SELECT o.slug, o.name, o.kind::text AS kind, count(DISTINCT x.report_id)::int AS "reportCount"
    FROM "Outlet" o
    JOIN (
      SELECT a."outletId" AS outlet_id, r.id AS report_id
      FROM "Report" r JOIN "Article" a ON a.id = r."articleId"
      WHERE a."outletId" IS NOT NULL
      UNION
      SELECT rc."outletId", rc."reportId" FROM "ReportCitation" rc
    ) x ON x.outlet_id = o.id
    GROUP BY o.id
    ORDER BY lower(o.name), o.slug`;
  return rows.map((r) => ({ slug: r.slug, name: r.name, kind: r.kind, reportCount: Number(r.reportCount) }));
}
