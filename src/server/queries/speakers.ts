// Speakers: the index, one profile, and the slugs known to the filters.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getReadDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { isoDate } from "./statementSummary";
import type { SpeakerListItem, SpeakerProfile } from "./types";

/** Speakers with at least one statement, by name, each with its latest role: one query (not one per relation). */
export async function listSpeakers(options: { db?: PrismaClient } = {}): Promise<SpeakerListItem[]> {
  const db = options.db ?? getReadDb();
  return db.$queryRaw<SpeakerListItem[]>`
    SELECT sp.slug, sp.name, sp."statementCount",
      (SELECT r.title FROM "SpeakerRole" r WHERE r."speakerId" = sp.id
        ORDER BY r."startDate" DESC NULLS LAST, r.id LIMIT 1) AS "latestRole"
    FROM "Speaker" sp WHERE sp."statementCount" > 0 ORDER BY sp.name, sp.id`;
}

export async function getSpeaker(slug: string, options: { db?: PrismaClient } = {}): Promise<SpeakerProfile> {
  const db = options.db ?? getReadDb();
  if (!slug || slug.length > 100) throw new NotFoundError("Speaker", slug);
  // First and last day from the speaker's tally rows (one per day), not from their statements; asked
  // beside the profile (the id as a subquery), not after it (decision 0385).
  const datesRead = db.$queryRaw<{ first: Date | null; last: Date | null }[]>`
    SELECT min(day) AS first, max(day) AS last FROM "StatementTally"
    WHERE "speakerId" = (SELECT id FROM "Speaker" WHERE slug = ${slug}) AND topic IS NULL AND stance IS NULL`.then(([dates]) => dates); // then: a Prisma query starts when asked for its result
  datesRead.catch(() => undefined); // awaited below once the speaker is found; never an unhandled rejection
  const row = await db.speaker.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      aliases: true,
      roles: { select: { title: true, startDate: true, endDate: true }, orderBy: [{ startDate: { sort: "asc", nulls: "first" } }] },
      statementCount: true,
    },
  });
  if (!row) throw new NotFoundError("Speaker", slug);
  const dates = await datesRead;
  return {
    slug: row.slug,
    name: row.name,
    aliases: row.aliases,
    roles: row.roles.map((r) => ({ title: r.title, startDate: isoDate(r.startDate), endDate: isoDate(r.endDate) })),
    statementCount: row.statementCount,
    firstDate: isoDate(dates?.first),
    lastDate: isoDate(dates?.last),
  };
}
