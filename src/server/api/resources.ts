// The API's JSON bodies, built from the read functions and typed by the zod schemas of src/schemas/api.ts
// (the same schemas /api/openapi.json is generated from). Every address is absolute.
import "server-only";
import { siteUrl } from "@/app/_shared/site";
import {
  apiArticleUrl,
  apiSpeakerUrl,
  apiStatementsNextUrl,
  apiStatementsUrl,
  apiStatementUrl,
  sourceUrlAtQuote,
  speakerUrl,
  statementUrl,
} from "@/lib/urls";
import type {
  ArticleDetailBody,
  OutletListBody,
  SpeakerDetailBody,
  SpeakerListBody,
  StatementDetailBody,
  StatementListBody,
  StatementSummaryBody,
} from "@/schemas/api";
import type { StatementFilter } from "@/schemas/statementFilter";
import {
  currentPositions,
  getArticleRecord,
  getSpeaker,
  getStatement,
  listOutlets,
  listSpeakers,
  listStatements,
  type ReportView,
  type StatementSummary,
} from "@/server/queries";
import type { StatementsRequest } from "./params";

export function statementBody(summary: StatementSummary): StatementSummaryBody {
  return { ...summary, url: siteUrl(statementUrl(summary)), api: siteUrl(apiStatementUrl(summary.id)) };
}

export async function statementListBody({ filter, options }: StatementsRequest): Promise<StatementListBody> {
  const result = await listStatements(filter, options.limit ? { pageSize: options.limit } : {});
  return {
    filter,
    total: result.total,
    totalIsExact: result.totalIsExact,
    page: result.page,
    pageSize: result.pageSize,
    pageCount: result.pageCount,
    order: result.order,
    next: result.next ? siteUrl(apiStatementsNextUrl(filter, result.next, { limit: options.limit })) : null,
    items: result.items.map(statementBody),
  };
}

function reportBody(report: ReportView): StatementDetailBody["reports"][number] {
  return {
    ...report,
    sourceUrl: report.article.url ? sourceUrlAtQuote(report.article.url, report.quote) : null,
    article: { ...report.article, api: siteUrl(apiArticleUrl(report.article.id)) },
  };
}

export async function statementDetailBody(id: string): Promise<StatementDetailBody> {
  const statement = await getStatement(id);
  const { previous, next } = statement.neighbours;
  return {
    ...statementBody(statement),
    speakerDetail: statement.speakerDetail,
    roleAtTime: statement.roleAtTime,
    reports: statement.reports.map(reportBody),
    neighbours: { previous: previous && statementBody(previous), next: next && statementBody(next) },
  };
}

const speakerStatements = (slug: string) => siteUrl(apiStatementsUrl({ speaker: slug }));

export async function speakerListBody(): Promise<SpeakerListBody> {
  const speakers = await listSpeakers();
  return {
    items: speakers.map((s) => ({
      ...s,
      url: siteUrl(speakerUrl(s.slug)),
      api: siteUrl(apiSpeakerUrl(s.slug)),
      statements: speakerStatements(s.slug),
    })),
  };
}

export async function speakerDetailBody(slug: string): Promise<SpeakerDetailBody> {
  const [profile, positions] = await Promise.all([getSpeaker(slug), currentPositions(slug)]);
  return {
    ...profile,
    positions: positions.map(({ quote, ...position }) => ({
      ...position,
      statementUrl: siteUrl(statementUrl({ id: position.statementId, quote })),
      statementApi: siteUrl(apiStatementUrl(position.statementId)),
    })),
    url: siteUrl(speakerUrl(profile.slug)),
    api: siteUrl(apiSpeakerUrl(profile.slug)),
    statements: speakerStatements(profile.slug),
  };
}

export async function outletListBody(): Promise<OutletListBody> {
  const outlets = await listOutlets();
  return {
    items: outlets.map((o) => ({
      slug: o.slug,
      name: o.name,
      kind: o.kind,
      statementCount: o.statementCount,
      statements: siteUrl(apiStatementsUrl({ outlet: o.slug } satisfies Partial<StatementFilter>)),
    })),
  };
}

export async function articleBody(id: string): Promise<ArticleDetailBody> {
  const article = await getArticleRecord(id);
  return {
    ...article,
    api: siteUrl(apiArticleUrl(article.id)),
    statements: article.statements.map((s) => ({
      ...s,
      url: siteUrl(statementUrl(s)),
      api: siteUrl(apiStatementUrl(s.id)),
    })),
  };
}
