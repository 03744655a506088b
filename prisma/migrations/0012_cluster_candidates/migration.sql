-- Clustering candidates by shared rare words (issue #13, decision 0135). An import compares each new
-- quote with the stored statements that share one of its rarest lexemes, at any date, through the search
-- vector's GIN index. The planner, seeing a dozen OR-ed terms it has no statistics for (rare words are
-- not among the most common elements), estimated a tenth of the table and chose to scan all of it (7 s
-- at a million statements) where the index returns a few hundred rows in milliseconds. A function with
-- its own settings is planned on its own and can only read the index.
CREATE FUNCTION statements_sharing_lexemes(p_words tsquery) RETURNS TABLE ("id" TEXT, "speakerId" TEXT)
LANGUAGE sql STABLE SET enable_seqscan = off AS $$
  SELECT s."id", s."speakerId" FROM "Statement" s WHERE s."searchVector" @@ p_words
$$;

-- Which words are rare is read from the statistics of the search vector: with the default target only
-- the ~100 most common lexemes are listed and every other one looks rare (a word in 0.5 % of statements,
-- 5,000 rows, looked as rare as one in none). A larger sample lists the lexemes down to about one
-- statement in 10,000 (12 s once at a million statements; autovacuum keeps it up to date after).
ALTER TABLE "Statement" ALTER COLUMN "searchVector" SET STATISTICS 1000;
ANALYZE "Statement" ("searchVector");

-- A new report or citation can only add an outlet to its statement (migration 0003 recomputed the
-- statement's whole outlet set, reading every report of it, for each inserted report and each citation:
-- 6 ms a row for a remark reprinted a hundred times, two thirds of an import's trigger time). Changes
-- and deletions still recompute the set.
CREATE OR REPLACE FUNCTION report_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE sid TEXT;
BEGIN
  FOREACH sid IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD."statementId" END,
                            CASE WHEN TG_OP <> 'DELETE' THEN NEW."statementId" END] LOOP
    CONTINUE WHEN sid IS NULL;
    -- A report printing the headline quote itself adds nothing to the vector (most first reports):
    -- skipping it spares a rewrite of the statement row and all its indexes.
    UPDATE "Statement" SET "searchVector" = statement_search_vector("id", "quote")
     WHERE "id" = sid
       AND (TG_OP = 'UPDATE' OR "quote" IS DISTINCT FROM (CASE WHEN TG_OP = 'DELETE' THEN OLD."quote" ELSE NEW."quote" END));
    IF TG_OP = 'INSERT' THEN
      INSERT INTO "StatementOutlet" ("outletId", "statementId", "sortDate", "createdAt")
      SELECT a."outletId", s."id", coalesce(s."date", '-infinity'), s."createdAt"
        FROM "Article" a JOIN "Statement" s ON s."id" = sid
       WHERE a."id" = NEW."articleId" AND a."outletId" IS NOT NULL
      ON CONFLICT DO NOTHING;
    ELSE
      PERFORM refresh_statement_outlets(sid);
    END IF;
  END LOOP;
  IF TG_OP = 'INSERT' THEN
    UPDATE "TrackerTotals" SET "reports" = "reports" + 1 WHERE "id" = 1;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "TrackerTotals" SET "reports" = "reports" - 1 WHERE "id" = 1;
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION citation_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "StatementOutlet" ("outletId", "statementId", "sortDate", "createdAt")
    SELECT NEW."outletId", s."id", coalesce(s."date", '-infinity'), s."createdAt"
      FROM "Report" r JOIN "Statement" s ON s."id" = r."statementId"
     WHERE r."id" = NEW."reportId"
    ON CONFLICT DO NOTHING;
  ELSE
    -- A citation deleted with its report: the report's own trigger already refreshed the statement.
    PERFORM refresh_statement_outlets(r."statementId") FROM "Report" r
      WHERE r."id" IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD."reportId" END, CASE WHEN TG_OP <> 'DELETE' THEN NEW."reportId" END);
  END IF;
  RETURN NULL;
END $$;
