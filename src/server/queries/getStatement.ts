// One statement with everything its permalink shows: speaker and roles, stances,
// every report (first published first) with article, outlet and cited outlets, and
// the previous and next statement on the speaker's timeline.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { getReadDb } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { loadSummaries, type SummarySource, toStatementSummary } from "./statementSummary";
import type { OutletRef, ReportView, SpeakerRef, SpeakerRoleView, StatementDetail } from "./types";

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

/** A report as the detail query returns it (JSON: dates as ISO text), its citations not yet flattened. */
type ReportJson = Omit<ReportView, "citedOutlets"> & { citations: { position: number; outlet: OutletRef }[]; importedAt: string };

type DetailRow = Omit<SummarySource, "speaker" | "reports"> & {
  speaker: (SpeakerRef & { roles: SpeakerRoleView[] }) | null;
  reports: ReportJson[];
  previous: string | null;
  next: string | null;
};

/**
 * Everything the permalink shows, in ONE query: the statement, its speaker and roles, stances, every report
 * with its article, outlet and citations (JSON), and the ids of the speaker's previous and next statements
 * (two probes of Statement_speaker_timeline_idx, in the timeline's order: by date, undated last, then
 * creation and id). Prisma's nested include took a round trip per level, six in a row.
 */
function detailQuery(id: string): Prisma.Sql {
  const key = (t: string) => Prisma.raw(`(coalesce(${t}.date, 'infinity'::date), ${t}."createdAt", ${t}.id)`);
  return Prisma.sql`
    SELECT s.id, s.quote, s.kind, s."speakerRole", s.date, s."datePrecision", s."dateSource", s.topics::text[] AS topics,
      CASE WHEN sp.id IS NULL THEN NULL ELSE json_build_object('slug', sp.slug, 'name', sp.name,
        'roles', (SELECT coalesce(json_agg(json_build_object('title', sr.title, 'startDate', sr."startDate", 'endDate', sr."endDate")
                    ORDER BY sr."startDate", sr.title), '[]') FROM "SpeakerRole" sr WHERE sr."speakerId" = sp.id)) END AS speaker,
      (SELECT coalesce(json_agg(json_build_object('topic', st.topic, 'value', st.value, 'evidence', st.evidence)), '[]')
         FROM "StatementStance" st WHERE st."statementId" = s.id) AS stances,
      (SELECT coalesce(json_agg(json_build_object(
                'id', r.id, 'kind', r.kind, 'quote', r.quote, 'start', r.start, 'end', r."end", 'sentence', r.sentence,
                'paragraph', r.paragraph, 'outletCited', r."outletCited", 'venue', r.venue, 'quotedFragments', r."quotedFragments",
                'importedAt', a."importedAt",
                'citations', (SELECT coalesce(json_agg(json_build_object('position', rc.position,
                                  'outlet', json_build_object('slug', co.slug, 'name', co.name)) ORDER BY rc.position), '[]')
                                FROM "ReportCitation" rc JOIN "Outlet" co ON co.id = rc."outletId" WHERE rc."reportId" = r.id),
                'article', json_build_object('id', a.id, 'title', a.title, 'url', a.url, 'publishedAt', a."publishedAt",
                  'publishedPrecision', a."publishedPrecision", 'publishedEvidence', a."publishedEvidence",
                  'publishedConfidence', a."publishedConfidence", 'sourceFile', a."sourceFile", 'synthetic', a.synthetic,
                  'outlet', CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('slug', o.slug, 'name', o.name, 'kind', o.kind) END))
              ORDER BY r.id), '[]')
         FROM "Report" r JOIN "Article" a ON a.id = r."articleId" LEFT JOIN "Outlet" o ON o.id = a."outletId"
        WHERE r."statementId" = s.id) AS reports,
      (SELECT n.id FROM "Statement" n WHERE n."speakerId" = s."speakerId" AND ${key("n")} < ${key("s")}
        ORDER BY coalesce(n.date, 'infinity'::date) DESC, n."createdAt" DESC, n.id DESC LIMIT 1) AS previous,
      (SELECT n.id FROM "Statement" n WHERE n."speakerId" = s."speakerId" AND ${key("n")} > ${key("s")}
        ORDER BY coalesce(n.date, 'infinity'::date), n."createdAt", n.id LIMIT 1) AS next
    FROM "Statement" s LEFT JOIN "Speaker" sp ON sp.id = s."speakerId"
    WHERE s.id = ${id}`;
}

const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export async function getStatement(id: string, options: { db?: PrismaClient } = {}): Promise<StatementDetail> {
  const db = options.db ?? getReadDb();
  if (!id || id.length > 100) throw new NotFoundError("Statement", id);
  const [row] = await db.$queryRaw<DetailRow[]>(detailQuery(id));
  if (!row) throw new NotFoundError("Statement", id);

  const summary = toStatementSummary({
    ...row,
    speaker: row.speaker ? { slug: row.speaker.slug, name: row.speaker.name } : null,
    reports: row.reports.map((r) => ({
      article: { publishedAt: asDate(r.article.publishedAt), importedAt: new Date(`${r.importedAt}Z`), outlet: r.article.outlet },
      citations: r.citations,
    })),
  });
  const roles = row.speaker?.roles ?? [];
  const reports: ReportView[] = row.reports
    .map((r) => ({
      importedAt: new Date(`${r.importedAt}Z`).getTime(),
      view: {
        id: r.id,
        kind: r.kind,
        quote: r.quote,
        start: r.start,
        end: r.end,
        sentence: r.sentence,
        paragraph: r.paragraph,
        outletCited: r.outletCited,
        citedOutlets: r.citations.map((c) => c.outlet),
        venue: r.venue,
        quotedFragments: r.quotedFragments,
        article: r.article,
      } satisfies ReportView,
    }))
    .sort((a, b) => compareReports(a.view, b.view) || a.importedAt - b.importedAt || a.view.start - b.view.start)
    .map((r) => r.view);

  // The neighbours' summaries: the second and last round trip.
  const neighbourIds = [row.previous, row.next].filter((x): x is string => x !== null);
  const summaries = await loadSummaries(db, neighbourIds);
  const find = (neighbour: string | null) => (neighbour ? (summaries.find((s) => s.id === neighbour) ?? null) : null);

  return {
    ...summary,
    speakerDetail: row.speaker ? { slug: row.speaker.slug, name: row.speaker.name, roles } : null,
    roleAtTime: row.speakerRole ?? roleOnDate(roles, summary.date),
    reports,
    neighbours: { previous: find(row.previous), next: find(row.next) },
  };
}
