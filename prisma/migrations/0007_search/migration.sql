-- Search, facets and the topic/outlet/article pages (issue #11, decision 0075).
-- 1. Statement."reportCount": how many reports a statement has, kept by a trigger on Report, so the list can be
--    sorted by number of reports and walked by a keyset cursor through one index at any size.
-- 2. Article("outletId"): an outlet's page lists its articles and what they reported.

ALTER TABLE "Statement" ADD COLUMN "reportCount" INTEGER NOT NULL DEFAULT 0;
UPDATE "Statement" s SET "reportCount" = x.n
  FROM (SELECT "statementId", count(*)::int AS n FROM "Report" GROUP BY "statementId") x
 WHERE x."statementId" = s."id";

CREATE FUNCTION report_count_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE "Statement" SET "reportCount" = "reportCount" - 1 WHERE "id" = OLD."statementId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "Statement" SET "reportCount" = "reportCount" + 1 WHERE "id" = NEW."statementId";
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER report_count_changes AFTER INSERT OR DELETE OR UPDATE OF "statementId" ON "Report"
  FOR EACH ROW EXECUTE FUNCTION report_count_changes();

-- The "most reported first" order (ties newest first, undated last), as one index.
CREATE INDEX "Statement_reports_list_idx"
  ON "Statement"("reportCount" DESC, (coalesce("date", '-infinity'::date)) DESC, "createdAt" DESC, "id" DESC);

CREATE INDEX "Article_outletId_idx" ON "Article"("outletId", "publishedAt" DESC);

-- rebuild_aggregates() (migration 0003, after a bulk load with triggers off) also recomputes the report counts.
ALTER FUNCTION rebuild_aggregates() RENAME TO rebuild_aggregates_without_report_counts;
CREATE FUNCTION rebuild_aggregates() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM rebuild_aggregates_without_report_counts();
  UPDATE "Statement" s SET "reportCount" = coalesce(x.n, 0)
    FROM (SELECT s2."id", count(r."id")::int AS n FROM "Statement" s2 LEFT JOIN "Report" r ON r."statementId" = s2."id" GROUP BY s2."id") x
   WHERE x."id" = s."id" AND s."reportCount" IS DISTINCT FROM coalesce(x.n, 0);
END $$;
