-- Facet counts of the statements list from one maintained aggregate (issue #13, decision 0120).
-- "StatementCube" counts statements per (speaker, month, kind, set of topics, set of stances), so the total
-- of ANY combination of speaker, topic, stance (on a topic or on any), kind and whole-month dates is an exact
-- sum over a few thousand rows, and every facet of a list page is one query over them. Kept by triggers like
-- the tallies of 0003: whatever writes a statement or a stance (an import, a re-extraction, an editor in SQL)
-- moves the statement's count from its old row to its new one in the same transaction.
--
-- Rows:  "speakerId" NULL = everyone (every statement also counts there);
--        "month" = first day of the statement's month, '-infinity' = undated, NULL = all time (every statement
--        also counts there, so a filter without dates reads one row per signature, not one per month).
CREATE TABLE "StatementCube" (
    "speakerId" TEXT,
    "month" DATE,
    "kind" "StatementKind" NOT NULL,
    -- The statement's topics, distinct and in enum order.
    "topics" "Topic"[] NOT NULL,
    -- Its stances as 'topic:value', sorted: {'negotiations:opposes','troops:supports'}.
    "stances" TEXT[] NOT NULL,
    "n" INTEGER NOT NULL
);
-- Upserts of the triggers; one speaker's rows (the topic, stance, kind and year facets of a speaker's list).
CREATE UNIQUE INDEX "StatementCube_key" ON "StatementCube"("speakerId", "month", "kind", "topics", "stances") NULLS NOT DISTINCT;
-- Covering (index-only scans), because the rows a page reads are scattered over the table: everyone's rows
-- (the facets of a list without a speaker) and every speaker's rows of a month range or of all time (the
-- speaker facet). EXPLAIN in decision 0120.
CREATE INDEX "StatementCube_everyone_idx" ON "StatementCube"("month") INCLUDE ("kind", "topics", "stances", "n")
  WHERE "speakerId" IS NULL;
CREATE INDEX "StatementCube_speakers_idx" ON "StatementCube"("month", "speakerId") INCLUDE ("kind", "topics", "stances", "n")
  WHERE "speakerId" IS NOT NULL;

CREATE FUNCTION cube_topics(p_topics "Topic"[]) RETURNS "Topic"[] LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(DISTINCT t ORDER BY t), '{}') FROM unnest(p_topics) AS t;
$$;

CREATE FUNCTION cube_sorted(p_keys TEXT[]) RETURNS TEXT[] LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(DISTINCT k ORDER BY k), '{}') FROM unnest(p_keys) AS k;
$$;

CREATE FUNCTION cube_stances(p_statement TEXT) RETURNS TEXT[] LANGUAGE sql STABLE AS $$
  SELECT cube_sorted(array_agg(st."topic"::text || ':' || st."value"::text)) FROM "StatementStance" st WHERE st."statementId" = p_statement;
$$;

-- One statement's count added to (or taken from) its four rows: everyone and its speaker, its month and all time.
CREATE FUNCTION cube_add(p_speaker TEXT, p_date DATE, p_kind "StatementKind", p_topics "Topic"[], p_stances TEXT[], p_delta INTEGER)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "StatementCube" AS c ("speakerId", "month", "kind", "topics", "stances", "n")
  SELECT scope, month, p_kind, cube_topics(p_topics), p_stances, p_delta
    FROM unnest(CASE WHEN p_speaker IS NULL THEN ARRAY[NULL]::TEXT[] ELSE ARRAY[NULL, p_speaker] END) AS scope,
         unnest(ARRAY[NULL, coalesce(date_trunc('month', p_date)::date, '-infinity'::date)]) AS month
  ON CONFLICT ("speakerId", "month", "kind", "topics", "stances") DO UPDATE SET "n" = c."n" + EXCLUDED."n";
$$;

CREATE FUNCTION cube_statement_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- BEFORE DELETE: the statement's stances are still there (their cascade runs after).
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM cube_add(OLD."speakerId", OLD."date", OLD."kind", OLD."topics", cube_stances(OLD."id"), -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM cube_add(NEW."speakerId", NEW."date", NEW."kind", NEW."topics", cube_stances(NEW."id"), 1);
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NULL END;
END $$;
CREATE TRIGGER cube_statement_changes AFTER INSERT OR UPDATE OF "speakerId", "date", "kind", "topics" ON "Statement"
  FOR EACH ROW EXECUTE FUNCTION cube_statement_changes();
CREATE TRIGGER cube_statement_delete BEFORE DELETE ON "Statement"
  FOR EACH ROW EXECUTE FUNCTION cube_statement_changes();

-- A statement's stances changed by `added` and `removed` ('topic:value' keys): its count moves from the
-- signature it had before the change to the one it has now.
CREATE FUNCTION cube_restance(p_statement TEXT, p_added TEXT[], p_removed TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE s RECORD; now_keys TEXT[]; before_keys TEXT[];
BEGIN
  SELECT "speakerId", "date", "kind", "topics" INTO s FROM "Statement" WHERE "id" = p_statement;
  IF NOT FOUND THEN RETURN; END IF; -- deleted with its statement, which took its whole count away
  now_keys := cube_stances(p_statement);
  before_keys := cube_sorted(ARRAY(SELECT unnest(now_keys) EXCEPT SELECT unnest(p_added)) || p_removed);
  IF before_keys = now_keys THEN RETURN; END IF;
  PERFORM cube_add(s."speakerId", s."date", s."kind", s."topics", before_keys, -1);
  PERFORM cube_add(s."speakerId", s."date", s."kind", s."topics", now_keys, 1);
END $$;

-- Per SQL statement, with transition tables: a multi-row insert of one statement's stances (the importer's)
-- moves its count once, from the signature before the whole insert, which a per-row trigger could not know.
CREATE FUNCTION cube_stance_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM cube_restance(x.id, x.keys, '{}')
       FROM (SELECT "statementId" AS id, array_agg("topic"::text || ':' || "value"::text) AS keys FROM new_rows GROUP BY 1) x;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM cube_restance(x.id, '{}', x.keys)
       FROM (SELECT "statementId" AS id, array_agg("topic"::text || ':' || "value"::text) AS keys FROM old_rows GROUP BY 1) x;
  ELSE
    PERFORM cube_restance(coalesce(a.id, r.id), coalesce(a.keys, '{}'), coalesce(r.keys, '{}'))
       FROM (SELECT "statementId" AS id, array_agg("topic"::text || ':' || "value"::text) AS keys FROM new_rows GROUP BY 1) a
       FULL JOIN (SELECT "statementId" AS id, array_agg("topic"::text || ':' || "value"::text) AS keys FROM old_rows GROUP BY 1) r
         ON r.id = a.id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER cube_stance_insert AFTER INSERT ON "StatementStance"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cube_stance_changes();
CREATE TRIGGER cube_stance_update AFTER UPDATE ON "StatementStance"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cube_stance_changes();
CREATE TRIGGER cube_stance_delete AFTER DELETE ON "StatementStance"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cube_stance_changes();

-- Set-wise, for bulk loads with triggers off and repairs.
CREATE FUNCTION rebuild_statement_cube() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "StatementCube";
  INSERT INTO "StatementCube" ("speakerId", "month", "kind", "topics", "stances", "n")
  WITH signed AS (
      SELECT s."speakerId" AS speaker, coalesce(date_trunc('month', s."date")::date, '-infinity'::date) AS month, s."kind",
             cube_topics(s."topics") AS topics, coalesce(st.keys, '{}') AS stances
        FROM "Statement" s
        LEFT JOIN (SELECT "statementId", cube_sorted(array_agg("topic"::text || ':' || "value"::text)) AS keys
                     FROM "StatementStance" GROUP BY 1) st ON st."statementId" = s."id"
  )
  SELECT speaker, month, kind, topics, stances, count(*)::int FROM signed
   GROUP BY GROUPING SETS ((speaker, month, kind, topics, stances), (speaker, kind, topics, stances),
                           (month, kind, topics, stances), (kind, topics, stances))
  HAVING speaker IS NOT NULL OR GROUPING(speaker) = 1;
$$;

-- rebuild_aggregates() (after a bulk load with triggers off) rebuilds the cube too.
ALTER FUNCTION rebuild_aggregates() RENAME TO rebuild_aggregates_without_cube;
CREATE FUNCTION rebuild_aggregates() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM rebuild_aggregates_without_cube();
  PERFORM rebuild_statement_cube();
END $$;

SELECT rebuild_statement_cube();
