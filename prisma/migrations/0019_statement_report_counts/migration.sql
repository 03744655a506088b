-- Imports at a million statements (issue #13, decision 0255). A reprint (a new report of a stored statement)
-- rewrote its statement row for the report count alone: "reportCount" is in the "most reported" list index,
-- so the update was never HOT and put a new version of the row into all nine indexes of "Statement", both GIN
-- indexes included; the dead versions' GIN entries stayed until a vacuum cleaned the index and slowed every
-- later search of it (the importer's rare-word candidate search read 11,327 entries for 147 live rows).
-- The count now lives in a narrow table with the list order's keys and its own index: a reprint updates one
-- narrow row, and the statement row only when a new report prints words the statement had no report of
-- (its search vector changes). "StatementReportCount" holds, for every statement, exactly
--   count(*) of its reports, "speakerId", coalesce(date, '-infinity'), "createdAt"
-- (tests/integration/scale.test.ts compares it with a recount after imports, corrections and deletions).
CREATE TABLE "StatementReportCount" (
    "statementId" TEXT NOT NULL,
    "reportCount" INTEGER NOT NULL DEFAULT 0,
    -- Its speaker: a speaker's list in this order walks its own range of an index (a join would test
    -- every statement of the order for the speaker).
    "speakerId"   TEXT,
    -- The statement's date, or -infinity when undated, and its creation time: the list order's ties.
    "sortDate"    DATE NOT NULL,
    "createdAt"   TIMESTAMP(3) NOT NULL,
    CONSTRAINT "StatementReportCount_pkey" PRIMARY KEY ("statementId"),
    CONSTRAINT "StatementReportCount_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id")
      ON DELETE CASCADE ON UPDATE CASCADE
);

-- Filled from the exact counts before their column goes, then indexed.
INSERT INTO "StatementReportCount" ("statementId", "reportCount", "speakerId", "sortDate", "createdAt")
SELECT "id", "reportCount", "speakerId", coalesce("date", '-infinity'::date), "createdAt" FROM "Statement";

-- The "most reported first" order (ties newest first, undated last), as one index (was Statement_reports_list_idx).
CREATE INDEX "StatementReportCount_list_idx"
  ON "StatementReportCount" ("reportCount" DESC, "sortDate" DESC, "createdAt" DESC, "statementId" DESC);
CREATE INDEX "StatementReportCount_speaker_list_idx"
  ON "StatementReportCount" ("speakerId", "reportCount" DESC, "sortDate" DESC, "createdAt" DESC, "statementId" DESC);
ANALYZE "StatementReportCount";

-- Drops Statement_reports_list_idx with it.
ALTER TABLE "Statement" DROP COLUMN "reportCount";

CREATE FUNCTION rebuild_statement_report_counts() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "StatementReportCount";
  INSERT INTO "StatementReportCount" ("statementId", "reportCount", "speakerId", "sortDate", "createdAt")
  SELECT s."id", coalesce(x.n, 0), s."speakerId", coalesce(s."date", '-infinity'::date), s."createdAt"
    FROM "Statement" s LEFT JOIN (SELECT "statementId", count(*)::int AS n FROM "Report" GROUP BY 1) x ON x."statementId" = s."id";
$$;

-- rebuild_aggregates() reaches the report counts through this one (migration 0007, renamed by 0009).
CREATE OR REPLACE FUNCTION rebuild_aggregates_without_cube() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM rebuild_aggregates_without_report_counts();
  PERFORM rebuild_statement_report_counts();
END $$;

-- A new statement starts at no reports (its reports are inserted after it).
CREATE FUNCTION statement_report_count_inserts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "StatementReportCount" ("statementId", "reportCount", "speakerId", "sortDate", "createdAt")
  SELECT "id", 0, "speakerId", coalesce("date", '-infinity'::date), "createdAt" FROM new_statements;
  RETURN NULL;
END $$;
CREATE TRIGGER statement_report_count_inserts AFTER INSERT ON "Statement"
  REFERENCING NEW TABLE AS new_statements FOR EACH STATEMENT EXECUTE FUNCTION statement_report_count_inserts();

-- A statement's speaker, date or creation time corrected: its place in the order follows.
CREATE FUNCTION statement_report_order_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (OLD."speakerId", OLD."date", OLD."createdAt") IS DISTINCT FROM (NEW."speakerId", NEW."date", NEW."createdAt") THEN
    UPDATE "StatementReportCount"
       SET "speakerId" = NEW."speakerId", "sortDate" = coalesce(NEW."date", '-infinity'::date), "createdAt" = NEW."createdAt"
     WHERE "statementId" = NEW."id";
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER statement_report_order_changes AFTER UPDATE OF "speakerId", "date", "createdAt" ON "Statement"
  FOR EACH ROW EXECUTE FUNCTION statement_report_order_changes();

-- A report deleted or moved to another statement (re-extraction, editors): the counts follow.
CREATE OR REPLACE FUNCTION report_count_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE "StatementReportCount" SET "reportCount" = "reportCount" - 1 WHERE "statementId" = OLD."statementId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "StatementReportCount" SET "reportCount" = "reportCount" + 1 WHERE "statementId" = NEW."statementId";
  END IF;
  RETURN NULL;
END $$;

-- New reports (once per SQL statement, decisions 0170 and 0220).
CREATE OR REPLACE FUNCTION report_inserts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "StatementReportCount" c SET "reportCount" = c."reportCount" + x.n
    FROM (SELECT "statementId" AS id, count(*)::int AS n FROM new_reports GROUP BY 1) x
   WHERE c."statementId" = x.id;
  -- The search vector holds the headline quote and every other wording of the statement's reports: it
  -- changes only when a new report prints a wording that is neither the quote nor printed by an earlier
  -- report. The printings (decision 0220, added below) still hold exactly the earlier reports' wordings.
  -- A reprint in known words leaves the statement row alone.
  UPDATE "Statement" s SET "searchVector" = statement_search_vector(s."id", s."quote")
   WHERE s."id" IN (
     SELECT r."statementId" FROM new_reports r JOIN "Statement" st ON st."id" = r."statementId"
      WHERE r."quote" <> st."quote"
        AND NOT EXISTS (SELECT 1 FROM "StatementPrinting" p
                         WHERE p."statementId" = r."statementId" AND md5(p."quote") = md5(r."quote") AND p."quote" = r."quote"));
  -- The publisher of each new report's article publishes its statement (added, never recomputed).
  INSERT INTO "StatementOutlet" ("outletId", "statementId", "sortDate", "createdAt")
  SELECT DISTINCT a."outletId", s."id", coalesce(s."date", '-infinity'), s."createdAt"
    FROM new_reports r JOIN "Article" a ON a."id" = r."articleId" JOIN "Statement" s ON s."id" = r."statementId"
   WHERE a."outletId" IS NOT NULL
  ON CONFLICT DO NOTHING;
  INSERT INTO "StatementPrinting" ("statementId", "quote", "kind", "outletCited", "venue")
  SELECT "statementId", "quote", "kind", "outletCited", "venue" FROM new_reports
  ON CONFLICT DO NOTHING;
  UPDATE "TrackerTotals" SET "reports" = "reports" + (SELECT count(*) FROM new_reports) WHERE "id" = 1;
  RETURN NULL;
END $$;
