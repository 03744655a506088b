// Positions read as SQL aggregates (decision 0130): on a synthetic corpus whose stances
// change often (the bench:scale generator, a few thousand statements), the changes, their count and the
// current position equal what the domain's own rules (detectChanges, currentPosition) give over every
// PositionDay row of the speaker, and the marks count every placed statement.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { currentPosition, detectChanges, type DayStance } from "@/domain/positions";
import { createPrismaClient } from "@/server/db";
import { parsePositionsFilter } from "@/schemas/positionsFilter";
import { MAX_ROW_CHANGES, MAX_ROWS, MAX_SPEAKER_CHANGES, positionsView, speakerPositions } from "@/server/queries/positions";
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
        expect([...(topic.row?.lanes ?? topic.row?.marks ?? [])].reduce((n, m) => n + m.n, 0)).toBe(days.reduce((n, d) => n + d.n, 0));
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
    const expected = await domainChanges(top.id, view.period);
    expect(expected.length).toBeGreaterThan(MAX_ROW_CHANGES);
    expect(row.changeCount).toBe(expected.length);
    expect(row.changes.map((c) => [c.before.id, c.after.id])).toEqual(expected.slice(-MAX_ROW_CHANGES).map((c) => [c.before.id, c.after.id]));
  });

  /** What the domain finds over every PositionDay row of a speaker on troops up to the period's end, within it. */
  async function domainChanges(speakerId: string, period: { start: string; end: string }) {
    const rows = await db.$queryRaw<{ day: Date; stance: DayStance["stance"]; n: number; firstId: string; lastId: string; firstAt: Date }[]>`
      SELECT day, stance, n, "firstId", "lastId", "firstAt" FROM "PositionDay" WHERE "speakerId" = ${speakerId} AND topic = 'troops' AND day < ${period.end}::date`;
    const days = rows.map((r) => ({ day: r.day.toISOString().slice(0, 10), stance: r.stance, n: r.n, firstId: r.firstId, lastId: r.lastId, firstAt: r.firstAt.toISOString() }));
    return detectChanges(days).filter((c) => c.after.day >= period.start);
  }

  it("pairs each compared speaker's changes with that speaker's own earlier stance, several speakers at once", async () => {
    const speakers = await db.$queryRaw<{ id: string; slug: string }[]>`SELECT id, slug FROM "Speaker" ORDER BY "statementCount" DESC LIMIT 4`;
    const { filter } = parsePositionsFilter(new URLSearchParams(`topic=troops&${speakers.map((s) => `speaker=${s.slug}`).join("&")}`));
    const view = await positionsView(filter, { db });
    const rows = [...view.nato, ...view.others];
    for (const speaker of speakers) {
      const row = rows.find((r) => r.speaker.slug === speaker.slug);
      const expected = await domainChanges(speaker.id, view.period);
      expect(row?.changeCount ?? 0).toBe(expected.length);
      expect(row?.changes.map((c) => [c.from, c.to, c.before.id, c.after.id]) ?? []).toEqual(expected.slice(-MAX_ROW_CHANGES).map((c) => [c.from, c.to, c.before.id, c.after.id]));
    }
  });

  it("pages through every speaker of the period once, the most statements first", async () => {
    const { filter } = parsePositionsFilter(new URLSearchParams("topic=troops"));
    const first = await positionsView(filter, { db });
    const [{ speakers }] = await db.$queryRaw<{ speakers: number }[]>`
      SELECT count(DISTINCT "speakerId")::int AS speakers FROM "PositionDay" WHERE topic = 'troops' AND day >= ${first.period.start}::date AND day < ${first.period.end}::date`;
    expect(speakers).toBeGreaterThan(2 * MAX_ROWS); // the corpus has later pages
    const seen: { slug: string; statements: number; nato: boolean }[] = [];
    for (let page = 1; ; page++) {
      const view = await positionsView({ ...filter, page }, { db });
      expect(view.shownBefore.nato + view.shownBefore.others).toBe(seen.length);
      const rows = [...view.nato, ...view.others];
      expect(view.nato.length).toBeLessThanOrEqual(MAX_ROWS);
      expect(view.others.length).toBeLessThanOrEqual(MAX_ROWS);
      seen.push(...rows.map((r) => ({ slug: r.speaker.slug, statements: r.statements, nato: r.speaker.nato })));
      if (view.notShown.nato + view.notShown.others === 0) break;
    }
    expect(new Set(seen.map((s) => s.slug)).size).toBe(speakers);
    for (const group of [true, false]) {
      const counts = seen.filter((s) => s.nato === group).map((s) => s.statements);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });
});
