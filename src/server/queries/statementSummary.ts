// The one Prisma selection for a listed statement and its mapping to StatementSummary.
import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { OutletRef, StanceTopicValue, StatementSummary } from "./types";

export const statementSummaryInclude = {
  speaker: { select: { slug: true, name: true } },
  stances: { select: { topic: true, value: true, evidence: true } },
  reports: {
    select: {
      article: {
        select: { publishedAt: true, importedAt: true, outlet: { select: { slug: true, name: true } } },
      },
      citations: {
        select: { position: true, outlet: { select: { slug: true, name: true } } },
        orderBy: { position: "asc" },
      },
    },
  },
} satisfies Prisma.StatementInclude;

export type StatementSummaryRow = Prisma.StatementGetPayload<{ include: typeof statementSummaryInclude }>;

/** What a summary is made from: a Prisma row (getStatement) or the JSON of loadSummaries. */
export type SummarySource = Pick<
  StatementSummaryRow,
  "id" | "quote" | "kind" | "speakerRole" | "date" | "datePrecision" | "dateSource" | "topics" | "speaker" | "stances"
> & {
  reports: {
    article: { publishedAt: Date | null; importedAt: Date; outlet: OutletRef | null };
    citations: { position: number; outlet: OutletRef }[];
  }[];
};

const STANCE_ORDER: StanceTopicValue[] = ["troops", "negotiations", "membership"];
const TOPIC_ORDER = ["troops", "negotiations", "membership", "other"];

export function isoDate(value: Date | null | undefined): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

function byPublication(a: SummarySource["reports"][number], b: SummarySource["reports"][number]): number {
  const pa = a.article.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const pb = b.article.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (pa !== pb) return pa - pb;
  return a.article.importedAt.getTime() - b.article.importedAt.getTime();
}

export function toStatementSummary(row: SummarySource): StatementSummary {
  const outlets: OutletRef[] = [];
  const citedOutlets: OutletRef[] = [];
  const add = (list: OutletRef[], outlet: OutletRef | null) => {
    if (outlet && !list.some((o) => o.slug === outlet.slug)) list.push({ slug: outlet.slug, name: outlet.name });
  };
  for (const report of [...row.reports].sort(byPublication)) {
    add(outlets, report.article.outlet);
    for (const citation of report.citations) add(citedOutlets, citation.outlet);
  }
  return {
    id: row.id,
    quote: row.quote,
    kind: row.kind,
    speaker: row.speaker ? { slug: row.speaker.slug, name: row.speaker.name } : null,
    speakerRole: row.speakerRole,
    date: isoDate(row.date),
    datePrecision: row.datePrecision,
    dateSource: row.dateSource,
    topics: [...row.topics].sort((a, b) => TOPIC_ORDER.indexOf(a) - TOPIC_ORDER.indexOf(b)),
    stances: row.stances
      .filter((s): s is typeof s & { topic: StanceTopicValue } => s.topic !== "other")
      .map((s) => ({ topic: s.topic, value: s.value, evidence: s.evidence }))
      .sort((a, b) => STANCE_ORDER.indexOf(a.topic) - STANCE_ORDER.indexOf(b.topic)),
    reportCount: row.reports.length,
    outlets,
    citedOutlets,
  };
}

export type SummaryJsonRow = Omit<SummarySource, "reports"> & {
  reports: {
    publishedAt: string | null;
    importedAt: string;
    outlet: { slug: string; name: string } | null;
    citations: { position: number; outlet: OutletRef }[];
  }[];
};

/**
 * The columns of a summary over `s` (the statement) and `sp` (its speaker, LEFT JOINed): speaker, stances,
 * reports with their outlets and citations as JSON, one row per statement. Shared by loadSummaries and the
 * list's page query, which reads its rows and their summaries in one round trip (decision 0310).
 */
export const SUMMARY_COLUMNS = Prisma.sql`
    s.id, s.quote, s.kind, s."speakerRole", s.date, s."datePrecision", s."dateSource", s.topics::text[] AS topics,
      CASE WHEN sp.id IS NULL THEN NULL ELSE json_build_object('slug', sp.slug, 'name', sp.name) END AS speaker,
      (SELECT coalesce(json_agg(json_build_object('topic', st.topic, 'value', st.value, 'evidence', st.evidence)), '[]')
         FROM "StatementStance" st WHERE st."statementId" = s.id) AS stances,
      (SELECT coalesce(json_agg(json_build_object(
                'publishedAt', a."publishedAt", 'importedAt', a."importedAt",
                'outlet', CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('slug', o.slug, 'name', o.name) END,
                'citations', (SELECT coalesce(json_agg(json_build_object('position', rc.position,
                                  'outlet', json_build_object('slug', co.slug, 'name', co.name)) ORDER BY rc.position), '[]')
                                FROM "ReportCitation" rc JOIN "Outlet" co ON co.id = rc."outletId" WHERE rc."reportId" = r.id))), '[]')
         FROM "Report" r JOIN "Article" a ON a.id = r."articleId" LEFT JOIN "Outlet" o ON o.id = a."outletId"
        WHERE r."statementId" = s.id) AS reports`;

/** A row of SUMMARY_COLUMNS as a StatementSummary. */
export function summaryFromJson(row: SummaryJsonRow): StatementSummary {
  return toStatementSummary({
    ...row,
    reports: row.reports.map((r) => ({
      article: {
        publishedAt: r.publishedAt ? new Date(`${r.publishedAt}T00:00:00Z`) : null,
        importedAt: new Date(`${r.importedAt}Z`),
        outlet: r.outlet,
      },
      citations: r.citations,
    })),
  });
}

/** Loads summaries for ids in ONE query, and returns them in the order of `ids`. */
export async function loadSummaries(db: PrismaClient, ids: string[]): Promise<StatementSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<SummaryJsonRow[]>`
    SELECT ${SUMMARY_COLUMNS}
    FROM "Statement" s LEFT JOIN "Speaker" sp ON sp.id = s."speakerId"
    WHERE s.id = ANY(${ids}::text[])`;
  const byId = new Map(rows.map((row) => [row.id, summaryFromJson(row)]));
  return ids.map((id) => byId.get(id)).filter((s): s is StatementSummary => s !== undefined);
}
