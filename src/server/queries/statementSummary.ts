// The one Prisma selection for a listed statement and its mapping to StatementSummary.
import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
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

const STANCE_ORDER: StanceTopicValue[] = ["troops", "negotiations", "membership"];
const TOPIC_ORDER = ["troops", "negotiations", "membership", "other"];

export function isoDate(value: Date | null | undefined): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

function byPublication(
  a: { article: { publishedAt: Date | null; importedAt: Date } },
  b: { article: { publishedAt: Date | null; importedAt: Date } },
): number {
  const pa = a.article.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const pb = b.article.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (pa !== pb) return pa - pb;
  return a.article.importedAt.getTime() - b.article.importedAt.getTime();
}

export function toStatementSummary(row: StatementSummaryRow): StatementSummary {
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

/** Loads summaries for ids and returns them in the order of `ids`. */
export async function loadSummaries(db: PrismaClient, ids: string[]): Promise<StatementSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.statement.findMany({ where: { id: { in: ids } }, include: statementSummaryInclude });
  const byId = new Map(rows.map((row) => [row.id, toStatementSummary(row)]));
  return ids.map((id) => byId.get(id)).filter((s): s is StatementSummary => s !== undefined);
}
