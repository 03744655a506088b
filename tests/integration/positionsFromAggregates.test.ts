// Positions read as SQL aggregates (decision 0130): on a synthetic corpus whose stances
// change often (the bench:scale generator, a few thousand statements), the changes, their count and the
// current position equal what the domain's own rules (detectChanges, currentPosition) give over every
// PositionDay row of the speaker, and the marks count every placed statement.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { currentPosition, detectChanges, type DayStance } from "@/domain/positions";
import { createPrismaClient } from "@/server/db";
import { parsePositionsFilter } from "@/schemas/positionsFilter";
import { MAX_ROW_CHANGES, MAX_SPEAKER_CHANGES, positionsView, speakerPositions } from "@/server/queries/positions";
import { buildCorpus } from "../../scripts/bench-scale";
import { createScratchDatabase } from "./setup/database";

describe("positions read as SQL aggregates", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: PrismaClient;

  beforeAll(async () => {
    scratch = await createScratchDatabase({ prefix: "posagg" });
    await buildCorpus(scratch.url, 4000);
    db = createPrismaClient(scratch.url);
  }, 120_000);

  afterAll(async () => {
    await db?.$disconnect();
    await scratch?.drop();
  });

  it("equals the domain's changes and current position over every day row", async () => {
    const speakers = await db.$queryRaw<{ id: string; slug: string }[]>`SELECT id, slug FROM "Speaker" ORDER BY "statementCount" DESC LIMIT 3`;
    let checkedChanges = 0;
    for (const speaker of speakers) {
      const rows = await db.$queryRaw<{ topic: string; day: Date; stance: DayStance["stance"]; n: number; firstId: string; lastId: string; firstAt: Date }[]>`
        SELECT topic::text AS topic, day, stance, n, "firstId", "lastId", "firstAt" FROM "PositionDay" WHERE "speakerId" = ${speaker.id}`;
      const positions = await speakerPositions(speaker.slug, { db });
      for (const topic of positions.topics) {
        const days: DayStance[] = rows
          .filter((r) => r.topic === topic.topic)
          .map((r) => ({ day: r.day.toISOString().slice(0, 10), stance: r.stance, n: r.n, firstId: r.firstId, lastId: r.lastId, firstAt: r.firstAt.toISOString() }));
        const expected = detectChanges(days);
        expect(topic.changeCount).toBe(expected.length);
        expect(topic.changes.map((c) => [c.from, c.to, c.before.id, c.after.id])).toEqual(
          expected.slice(-MAX_SPEAKER_CHANGES).map((c) => [c.from, c.to, c.before.id, c.after.id]),
        );
        const current = currentPosition(days);
        expect(topic.current ? { stance: topic.current.stance, since: topic.current.since, statements: topic.current.statements, latestDay: topic.current.latestDay } : null).toEqual(current);
        expect(topic.row?.statements ?? 0).toBe(days.reduce((n, d) => n + d.n, 0));
        expect(topic.row?.marks.reduce((n, m) => n + m.n, 0) ?? 0).toBe(days.reduce((n, d) => n + d.n, 0));
        checkedChanges += expected.length;
      }
    }
    // The corpus must exercise the limit, not only agree on empty lists.
    expect(checkedChanges).toBeGreaterThan(MAX_SPEAKER_CHANGES);
  });

  it("draws a compared speaker's latest changes in a period and counts them all, as the domain finds them", async () => {
    const [top] = await db.$queryRaw<{ id: string; slug: string }[]>`SELECT id, slug FROM "Speaker" ORDER BY "statementCount" DESC LIMIT 1`;
    const { filter } = parsePositionsFilter(new URLSearchParams(`topic=troops&speaker=${top.slug}`));
    const view = await positionsView(filter, { db });
    const row = [...view.nato, ...view.others].find((r) => r.speaker.slug === top.slug)!;
    const rows = await db.$queryRaw<{ day: Date; stance: DayStance["stance"]; n: number; firstId: string; lastId: string; firstAt: Date }[]>`
      SELECT day, stance, n, "firstId", "lastId", "firstAt" FROM "PositionDay" WHERE "speakerId" = ${top.id} AND topic = 'troops' AND day < ${view.period.end}::date`;
    const days = rows.map((r) => ({ day: r.day.toISOString().slice(0, 10), stance: r.stance, n: r.n, firstId: r.firstId, lastId: r.lastId, firstAt: r.firstAt.toISOString() }));
    const expected = detectChanges(days).filter((c) => c.after.day >= view.period.start);
    expect(expected.length).toBeGreaterThan(MAX_ROW_CHANGES);
    expect(row.changeCount).toBe(expected.length);
    expect(row.changes.map((c) => [c.before.id, c.after.id])).toEqual(expected.slice(-MAX_ROW_CHANGES).map((c) => [c.before.id, c.after.id]));
  });
});
