// Exports of a filtered view against the real database: the CSV, parsed back by csv-parse, holds exactly
// the statements the JSON API lists for the same filter, in the same order, with permalink and source
// in every row; JSON Lines holds the same records; per-report rows add up to the reports; small
// batches stream the same bytes as one big batch.
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import * as Api from "@/schemas/api";
import { parseStatementFilter } from "@/schemas/statementFilter";
import { encodeRows, exportStream } from "@/server/api/exportStream";
import { getStatements } from "@/server/api/handlers";
import { createPrismaClient } from "@/server/db";
import { importSeedsIfMissing } from "@/server/ingest";
import { call, collectPages, csvRecords, jsonLines } from "./setup/apiCalls";
import { testDatabaseUrl } from "./setup/database";

let db: PrismaClient;

beforeAll(async () => {
  db = createPrismaClient(testDatabaseUrl());
  await importSeedsIfMissing(db, "seeds");
});

async function download(query: string): Promise<{ res: Response; text: string }> {
  const res = await call(getStatements, `/api/statements?${query}`);
  // Response.text() would drop a byte-order mark; keep it to check it is there.
  return { res, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer()) };
}

describe("CSV cells a spreadsheet would run", () => {
  it("are written as text (a leading apostrophe) in CSV, and kept exactly in JSON Lines", () => {
    const record = { id: "x", quote: '=HYPERLINK("http://example.test","click")', speaker: "+1", outlets: ["@example", "Example Wire"], reportCount: -1 };
    const csv = csvRecords(encodeRows("csv", "statements", [record], true))[0];
    expect(csv).toMatchObject({ quote: `'${record.quote}`, speaker: "'+1", outlets: ["'@example", "Example Wire"], reportCount: -1 });
    expect(JSON.parse(encodeRows("jsonl", "statements", [record], true))).toEqual(record);
  });
});

describe("exports of a filtered view", () => {
  const filters = ["topic=troops", "speaker=mark-rutte", "stance=conditional&from=2025-01-01", ""];

  it.each(filters)("CSV of ?%s parses back into exactly the rows the API lists", async (query) => {
    const { res, text } = await download(`${query}&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="nato-statements[a-z0-9-]*\.csv"$/);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(text.startsWith("\uFEFFid,permalink,quote,")).toBe(true);
    const rows = csvRecords(text).map((row) => Api.StatementExportRow.parse(row));
    const listed = await collectPages(`/api/statements?${query}&limit=200`);
    expect(listed.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id)).toEqual(listed.map((s) => s.id));
    for (const [i, row] of rows.entries()) {
      const item = listed[i];
      expect(row).toMatchObject({
        permalink: item.url,
        quote: item.quote,
        speaker: item.speaker?.slug ?? null,
        date: item.date,
        datePrecision: item.datePrecision,
        dateSource: item.dateSource,
        topics: item.topics,
        stances: item.stances.map((s) => `${s.topic}:${s.value}`),
        reportCount: item.reportCount,
        outlets: item.outlets.map((o) => o.name),
      });
      expect(row.sourceFile.length).toBeGreaterThan(0);
      expect(row.articleApi).toMatch(/\/api\/articles\/[^/]+$/);
    }
  });

  it("JSON Lines carries the same records as the CSV", async () => {
    const csv = csvRecords((await download("topic=negotiations&format=csv")).text);
    const { res, text } = await download("topic=negotiations&format=jsonl");
    expect(res.headers.get("content-type")).toBe("application/jsonl; charset=utf-8");
    const lines = jsonLines(text).map((line) => Api.StatementExportRow.parse(line));
    expect(lines).toEqual(csv);
  });

  it("one row per report: every report of every statement, each with its own wording, offsets and source", async () => {
    const { res, text } = await download("topic=troops&format=csv&rows=reports");
    expect(res.headers.get("content-disposition")).toContain('filename="nato-statements-topic-troops-reports.csv"');
    const rows = csvRecords(text).map((row) => Api.ReportExportRow.parse(row));
    const listed = await collectPages("/api/statements?topic=troops&limit=200");
    expect(rows.length).toBe(listed.reduce((sum, s) => sum + s.reportCount, 0));
    expect([...new Set(rows.map((r) => r.statementId))]).toEqual(listed.map((s) => s.id));
    const articles = await db.article.findMany({ where: { id: { in: rows.map((r) => r.articleId) } }, select: { id: true, text: true } });
    const textOf = new Map(articles.map((a) => [a.id, a.text]));
    for (const row of rows) {
      expect(textOf.get(row.articleId)?.slice(row.start, row.end)).toBe(row.reportQuote);
      expect(row.permalink).toBe(listed.find((s) => s.id === row.statementId)?.url);
    }
  });

  it("an empty view is a header alone", async () => {
    const { text } = await download("q=zzzyzzx-no-such-word&format=csv");
    expect(text).toBe(`\uFEFF${Object.keys(Api.StatementExportRow.shape).join(",")}\n`);
  });

  it("streams in keyset batches: batches of 2 give the same bytes as one batch", async () => {
    const { filter } = parseStatementFilter({});
    const read = async (batchSize: number) => new Response(await exportStream(filter, { format: "csv", rows: "reports", db, batchSize })).text();
    const [small, large] = await Promise.all([read(2), read(10_000)]);
    expect(small).toBe(large);
    expect(csvRecords(small).length).toBeGreaterThan(2);
  });

  it("refuses a bad format or rows with a 400 naming it", async () => {
    const res = await call(getStatements, "/api/statements?format=xlsx&rows=sentences");
    expect(res.status).toBe(400);
    expect(Api.Problem.parse(await res.json()).issues?.map((i) => i.param)).toEqual(["format", "rows"]);
  });
});
