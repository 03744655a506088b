// Outlets for the filter dropdown: those that published or are cited in a report, with the number of
// statements their filter lists (a maintained count, migration 0003).
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getReadDb } from "@/server/db";
import type { OutletListItem } from "./types";

export async function listOutlets(options: { db?: PrismaClient } = {}): Promise<OutletListItem[]> {
  const db = options.db ?? getReadDb();
  const rows = await db.outlet.findMany({
    where: { statementCount: { gt: 0 } },
    select: { slug: true, name: true, kind: true, statementCount: true },
    orderBy: [{ name: "asc" }, { slug: "asc" }],
  });
  return rows.sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.slug.localeCompare(b.slug));
}
