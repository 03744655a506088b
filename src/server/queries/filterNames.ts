// The names of the speaker and outlet a statement filter names by slug: what the list page shows for them
// (title, chips, the form's chosen option) and how it knows the slugs at all. One lookup by slug each, in one
// query, and none when the filter names neither — the page used to read all 400 speakers (each with its
// latest role) and all 300 outlets on every cold render for this.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { getReadDb } from "@/server/db";
import type { OutletRef, SpeakerRef } from "./types";

export interface FilterNames {
  /** The filter's speaker, null when it names none or one without statements (the filter ignores it). */
  speaker: SpeakerRef | null;
  outlet: OutletRef | null;
}

/** Same rule as the speakers and outlets lists: only those with at least one statement are known. */
export async function filterNames(slugs: { speaker?: string; outlet?: string }, options: { db?: PrismaClient } = {}): Promise<FilterNames> {
  const speaker = slugs.speaker && slugs.speaker.length <= 100 ? slugs.speaker : null;
  const outlet = slugs.outlet && slugs.outlet.length <= 100 ? slugs.outlet : null;
  if (!speaker && !outlet) return { speaker: null, outlet: null };
  const db = options.db ?? getReadDb();
  const [row] = await db.$queryRaw<{ speaker: SpeakerRef | null; outlet: OutletRef | null }[]>(Prisma.sql`
    SELECT
      (SELECT json_build_object('slug', sp.slug, 'name', sp.name) FROM "Speaker" sp
        WHERE sp.slug = ${speaker} AND sp."statementCount" > 0) AS speaker,
      (SELECT json_build_object('slug', o.slug, 'name', o.name) FROM "Outlet" o
        WHERE o.slug = ${outlet} AND o."statementCount" > 0) AS outlet`);
  return { speaker: row?.speaker ?? null, outlet: row?.outlet ?? null };
}
