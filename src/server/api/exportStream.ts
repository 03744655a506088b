// The filtered view as CSV or JSON Lines, streamed: keyset batches of EXPORT_BATCH statements are read
// only when the client has taken the previous ones (a pull-based web ReadableStream), so memory stays
// flat however many rows there are, and statements imported meanwhile neither repeat nor shift a row.
// CSV is written by csv-stringify (quoting is not ours to get wrong); UTF-8 with a byte-order mark so
// spreadsheets read accents right (decision 0061). Every row carries the permalink and source address.
import "server-only";
import { stringify } from "csv-stringify/sync";
import type { PrismaClient } from "@/generated/prisma/client";
import { siteUrl } from "@/app/_shared/site";
import { apiArticleUrl, sourceUrlAtQuote, statementUrl } from "@/lib/urls";
import {
  ReportExportRow,
  StatementExportRow,
  type ExportFormat,
  type ExportRows,
  type ReportExportRowBody,
  type StatementExportRowBody,
} from "@/schemas/api";
import type { StatementFilter } from "@/schemas/statementFilter";
import { loadExportBatch, statementIdBatch, type ExportBatch, type ExportReport } from "@/server/queries";

export const EXPORT_BATCH = 1000;

export const EXPORT_COLUMNS: Record<ExportRows, string[]> = {
  statements: Object.keys(StatementExportRow.shape),
  reports: Object.keys(ReportExportRow.shape),
};

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  jsonl: "application/jsonl; charset=utf-8",
};

function statementFields({ statement }: ExportBatch) {
  return {
    permalink: siteUrl(statementUrl(statement)),
    quote: statement.quote,
    kind: statement.kind,
    speaker: statement.speaker?.slug ?? null,
    speakerName: statement.speaker?.name ?? null,
    speakerRole: statement.speakerRole,
    date: statement.date,
    datePrecision: statement.datePrecision,
    dateSource: statement.dateSource,
    topics: statement.topics,
    stances: statement.stances.map((s) => `${s.topic}:${s.value}`),
  };
}

const sourceOf = (report: ExportReport) => ({
  sourceUrl: report.url ? sourceUrlAtQuote(report.url, report.quote) : null,
  sourceFile: report.sourceFile,
  articleId: report.articleId,
  articleApi: siteUrl(apiArticleUrl(report.articleId)),
});

export function statementRow(batch: ExportBatch): StatementExportRowBody {
  const first = batch.reports[0];
  return {
    id: batch.statement.id,
    ...statementFields(batch),
    reportCount: batch.statement.reportCount,
    outlets: batch.statement.outlets.map((o) => o.name),
    firstPublishedAt: first?.publishedAt ?? null,
    ...sourceOf(first),
  };
}

export function reportRows(batch: ExportBatch): ReportExportRowBody[] {
  const shared = statementFields(batch);
  return batch.reports.map((report) => ({
    ...shared,
    statementId: batch.statement.id,
    reportId: report.id,
    reportKind: report.kind,
    reportQuote: report.quote,
    sentence: report.sentence,
    start: report.start,
    end: report.end,
    outlet: report.outletName,
    outletChain: report.outletCited,
    venue: report.venue,
    publishedAt: report.publishedAt,
    publishedPrecision: report.publishedPrecision,
    articleTitle: report.articleTitle,
    ...sourceOf(report),
  }));
}

type Row = Record<string, unknown>;

/** Lists become "a; b" in a CSV cell; JSON Lines keeps them as arrays. */
function csvCells(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Array.isArray(value) ? value.join("; ") : value]));
}

/**
 * One batch of rows in the format asked for. In CSV a text cell that opens with =, +, -, @, a tab or a carriage
 * return gets a leading apostrophe (csv-stringify's escape_formulas), so a spreadsheet shows a quote such as
 * "=HYPERLINK(…)" as text instead of running it; JSON Lines keeps every value exactly as stored.
 */
export function encodeRows(format: ExportFormat, rows: ExportRows, records: Row[], first: boolean): string {
  if (format === "jsonl") return records.map((record) => `${JSON.stringify(record)}\n`).join("");
  return stringify(records.map(csvCells), { columns: EXPORT_COLUMNS[rows], header: first, bom: first, escape_formulas: true });
}

export interface ExportOptions {
  format: ExportFormat;
  rows: ExportRows;
  db?: PrismaClient;
  batchSize?: number;
}

/**
 * A stream of the whole filtered view, from the filter's `after` position when it has one. The first
 * batch is read before the stream is returned, so a database failure still answers 503, not a cut file.
 */
export async function exportStream(filter: StatementFilter, options: ExportOptions): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const limit = options.batchSize ?? EXPORT_BATCH;
  let after: string | null = filter.after ?? null;
  let first = true;
  let done = false;
  const nextChunk = async (): Promise<Uint8Array> => {
    const batch = await statementIdBatch(filter, { after, limit, db: options.db });
    const statements = await loadExportBatch(batch.ids, { db: options.db });
    const records: Row[] = options.rows === "reports" ? statements.flatMap(reportRows) : statements.map(statementRow);
    const text = encodeRows(options.format, options.rows, records, first);
    first = false;
    after = batch.after;
    done = batch.after === null;
    return encoder.encode(text);
  };
  let pending: Uint8Array | null = await nextChunk();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const chunk = pending ?? (await nextChunk());
        pending = null;
        if (chunk.byteLength > 0) controller.enqueue(chunk);
        if (done) controller.close();
      },
    },
    { highWaterMark: 1 },
  );
}

/** "nato-statements-speaker-mark-rutte-topic-troops-reports.csv": the filter, readable, in the name. */
export function exportFileName(filter: StatementFilter, format: ExportFormat, rows: ExportRows): string {
  const parts = ["nato-statements"];
  for (const key of ["speaker", "topic", "stance", "outlet", "from", "to", "reviewed", "q"] as const) {
    const value = filter[key];
    if (value === undefined) continue;
    const safe = String(value).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
    parts.push(key === "reviewed" ? "reviewed" : `${key}-${safe}`);
  }
  if (rows === "reports") parts.push("reports");
  return `${parts.join("-")}.${format}`;
}
