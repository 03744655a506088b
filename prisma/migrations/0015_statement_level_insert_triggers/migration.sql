-- Imports at a million statements (issue #13, decision 0170). The importer writes each table of an article
-- with one multi-row INSERT (0095), but the aggregate triggers of 0003, 0006, 0007 and 0012 fired once per
-- row: a report added to a stored statement rewrote that statement's row twice (its report count, then its
-- search vector), and every rewrite put the whole row into all nine indexes of "Statement" again, both GIN
-- indexes included; a new statement refreshed its speaker-day once, then once more per stance.
-- Inserts now run these triggers once per SQL statement over the inserted rows (transition tables): each
-- statement is rewritten once per insert, each speaker-day refreshed once, each tally row upserted once.
-- Updates and deletions (re-extraction, editors) keep the row triggers, unchanged. The results are the
-- same rows: tests/integration/scale.test.ts and positions.test.ts compare every aggregate with a recount.

-- ── Reports ──────────────────────────────────────────────────────────────────────────────────────
DROP TRIGGER report_changes ON "Report";
CREATE TRIGGER report_changes AFTER DELETE OR UPDATE OF "quote", "statementId", "articleId" ON "Report"
  FOR EACH ROW EXECUTE FUNCTION report_changes();
DROP TRIGGER report_count_changes ON "Report";
CREATE TRIGGER report_count_changes AFTER DELETE OR UPDATE OF "statementId" ON "Report"
  FOR EACH ROW EXECUTE FUNCTION report_count_changes();

CREATE FUNCTION report_inserts() RETURNS trigger LANGUAGE plpgsql AS $$
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
  UPDATE "TrackerTotals" SET "reports" = "reports" + (SELECT count(*) FROM new_reports) WHERE "id" = 1;
  RETURN NULL;
END $$;
CREATE TRIGGER report_inserts AFTER INSERT ON "Report"
  REFERENCING NEW TABLE AS new_reports FOR EACH STATEMENT EXECUTE FUNCTION report_inserts();

-- ── Citations ────────────────────────────────────────────────────────────────────────────────────
DROP TRIGGER citation_changes ON "ReportCitation";
CREATE TRIGGER citation_changes AFTER DELETE OR UPDATE ON "ReportCitation"
  FOR EACH ROW EXECUTE FUNCTION citation_changes();

CREATE FUNCTION citation_inserts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "StatementOutlet" ("outletId", "statementId", "sortDate", "createdAt")
  SELECT DISTINCT c."outletId", s."id", coalesce(s."date", '-infinity'), s."createdAt"
    FROM new_citations c JOIN "Report" r ON r."id" = c."reportId" JOIN "Statement" s ON s."id" = r."statementId"
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER citation_inserts AFTER INSERT ON "ReportCitation"
  REFERENCING NEW TABLE AS new_citations FOR EACH STATEMENT EXECUTE FUNCTION citation_inserts();

-- ── Statements ───────────────────────────────────────────────────────────────────────────────────
-- The row triggers stay for updates and deletions (statement_counts_delete and cube_statement_delete are
-- BEFORE DELETE already); statement_search stays a BEFORE row trigger (it sets the row's own vector).
DROP TRIGGER statement_counts ON "Statement";
CREATE TRIGGER statement_counts AFTER UPDATE OF "speakerId", "date", "topics", "createdAt" ON "Statement"
  FOR EACH ROW EXECUTE FUNCTION statement_counts();
DROP TRIGGER statement_positions ON "Statement";
CREATE TRIGGER statement_positions AFTER DELETE OR UPDATE OF "speakerId", "date", "topics", "createdAt" ON "Statement"
  FOR EACH ROW EXECUTE FUNCTION statement_positions();
DROP TRIGGER cube_statement_changes ON "Statement";
CREATE TRIGGER cube_statement_changes AFTER UPDATE OF "speakerId", "date", "kind", "topics" ON "Statement"
  FOR EACH ROW EXECUTE FUNCTION cube_statement_changes();

-- The tally rows of a set of (speaker, topic, stance, day) contributions, each also counted for everyone.
CREATE FUNCTION tally_add_all(p_rows JSONB) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "StatementTally" AS t ("speakerId", "topic", "stance", "day", "n")
  SELECT scope, x.topic, x.stance, x.day, sum(x.n)::int
    FROM jsonb_to_recordset(p_rows) AS x(speaker TEXT, topic "Topic", stance "Stance", day DATE, n INTEGER)
   CROSS JOIN LATERAL unnest(CASE WHEN x.speaker IS NULL THEN ARRAY[NULL]::TEXT[] ELSE ARRAY[NULL, x.speaker] END) AS scope
   GROUP BY scope, x.topic, x.stance, x.day
  ON CONFLICT ("speakerId", "topic", "stance", "day") DO UPDATE SET "n" = t."n" + EXCLUDED."n";
$$;

CREATE FUNCTION statement_inserts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Tallies: every statement, each topic (as tally_statement counts them) and each stance already stored.
  PERFORM tally_add_all(coalesce(jsonb_agg(jsonb_build_object('speaker', c.speaker, 'topic', c.topic, 'stance', c.stance, 'day', c.day, 'n', c.n)), '[]'))
     FROM (SELECT speaker, topic, stance, day, count(*)::int AS n FROM (
             SELECT s."speakerId" AS speaker, NULL::"Topic" AS topic, NULL::"Stance" AS stance, s."date" AS day FROM new_statements s
             UNION ALL
             SELECT s."speakerId", t, NULL, s."date" FROM new_statements s CROSS JOIN LATERAL unnest(s."topics") AS t
             UNION ALL
             SELECT s."speakerId", st."topic", st."value", s."date" FROM new_statements s JOIN "StatementStance" st ON st."statementId" = s."id"
           ) contributions GROUP BY speaker, topic, stance, day) c;
  UPDATE "Speaker" sp SET "statementCount" = sp."statementCount" + x.n
    FROM (SELECT "speakerId" AS id, count(*)::int AS n FROM new_statements WHERE "speakerId" IS NOT NULL GROUP BY 1) x
   WHERE sp."id" = x.id;
  UPDATE "TrackerTotals" SET "statements" = "statements" + (SELECT count(*) FROM new_statements) WHERE "id" = 1;
  -- Positions: each speaker-day once.
  PERFORM refresh_position_day(d."speakerId", d."date")
     FROM (SELECT DISTINCT "speakerId", "date" FROM new_statements WHERE "speakerId" IS NOT NULL AND "date" IS NOT NULL) d;
  -- Cube: each statement's signature, counted together.
  INSERT INTO "StatementCube" AS c ("speakerId", "month", "kind", "topics", "stances", "n")
  SELECT scope, month, x.kind, x.topics, x.stances, count(*)::int
    FROM (SELECT s."speakerId" AS speaker, s."date", s."kind", cube_topics(s."topics") AS topics, cube_stances(s."id") AS stances
            FROM new_statements s) x
   CROSS JOIN LATERAL unnest(CASE WHEN x.speaker IS NULL THEN ARRAY[NULL]::TEXT[] ELSE ARRAY[NULL, x.speaker] END) AS scope
   CROSS JOIN LATERAL unnest(ARRAY[NULL, coalesce(date_trunc('month', x."date")::date, '-infinity'::date)]) AS month
   GROUP BY scope, month, x.kind, x.topics, x.stances
  ON CONFLICT ("speakerId", "month", "kind", "topics", "stances") DO UPDATE SET "n" = c."n" + EXCLUDED."n";
  RETURN NULL;
END $$;
CREATE TRIGGER statement_inserts AFTER INSERT ON "Statement"
  REFERENCING NEW TABLE AS new_statements FOR EACH STATEMENT EXECUTE FUNCTION statement_inserts();

-- ── Stances ──────────────────────────────────────────────────────────────────────────────────────
DROP TRIGGER stance_counts ON "StatementStance";
CREATE TRIGGER stance_counts AFTER UPDATE OR DELETE ON "StatementStance"
  FOR EACH ROW EXECUTE FUNCTION stance_counts();
DROP TRIGGER stance_positions ON "StatementStance";
CREATE TRIGGER stance_positions AFTER DELETE OR UPDATE OF "topic", "value", "statementId" ON "StatementStance"
  FOR EACH ROW EXECUTE FUNCTION stance_positions();

CREATE FUNCTION stance_inserts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tally_add_all(coalesce(jsonb_agg(jsonb_build_object('speaker', c.speaker, 'topic', c.topic, 'stance', c.stance, 'day', c.day, 'n', c.n)), '[]'))
     FROM (SELECT s."speakerId" AS speaker, st."topic", st."value" AS stance, s."date" AS day, count(*)::int AS n
             FROM new_stances st JOIN "Statement" s ON s."id" = st."statementId"
            GROUP BY 1, 2, 3, 4) c;
  PERFORM refresh_position_day(d."speakerId", d."date")
     FROM (SELECT DISTINCT s."speakerId", s."date" FROM new_stances st JOIN "Statement" s ON s."id" = st."statementId"
            WHERE s."speakerId" IS NOT NULL AND s."date" IS NOT NULL) d;
  RETURN NULL;
END $$;
CREATE TRIGGER stance_inserts AFTER INSERT ON "StatementStance"
  REFERENCING NEW TABLE AS new_stances FOR EACH STATEMENT EXECUTE FUNCTION stance_inserts();

-- ── GIN pending lists ────────────────────────────────────────────────────────────────────────────
-- Every new row version of a statement goes to the pending list of both GIN indexes, and every search of
-- them (the importer's candidate read, the list's text and substring search) scans the whole list: at the
-- default 4 MB, ~7,000 entries and ~100 ms a search at a million statements under load. A short list is
-- merged into the index more often, in small sorted batches.
ALTER INDEX "Statement_searchVector_idx" SET (gin_pending_list_limit = 256);
ALTER INDEX "Statement_quote_trgm_idx" SET (gin_pending_list_limit = 256);
