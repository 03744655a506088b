// One statement with everything its permalink shows: speaker and roles, stances,
// every report (first published first) with article, outlet and cited outlets, and
// the previous and next statement on the speaker's timeline.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { getReadDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { isoDate, loadSummaries, statementSummaryInclude, toStatementSummary } from "./statementSummary";
import type { ReportView, SpeakerRoleView, StatementDetail, StatementSummary } from "./types";

const detailInclude = {
  ...statementSummaryInclude,
  speaker: {
    select: {
      id: true,
      slug: true,
      name: true,
      roles: { select: { title: true, startDate: true, endDate: true }, orderBy: [{ startDate: "asc" as const }] },
    },
  },
  reports: {
    include: {
      article: {
        select: {
          id: true,
          title: true,
          url: true,
          publishedAt: true,
          publishedPrecision: true,
          publishedEvidence: true,
          publishedConfidence: true,
          sourceFile: true,
          synthetic: true,
          importedAt: true,
          outlet: { select: { slug: true, name: true, kind: true } },
        },
      },
      citations: { include: { outlet: { select: { slug: true, name: true } } }, orderBy: { position: "asc" as const } },
    },
  },
};

/** The role whose dates cover `date` (open ends allowed); the latest role when there is no date. */
export function roleOnDate(roles: SpeakerRoleView[], date: string | null): string | null {
  if (roles.length === 0) return null;
  if (date) {
    const covering = roles.filter((r) => (!r.startDate || r.startDate <= date) && (!r.endDate || r.endDate >= date));
    if (covering.length > 0) return covering[covering.length - 1].title;
    return null;
  }
  return null;
}

function compareReports(a: ReportView, b: ReportView): number {
  const pa = a.article.publishedAt ?? "9999-12-31";
  const pb = b.article.publishedAt ?? "9999-12-31";
  if (pa !== pb) return pa < pb ? -1 : 1;
  return 0;
}

export async function getStatement(id: string, options: { db?: PrismaClient } = {}): Promise<StatementDetail> {
  const db = options.db ?? getReadDb();
  if (!id || id.length > 100) throw new NotFoundError("Statement", id);
  const row = await db.statement.findUnique({ where: { id }, include: detailInclude });
  if (!row) throw new NotFoundError("Statement", id);

  const summary = toStatementSummary({
    ...row,
    speaker: row.speaker ? { slug: row.speaker.slug, name: row.speaker.name } : null,
    reports: row.reports.map((r) => ({
      article: {
        publishedAt: r.article.publishedAt,
        importedAt: r.article.importedAt,
        outlet: r.article.outlet ? { slug: r.article.outlet.slug, name: r.article.outlet.name } : null,
      },
      citations: r.citations.map((c) => ({ position: c.position, outlet: { slug: c.outlet.slug, name: c.outlet.name } })),
    })),
  });

  const roles: SpeakerRoleView[] =
    row.speaker?.roles.map((r) => ({ title: r.title, startDate: isoDate(r.startDate), endDate: isoDate(r.endDate) })) ?? [];

  const reports: ReportView[] = row.reports
    .map((r, index) => ({
      index,
      importedAt: r.article.importedAt.getTime(),
      view: {
        id: r.id,
        kind: r.kind,
        quote: r.quote,
        start: r.start,
        end: r.end,
        sentence: r.sentence,
        paragraph: r.paragraph,
        outletCited: r.outletCited,
        citedOutlets: r.citations.map((c) => ({ slug: c.outlet.slug, name: c.outlet.name })),
        venue: r.venue,
        quotedFragments: r.quotedFragments,
        article: {
          id: r.article.id,
          title: r.article.title,
          url: r.article.url,
          publishedAt: isoDate(r.article.publishedAt),
          publishedPrecision: r.article.publishedPrecision,
          publishedEvidence: r.article.publishedEvidence,
          publishedConfidence: r.article.publishedConfidence,
          sourceFile: r.article.sourceFile,
          synthetic: r.article.synthetic,
          outlet: r.article.outlet
            ? { slug: r.article.outlet.slug, name: r.article.outlet.name, kind: r.article.outlet.kind }
            : null,
        },
      } satisfies ReportView,
    }))
    .sort((a, b) => compareReports(a.view, b.view) || a.importedAt - b.importedAt || a.view.start - b.view.start)
    .map((r) => r.view);

  const neighbours = row.speakerId
    ? await speakerNeighbours(db, { id: row.id, speakerId: row.speakerId, date: row.date })
    : { previous: null, next: null };

  return {
    ...summary,
    speakerDetail: row.speaker ? { slug: row.speaker.slug, name: row.speaker.name, roles } : null,
    roleAtTime: row.speakerRole ?? roleOnDate(roles, summary.date),
    reports,
    neighbours,
  };
}

/**
 * The statements just before and after this one on the speaker's timeline, in the
 * order the timeline uses: by date (undated last), then id.
 */
async function speakerNeighbours(
  db: PrismaClient,
  statement: { id: string; speakerId: string; date: Date | null },
): Promise<{ previous: StatementSummary | null; next: StatementSummary | null }> {
  // Two index probes (Statement_speaker_timeline_idx), one each way from this statement.
  const key = Prisma.sql`(coalesce(s.date, 'infinity'::date), s."createdAt", s.id)`;
  const here = Prisma.sql`(SELECT coalesce(date, 'infinity'::date), "createdAt", id FROM "Statement" WHERE id = ${statement.id})`;
  const rows = await db.$queryRaw<{ previous: string | null; next: string | null }[]>`
    SELECT
      (SELECT s.id FROM "Statement" s WHERE s."speakerId" = ${statement.speakerId} AND ${key} < ${here}
        ORDER BY coalesce(s.date, 'infinity'::date) DESC, s."createdAt" DESC, s.id DESC LIMIT 1) AS previous,
      (SELECT s.id FROM "Statement" s WHERE s."speakerId" = ${statement.speakerId} AND ${key} > ${here}
        ORDER BY coalesce(s.date, 'infinity'::date), s."createdAt", s.id LIMIT 1) AS next`;
  const previousId = rows[0]?.previous ?? null;
  const nextId = rows[0]?.next ?? null;
  const ids = [previousId, nextId].filter((x): x is string => x !== null);
  const summaries = await loadSummaries(db, ids);
  const find = (id: string | null) => (id ? (summaries.find((s) => s.id === id) ?? null) : null);
  return { previous: find(previousId), next: find(nextId) };
}
