-- The outlet filter's counts from a maintained aggregate (issue #13, decision 0160). "StatementOutletCube" is
-- "StatementCube" (0009) per outlet: how many of an outlet's statements (those it published or cited, as in
-- "StatementOutlet") there are per kind, set of topics and set of stances, in three scopes: every speaker by
-- month ("speakerId" NULL, "month" the first day or '-infinity' when undated), every speaker in all time (both
-- NULL), and each speaker in all time ("month" NULL). So a list filtered by an outlet with any of topic, stance,
-- kind and whole-month dates, or with a speaker and any of topic, stance and kind, has an exact total and its
-- facets are one query, as the cube gives every filter without an outlet. Per-speaker month rows are left
-- out: they would be 1.45 million of 2.4 million rows at a million statements, for the rare outlet + speaker
-- + dates filter, which is counted as before. Kept by triggers in the writing transaction: a statement
-- gaining or losing an outlet, and any change of a statement's signature (speaker, date, kind, topics,
-- stances), moves its count in every outlet it has.
CREATE TABLE "StatementOutletCube" (
    "outletId" TEXT NOT NULL,
    "speakerId" TEXT,
    "month" DATE,
    "kind" "StatementKind" NOT NULL,
    "topics" "Topic"[] NOT NULL,
    "stances" TEXT[] NOT NULL,
    "n" INTEGER NOT NULL
);
-- One statement's count added to (or taken from) its three rows in each of `p_outlets`.
CREATE FUNCTION outlet_cube_add(p_outlets TEXT[], p_speaker TEXT, p_date DATE, p_kind "StatementKind", p_topics "Topic"[],
                                p_stances TEXT[], p_delta INTEGER)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "StatementOutletCube" AS c ("outletId", "speakerId", "month", "kind", "topics", "stances", "n")
  SELECT outlet, scope.speaker, scope.month, p_kind, cube_topics(p_topics), p_stances, p_delta
    FROM unnest(p_outlets) AS outlet,
         (VALUES (NULL, coalesce(date_trunc('month', p_date)::date, '-infinity'::date), false), (NULL, NULL, false),
                 (p_speaker, NULL, true)) AS scope (speaker, month, per_speaker)
   WHERE NOT scope.per_speaker OR p_speaker IS NOT NULL
  ON CONFLICT ("outletId", "speakerId", "month", "kind", "topics", "stances") DO UPDATE SET "n" = c."n" + EXCLUDED."n";
$$;

CREATE FUNCTION statement_outlet_ids(p_statement TEXT) RETURNS TEXT[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg("outletId"), '{}') FROM "StatementOutlet" WHERE "statementId" = p_statement;
$$;

-- A statement gaining or losing an outlet. A row deleted with its statement finds no statement: the
-- statement's BEFORE DELETE trigger already took its counts away.
CREATE FUNCTION outlet_cube_outlet_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s RECORD; row_changed RECORD;
BEGIN
  row_changed := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  SELECT "speakerId", "date", "kind", "topics" INTO s FROM "Statement" WHERE "id" = row_changed."statementId";
  IF NOT FOUND THEN RETURN NULL; END IF;
  PERFORM outlet_cube_add(ARRAY[row_changed."outletId"], s."speakerId", s."date", s."kind", s."topics",
                          cube_stances(row_changed."statementId"), CASE WHEN TG_OP = 'DELETE' THEN -1 ELSE 1 END);
  RETURN NULL;
END $$;
CREATE TRIGGER outlet_cube_outlet_changes AFTER INSERT OR DELETE ON "StatementOutlet"
  FOR EACH ROW EXECUTE FUNCTION outlet_cube_outlet_changes();

-- The statement triggers of 0009, now moving the count in the statement's outlets too (a new statement has
-- none yet: its reports add them).
CREATE OR REPLACE FUNCTION cube_statement_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE outlets TEXT[]; stances TEXT[];
BEGIN
  -- BEFORE DELETE: the statement's stances and outlets are still there (their cascade runs after).
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    stances := cube_stances(OLD."id");
    outlets := statement_outlet_ids(OLD."id");
    PERFORM cube_add(OLD."speakerId", OLD."date", OLD."kind", OLD."topics", stances, -1);
    PERFORM outlet_cube_add(outlets, OLD."speakerId", OLD."date", OLD."kind", OLD."topics", stances, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    stances := cube_stances(NEW."id");
    PERFORM cube_add(NEW."speakerId", NEW."date", NEW."kind", NEW."topics", stances, 1);
    IF TG_OP = 'UPDATE' THEN
      PERFORM outlet_cube_add(outlets, NEW."speakerId", NEW."date", NEW."kind", NEW."topics", stances, 1);
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NULL END;
END $$;

CREATE OR REPLACE FUNCTION cube_restance(p_statement TEXT, p_added TEXT[], p_removed TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE s RECORD; now_keys TEXT[]; before_keys TEXT[]; outlets TEXT[];
BEGIN
  SELECT "speakerId", "date", "kind", "topics" INTO s FROM "Statement" WHERE "id" = p_statement;
  IF NOT FOUND THEN RETURN; END IF; -- deleted with its statement, which took its whole count away
  now_keys := cube_stances(p_statement);
  before_keys := cube_sorted(ARRAY(SELECT unnest(now_keys) EXCEPT SELECT unnest(p_added)) || p_removed);
  IF before_keys = now_keys THEN RETURN; END IF;
  PERFORM cube_add(s."speakerId", s."date", s."kind", s."topics", before_keys, -1);
  PERFORM cube_add(s."speakerId", s."date", s."kind", s."topics", now_keys, 1);
  outlets := statement_outlet_ids(p_statement);
  PERFORM outlet_cube_add(outlets, s."speakerId", s."date", s."kind", s."topics", before_keys, -1);
  PERFORM outlet_cube_add(outlets, s."speakerId", s."date", s."kind", s."topics", now_keys, 1);
END $$;

-- Set-wise, for bulk loads with triggers off and repairs.
CREATE FUNCTION rebuild_statement_outlet_cube() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "StatementOutletCube";
  INSERT INTO "StatementOutletCube" ("outletId", "speakerId", "month", "kind", "topics", "stances", "n")
  WITH signed AS (
      SELECT so."outletId" AS outlet, s."speakerId" AS speaker,
             coalesce(date_trunc('month', s."date")::date, '-infinity'::date) AS month, s."kind",
             cube_topics(s."topics") AS topics, coalesce(st.keys, '{}') AS stances
        FROM "StatementOutlet" so
        JOIN "Statement" s ON s."id" = so."statementId"
        LEFT JOIN (SELECT "statementId", cube_sorted(array_agg("topic"::text || ':' || "value"::text)) AS keys
                     FROM "StatementStance" GROUP BY 1) st ON st."statementId" = s."id"
  )
  SELECT outlet, speaker, month, kind, topics, stances, count(*)::int FROM signed
   GROUP BY GROUPING SETS ((outlet, month, kind, topics, stances), (outlet, kind, topics, stances),
                           (outlet, speaker, kind, topics, stances))
  HAVING speaker IS NOT NULL OR GROUPING(speaker) = 1;
$$;

CREATE OR REPLACE FUNCTION rebuild_aggregates() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM rebuild_aggregates_without_cube();
  PERFORM rebuild_statement_cube();
  PERFORM rebuild_statement_outlet_cube();
END $$;

-- Filled before its indexes are built: faster than keeping four indexes up to date row by row.
SELECT rebuild_statement_outlet_cube();

-- The triggers' upserts and one outlet's rows (for everyone, one speaker or all its speakers); "n" included so
-- that these reads are index-only scans. "month" last: with it second, the planner answered "every outlet, for
-- everyone, in all time" by a skip scan of this index (one search per outlet, 1,643 pages scattered over it)
-- rather than the 249 pages of the partial index below (EXPLAIN in decision 0160).
CREATE UNIQUE INDEX "StatementOutletCube_key" ON "StatementOutletCube"("outletId", "speakerId", "kind", "topics", "stances", "month")
  INCLUDE ("n") NULLS NOT DISTINCT;
-- Every outlet's rows for everyone: in all time (the outlet facet of a list without dates), and by month.
CREATE INDEX "StatementOutletCube_all_time_idx" ON "StatementOutletCube"("outletId") INCLUDE ("kind", "topics", "stances", "n")
  WHERE "speakerId" IS NULL AND "month" IS NULL;
CREATE INDEX "StatementOutletCube_months_idx" ON "StatementOutletCube"("month", "outletId") INCLUDE ("kind", "topics", "stances", "n")
  WHERE "speakerId" IS NULL AND "month" IS NOT NULL;
-- One speaker's rows in every outlet: the outlet facet of a speaker's list.
CREATE INDEX "StatementOutletCube_speaker_idx" ON "StatementOutletCube"("speakerId", "outletId") INCLUDE ("kind", "topics", "stances", "n")
  WHERE "speakerId" IS NOT NULL AND "month" IS NULL;
-- Rows for everyone have a month or not, rows per speaker never: without this the planner takes "everyone in
-- all time" for 224,000 rows (17,000) and reads them with parallel workers, which cost more than the read.
CREATE STATISTICS "StatementOutletCube_scope_stats" (mcv) ON "speakerId", "month" FROM "StatementOutletCube";
-- A page reads a few thousand rows of either cube: on two cores, starting parallel workers for that took
-- 100–400 ms under load, many times the read itself (2–3 ms alone).
ALTER TABLE "StatementOutletCube" SET (parallel_workers = 0);
ALTER TABLE "StatementCube" SET (parallel_workers = 0);
ANALYZE "StatementOutletCube";
