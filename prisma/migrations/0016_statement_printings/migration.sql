-- Imports at a million statements (issue #13, decision 0220). Clustering compares each new report with the
-- distinct printings (wording, kind, outlet chain, venue) of its candidate statements. They were read from
-- "Report" for every candidate: every report row (wide, with its sentence and paragraph), sorted and made
-- distinct, a remark printed a hundred times read a hundred times. "StatementPrinting" keeps each statement's
-- distinct printings, one narrow row each, kept by triggers in the writing transaction: a new report adds its
-- printing (nothing when it is already there, as for a reprint), a changed or deleted report removes its
-- old printing once no report of the statement prints it any more. It holds exactly
-- SELECT DISTINCT "statementId", "quote", "kind", "outletCited", "venue" FROM "Report"
-- (tests/integration/scale.test.ts compares the two after imports, re-extraction, corrections and deletions).
-- No foreign key: the rows follow the reports (a statement's deletion deletes its reports, and with them
-- their printings), so a statement id changed by a cascade moves them through the same trigger.
CREATE TABLE "StatementPrinting" (
    "statementId" TEXT NOT NULL,
    "quote"       TEXT NOT NULL,
    "kind"        "StatementKind" NOT NULL,
    "outletCited" TEXT,
    "venue"       TEXT
);

CREATE FUNCTION rebuild_statement_printings() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "StatementPrinting";
  INSERT INTO "StatementPrinting" ("statementId", "quote", "kind", "outletCited", "venue")
  SELECT DISTINCT "statementId", "quote", "kind", "outletCited", "venue" FROM "Report";
$$;

-- Filled before its index is built.
SELECT rebuild_statement_printings();

-- One printing per statement, wording (by its digest: a quote can be longer than a btree entry may be),
-- kind, outlet chain and venue; the candidate read looks a statement's printings up by its leading column.
CREATE UNIQUE INDEX "StatementPrinting_key" ON "StatementPrinting" ("statementId", md5("quote"), "kind", "outletCited", "venue")
  NULLS NOT DISTINCT;
ANALYZE "StatementPrinting";

CREATE OR REPLACE FUNCTION rebuild_aggregates() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM rebuild_aggregates_without_cube();
  PERFORM rebuild_statement_cube();
  PERFORM rebuild_statement_outlet_cube();
  PERFORM rebuild_statement_printings();
END $$;

-- New reports (once per SQL statement, decision 0170): their printings, unless the statement has them.
CREATE OR REPLACE FUNCTION report_inserts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- One new row version per statement: its count, and its search vector only when a new report prints
  -- other words than the headline quote (most first reports print exactly it).
  UPDATE "Statement" s
     SET "reportCount" = s."reportCount" + x.n,
         "searchVector" = CASE WHEN s."quote" = ALL (x.quotes) THEN s."searchVector" ELSE statement_search_vector(s."id", s."quote") END
    FROM (SELECT "statementId" AS id, count(*)::int AS n, array_agg(DISTINCT "quote") AS quotes FROM new_reports GROUP BY 1) x
   WHERE s."id" = x.id;
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

-- A report changed or deleted (re-extraction, editors, a statement's deletion): its old printing goes when no
-- report of the statement prints it any more, its new one is added. Row triggers fire once the SQL statement
-- is done, so "no report any more" is judged on the statement's final reports.
CREATE FUNCTION report_printing_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD."statementId", OLD."quote", OLD."kind", OLD."outletCited", OLD."venue")
                          IS NOT DISTINCT FROM (NEW."statementId", NEW."quote", NEW."kind", NEW."outletCited", NEW."venue") THEN
    RETURN NULL;
  END IF;
  DELETE FROM "StatementPrinting" p
   WHERE p."statementId" = OLD."statementId" AND md5(p."quote") = md5(OLD."quote") AND p."quote" = OLD."quote"
     AND p."kind" = OLD."kind" AND p."outletCited" IS NOT DISTINCT FROM OLD."outletCited" AND p."venue" IS NOT DISTINCT FROM OLD."venue"
     AND NOT EXISTS (SELECT 1 FROM "Report" r
                      WHERE r."statementId" = OLD."statementId" AND r."quote" = OLD."quote" AND r."kind" = OLD."kind"
                        AND r."outletCited" IS NOT DISTINCT FROM OLD."outletCited" AND r."venue" IS NOT DISTINCT FROM OLD."venue");
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO "StatementPrinting" ("statementId", "quote", "kind", "outletCited", "venue")
    VALUES (NEW."statementId", NEW."quote", NEW."kind", NEW."outletCited", NEW."venue")
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER report_printing_changes AFTER DELETE OR UPDATE OF "statementId", "quote", "kind", "outletCited", "venue" ON "Report"
  FOR EACH ROW EXECUTE FUNCTION report_printing_changes();
