// Speakers: the index, one profile, and the slugs known to the filters.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { isoDate } from "./statementSummary";
import type { SpeakerListItem, SpeakerProfile } from "./types";

/** Speakers with at least one statement, by name. */
export async function listSpeakers(options: { db?: PrismaClient } = {}): Promise<SpeakerListItem[]> {
  const db = options.db ?? getDb();
  const rows = await db.speaker.findMany({
    where: { statements: { some: {} } },
    select: {
      slug: true,
      name: true,
      _count: { select: { statements: true } },
      roles: { select: { title: true }, orderBy: [{ startDate: { sort: "desc", nulls: "last" } }], take: 1 },
    },
    orderBy: [{ name: "asc" }],
  });
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    statementCount: r._count.statements,
    latestRole: r.roles[0]?.title ?? null,
  }));
}

export async function getSpeaker(slug: string, options: { db?: PrismaClient } = {}): Promise<SpeakerProfile> {
  const db = options.db ?? getDb();
  if (!slug || slug.length > 100) throw new NotFoundError("Speaker", slug);
  const row = await db.speaker.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      aliases: true,
      roles: { select: { title: true, startDate: true, endDate: true }, orderBy: [{ startDate: { sort: "asc", nulls: "first" } }] },
      _count: { select: { statements: true } },
    },
  });
  if (!row) throw new NotFoundError("Speaker", slug);
  const dates = await db.statement.aggregate({ where: { speakerId: row.id }, _min: { date: true }, _max: { date: true } });
  return {
    slug: row.slug,
    name: row.name,
    aliases: row.aliases,
    roles: row.roles.map((r) => ({ title: r.title, startDate: isoDate(r.startDate), endDate: isoDate(r.endDate) })),
    statementCount: row._count.statements,
    firstDate: isoDate(dates._min.date),
    lastDate: isoDate(dates._max.date),
  };
}
