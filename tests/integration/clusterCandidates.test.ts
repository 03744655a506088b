// Clustering at scale (decision 0135): a new report is compared only with stored statements that share
// rare words with it (any date) or were received by the same outlet on compatible dates. An undated
// printing must still join a remark made long ago, however many statements the speaker made since.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/server/db";
import { importArticles } from "@/server/ingest";
import { loadCandidates } from "@/server/ingest/clusterCandidates";
import { sqlQueries } from "@/server/ingest/sqlTransaction";
import type { ExtractedStatement } from "@/domain/extract/types";
import { createScratchDatabase } from "./setup/database";

/** More newer statements than any cap on "the speaker's newest" the importer ever used (2,000). */
const NEWER_STATEMENTS = 2500;
const REMARK = "The northern ferry corridor must stay open through the winter months, whatever the cost.";

describe("clustering candidates", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let db: PrismaClient;
  let sql: pg.Client;
  let tmp: string;

  const importText = async (name: string, text: string, metadata: { outlet: string; publishedAt?: string }) => {
    await fs.writeFile(path.join(tmp, name), text);
    return importArticles(db, [path.join(tmp, name)], { metadata });
  };

  beforeAll(async () => {
    scratch = await createScratchDatabase({ prefix: "candidates" });
    db = createPrismaClient(scratch.url);
    sql = new pg.Client({ connectionString: scratch.url });
    await sql.connect();
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "candidates-"));
  });

  afterAll(async () => {
    await sql?.end();
    await db?.$disconnect();
    await scratch?.drop();
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it("joins an undated printing to a remark from long ago, past thousands of newer statements by the speaker", async () => {
    const first = await importText("first.txt", `Mark Rutte said on Friday: "${REMARK}"\n`, { outlet: "Reuters", publishedAt: "2023-03-10" });
    expect(first).toMatchObject({ added: 1, statementsAdded: 1 });
    const { rows: [remark] } = await sql.query(`SELECT id, "speakerId" FROM "Statement" WHERE quote = $1`, [REMARK]);

    // Years of newer statements by the same speaker, in the common words of the corpus.
    await sql.query(
      `INSERT INTO "Statement" (id, "createdAt", "speakerId", kind, quote, date, "datePrecision", "dateSource", topics)
       SELECT 'newer' || g, now(), $1, 'direct', 'Allies will keep supporting Ukraine and its defence, as agreed ' || g,
              DATE '2024-01-01' + (g % 700), 'day', 'stated', '{other}'
         FROM generate_series(1, $2::int) AS g`,
      [remark.speakerId, NEWER_STATEMENTS],
    );
    await sql.query(`ANALYZE "Statement"`);

    const undated = await importText("undated.txt", `In a statement, Mark Rutte said: "${REMARK}"\n`, { outlet: "Example Daily" });
    expect(undated).toMatchObject({ added: 1, failed: 0, statementsAdded: 0, reportsAdded: 1 });
    const { rows: reports } = await sql.query(`SELECT "articleId" FROM "Report" WHERE "statementId" = $1`, [remark.id]);
    expect(reports).toHaveLength(2);
  }, 120_000);

  it("keeps a different remark in the speaker's common words apart", async () => {
    const other = await importText("other.txt", `Mark Rutte said on Monday: "Allies will keep supporting Ukraine and its defence for as long as it takes."\n`, {
      outlet: "Reuters",
      publishedAt: "2024-02-05",
    });
    expect(other).toMatchObject({ added: 1, statementsAdded: 1, reportsAdded: 1 });
  });

  it("reads the speaker's window from both window indexes: a statement with a long search vector is a candidate too", async () => {
    const { rows: [speaker] } = await sql.query(`INSERT INTO "Speaker" (id, slug, name) VALUES ('window-speaker', 'window-speaker', 'Window Speaker') RETURNING id`);
    // Hundreds of distinct words: its vector is longer than Statement_speaker_window_idx keeps (migration 0025).
    const long = `The harbour ferry ${Array.from({ length: 300 }, (_, k) => `word${k.toString(36)}x`).join(" ")} must stay open.`;
    await sql.query(
      `INSERT INTO "Statement" (id, "createdAt", "speakerId", kind, quote, date, "datePrecision", "dateSource", topics)
       VALUES ('window-short', now(), $1, 'direct', 'The harbour ferry must stay open.', DATE '2024-05-06', 'day', 'stated', '{other}'),
              ('window-long', now(), $1, 'direct', $2, DATE '2024-05-07', 'day', 'stated', '{other}'),
              ('window-far', now(), $1, 'direct', 'The harbour ferry must stay open.', DATE '2024-09-07', 'day', 'stated', '{other}')`,
      [speaker.id, long],
    );
    const { rows: sizes } = await sql.query(`SELECT id, octet_length("searchVector"::text) > 1200 AS wide FROM "Statement" WHERE id LIKE 'window-%' ORDER BY id`);
    expect(sizes).toEqual([{ id: "window-far", wide: false }, { id: "window-long", wide: true }, { id: "window-short", wide: false }]);

    const quote = "The harbour ferry must stay open, he said.";
    const statement = { quote, speaker: "Window Speaker", date: "2024-05-08", datePrecision: "day", outletCited: null } as unknown as ExtractedStatement;
    // Shares between "rare" and "common": the words are looked up in the speaker's window only, not at any date.
    const lexemes = new Map([[quote, ["harbour", "ferri", "stay", "open"].map((word) => ({ word, share: 0.01 }))]]);
    const pool = new pg.Pool({ connectionString: scratch.url, max: 1 });
    try {
      const candidates = await loadCandidates(sqlQueries(pool), [statement], { speakers: new Map([["window-speaker", speaker.id]]), outlets: new Map() }, lexemes);
      expect(candidates.map((c) => c.id).sort()).toEqual(["window-long", "window-short"]);
    } finally {
      await pool.end();
    }
  });
});
