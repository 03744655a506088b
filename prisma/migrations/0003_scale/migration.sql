-- Scale (issue #13, decision 0045): reads that cost what they return, and a data version for caches.
-- Every aggregate here is kept up to date by triggers, so an import, a re-extraction and any later
-- correction (whatever writes the rows) update it in the same transaction. rebuild_aggregates()
-- recomputes them all from scratch (bulk loads, repairs).

-- ── 1. Data version: one row, bumped once per writing transaction ─────────────────────────────
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 1,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    "lastTx" BIGINT,
    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DataVersion_one_row" CHECK ("id" = 1)
);
INSERT INTO "DataVersion" DEFAULT VALUES;

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The lastTx test makes the 100 statements of one import one bump (and one row version).
  UPDATE "DataVersion" SET "version" = "version" + 1, "changedAt" = clock_timestamp(), "lastTx" = txid_current()
   WHERE "id" = 1 AND "lastTx" IS DISTINCT FROM txid_current();
  RETURN NULL;
END $$;

DO $$
DECLARE t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['Speaker', 'SpeakerRole', 'Outlet', 'Article', 'Statement', 'StatementStance', 'Report',
                           'ReportCitation', 'RetiredStatement'] LOOP
    EXECUTE format('CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()', t);
  END LOOP;
END $$;

-- ── 2. Totals and facet counts ────────────────────────────────────────────────────────────────
CREATE TABLE "TrackerTotals" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "statements" BIGINT NOT NULL DEFAULT 0,
    "articles" BIGINT NOT NULL DEFAULT 0,
    "reports" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "TrackerTotals_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "TrackerTotals_one_row" CHECK ("id" = 1)
);
INSERT INTO "TrackerTotals" DEFAULT VALUES;

ALTER TABLE "Speaker" ADD COLUMN "statementCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Outlet" ADD COLUMN "statementCount" INTEGER NOT NULL DEFAULT 0;

-- Statements per (speaker, day, topic, stance). "speakerId" NULL is everyone; "topic" NULL is every
-- statement; "stance" NULL is every statement on the topic; "day" NULL is undated. The timeline and
-- the totals of most filters read this instead of the statements.
CREATE TABLE "StatementTally" (
    "speakerId" TEXT,
    "topic" "Topic",
    "stance" "Stance",
    "day" DATE,
    "n" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "StatementTally_key" ON "StatementTally"("speakerId", "topic", "stance", "day") NULLS NOT DISTINCT;

CREATE FUNCTION tally_add(p_speaker TEXT, p_topic "Topic", p_stance "Stance", p_day DATE, p_delta INTEGER)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "StatementTally" AS t ("speakerId", "topic", "stance", "day", "n")
  SELECT scope, p_topic, p_stance, p_day, p_delta
    FROM unnest(CASE WHEN p_speaker IS NULL THEN ARRAY[NULL]::TEXT[] ELSE ARRAY[NULL, p_speaker] END) AS scope
  ON CONFLICT ("speakerId", "topic", "stance", "day") DO UPDATE SET "n" = t."n" + EXCLUDED."n";
$$;

-- One statement's whole contribution (every statement, each topic, each stance), added or taken away.
CREATE FUNCTION tally_statement(p_id TEXT, p_speaker TEXT, p_day DATE, p_topics "Topic"[], p_delta INTEGER)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE t "Topic"; st RECORD;
BEGIN
  PERFORM tally_add(p_speaker, NULL, NULL, p_day, p_delta);
  FOREACH t IN ARRAY coalesce(p_topics, '{}') LOOP
    PERFORM tally_add(p_speaker, t, NULL, p_day, p_delta);
  END LOOP;
  FOR st IN SELECT "topic", "value" FROM "StatementStance" WHERE "statementId" = p_id LOOP
    PERFORM tally_add(p_speaker, st."topic", st."value", p_day, p_delta);
  END LOOP;
END $$;

CREATE FUNCTION statement_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM tally_statement(NEW."id", NEW."speakerId", NEW."date", NEW."topics", 1);
    UPDATE "Speaker" SET "statementCount" = "statementCount" + 1 WHERE "id" = NEW."speakerId";
    UPDATE "TrackerTotals" SET "statements" = "statements" + 1 WHERE "id" = 1;
    RETURN NULL;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM tally_statement(OLD."id", OLD."speakerId", OLD."date", OLD."topics", -1);
    PERFORM tally_statement(NEW."id", NEW."speakerId", NEW."date", NEW."topics", 1);
    IF OLD."speakerId" IS DISTINCT FROM NEW."speakerId" THEN
      UPDATE "Speaker" SET "statementCount" = "statementCount" - 1 WHERE "id" = OLD."speakerId";
      UPDATE "Speaker" SET "statementCount" = "statementCount" + 1 WHERE "id" = NEW."speakerId";
    END IF;
    UPDATE "StatementOutlet" SET "sortDate" = coalesce(NEW."date", '-infinity'), "createdAt" = NEW."createdAt"
     WHERE "statementId" = NEW."id";
    RETURN NULL;
  ELSE
    -- BEFORE DELETE: the statement's stances are still there (the cascade runs after).
    PERFORM tally_statement(OLD."id", OLD."speakerId", OLD."date", OLD."topics", -1);
    UPDATE "Speaker" SET "statementCount" = "statementCount" - 1 WHERE "id" = OLD."speakerId";
    UPDATE "TrackerTotals" SET "statements" = "statements" - 1 WHERE "id" = 1;
    RETURN OLD;
  END IF;
END $$;

CREATE TRIGGER statement_counts AFTER INSERT OR UPDATE OF "speakerId", "date", "topics", "createdAt" ON "Statement"
  FOR EACH ROW EXECUTE FUNCTION statement_counts();
CREATE TRIGGER statement_counts_delete BEFORE DELETE ON "Statement"
  FOR EACH ROW EXECUTE FUNCTION statement_counts();

CREATE FUNCTION stance_counts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s RECORD;
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    -- Gone with its statement: the statement's BEFORE DELETE trigger already took it away.
    SELECT "speakerId", "date" INTO s FROM "Statement" WHERE "id" = OLD."statementId";
    IF FOUND THEN PERFORM tally_add(s."speakerId", OLD."topic", OLD."value", s."date", -1); END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT "speakerId", "date" INTO s FROM "Statement" WHERE "id" = NEW."statementId";
    IF FOUND THEN PERFORM tally_add(s."speakerId", NEW."topic", NEW."value", s."date", 1); END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER stance_counts AFTER INSERT OR UPDATE OR DELETE ON "StatementStance"
  FOR EACH ROW EXECUTE FUNCTION stance_counts();

CREATE FUNCTION article_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "TrackerTotals" SET "articles" = "articles" + 1 WHERE "id" = 1;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "TrackerTotals" SET "articles" = "articles" - 1 WHERE "id" = 1;
  ELSE
    -- A corrected publisher: every statement reported in this article may change outlets.
    PERFORM refresh_statement_outlets(r."statementId") FROM "Report" r WHERE r."articleId" = NEW."id";
  END IF;
  RETURN NULL;
END $$;

-- ── 3. Which outlets published or cited each statement (the outlet filter and its facet) ──────
CREATE TABLE "StatementOutlet" (
    "outletId" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "sortDate" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "StatementOutlet_pkey" PRIMARY KEY ("outletId", "statementId"),
    CONSTRAINT "StatementOutlet_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE CASCADE,
    CONSTRAINT "StatementOutlet_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE
);
-- The outlet filter walks this in list order: newest first, undated last.
CREATE INDEX "StatementOutlet_list_idx" ON "StatementOutlet"("outletId", "sortDate" DESC, "createdAt" DESC, "statementId" DESC);
CREATE INDEX "StatementOutlet_statementId_idx" ON "StatementOutlet"("statementId");

CREATE FUNCTION refresh_statement_outlets(p_statement TEXT) RETURNS void LANGUAGE sql AS $$
  WITH wanted AS (
    SELECT a."outletId" AS outlet_id FROM "Report" r JOIN "Article" a ON a."id" = r."articleId"
     WHERE r."statementId" = p_statement AND a."outletId" IS NOT NULL
    UNION
    SELECT rc."outletId" FROM "ReportCitation" rc JOIN "Report" r ON r."id" = rc."reportId"
     WHERE r."statementId" = p_statement
  ), dropped AS (
    DELETE FROM "StatementOutlet" so
     WHERE so."statementId" = p_statement AND so."outletId" NOT IN (SELECT outlet_id FROM wanted)
  )
  INSERT INTO "StatementOutlet" ("outletId", "statementId", "sortDate", "createdAt")
  SELECT w.outlet_id, s."id", coalesce(s."date", '-infinity'), s."createdAt"
    FROM wanted w JOIN "Statement" s ON s."id" = p_statement
  ON CONFLICT DO NOTHING;
$$;

CREATE TRIGGER article_counts AFTER INSERT OR DELETE OR UPDATE OF "outletId" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION article_counts();

CREATE FUNCTION outlet_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "Outlet" SET "statementCount" = "statementCount" + 1 WHERE "id" = NEW."outletId";
  ELSE
    UPDATE "Outlet" SET "statementCount" = "statementCount" - 1 WHERE "id" = OLD."outletId";
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER outlet_counts AFTER INSERT OR DELETE ON "StatementOutlet"
  FOR EACH ROW EXECUTE FUNCTION outlet_counts();

-- ── 4. Full-text search: one stored, indexed vector per statement over every report's wording ──
ALTER TABLE "Statement" ADD COLUMN "searchVector" tsvector NOT NULL DEFAULT ''::tsvector;

-- The headline quote weighs more (A) than the other outlets' wordings (B) in the ranking.
CREATE FUNCTION statement_search_vector(p_id TEXT, p_quote TEXT) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', p_quote), 'A')
      || setweight(to_tsvector('english', coalesce(
           (SELECT string_agg(DISTINCT r."quote", ' ') FROM "Report" r WHERE r."statementId" = p_id AND r."quote" <> p_quote),
           '')), 'B');
$$;

CREATE FUNCTION statement_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := statement_search_vector(NEW."id", NEW."quote");
  RETURN NEW;
END $$;
CREATE TRIGGER statement_search BEFORE INSERT OR UPDATE OF "quote" ON "Statement"
  FOR EACH ROW EXECUTE FUNCTION statement_search();

CREATE FUNCTION report_changes() RETURNS trigger LANGUAGE plpgsql AS $$
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
    PERFORM refresh_statement_outlets(sid);
  END LOOP;
  IF TG_OP = 'INSERT' THEN
    UPDATE "TrackerTotals" SET "reports" = "reports" + 1 WHERE "id" = 1;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "TrackerTotals" SET "reports" = "reports" - 1 WHERE "id" = 1;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER report_changes AFTER INSERT OR DELETE OR UPDATE OF "quote", "statementId", "articleId" ON "Report"
  FOR EACH ROW EXECUTE FUNCTION report_changes();

CREATE FUNCTION citation_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A citation deleted with its report: the report's own trigger already refreshed the statement.
  PERFORM refresh_statement_outlets(r."statementId") FROM "Report" r
    WHERE r."id" IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD."reportId" END, CASE WHEN TG_OP <> 'DELETE' THEN NEW."reportId" END);
  RETURN NULL;
END $$;
CREATE TRIGGER citation_changes AFTER INSERT OR DELETE OR UPDATE ON "ReportCitation"
  FOR EACH ROW EXECUTE FUNCTION citation_changes();

-- The vector replaces the expression indexes of 0001 (the trigram index stays for substring search).
DROP INDEX "Statement_quote_fts_idx";
DROP INDEX "Report_quote_fts_idx";
CREATE INDEX "Statement_searchVector_idx" ON "Statement" USING GIN ("searchVector");

-- ── 5. Keyset pagination: the list order (newest first, undated last) as indexes ─────────────────
CREATE INDEX "Statement_list_idx" ON "Statement"((coalesce("date", '-infinity'::date)) DESC, "createdAt" DESC, "id" DESC);
CREATE INDEX "Statement_speaker_list_idx" ON "Statement"("speakerId", (coalesce("date", '-infinity'::date)) DESC, "createdAt" DESC, "id" DESC);
-- The speaker's timeline order (oldest first, undated last), for a statement's neighbours.
CREATE INDEX "Statement_speaker_timeline_idx" ON "Statement"("speakerId", (coalesce("date", 'infinity'::date)), "createdAt", "id");
-- Superseded by the two speaker indexes above.
DROP INDEX "Statement_speakerId_date_idx";
-- The stance filter without a topic probes stances by statement (the primary key) and, for rare
-- stances, by value.
CREATE INDEX "StatementStance_value_topic_idx" ON "StatementStance"("value", "topic", "statementId");

-- ── 6. Rebuild everything above from the rows (after a bulk load with triggers disabled) ──────
CREATE FUNCTION rebuild_aggregates() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Set-based (hash joins), so it needs none of the secondary indexes a bulk load may have dropped.
  -- Computes exactly what statement_search_vector() does, for every statement at once.
  UPDATE "Statement" s
     SET "searchVector" = setweight(to_tsvector('english', s."quote"), 'A') || setweight(to_tsvector('english', coalesce(x.others, '')), 'B')
    FROM (SELECT s2."id", string_agg(DISTINCT r."quote", ' ') FILTER (WHERE r."quote" <> s2."quote") AS others
            FROM "Statement" s2 LEFT JOIN "Report" r ON r."statementId" = s2."id" GROUP BY s2."id") x
   WHERE x."id" = s."id";

  TRUNCATE "StatementOutlet";
  INSERT INTO "StatementOutlet" ("outletId", "statementId", "sortDate", "createdAt")
  SELECT DISTINCT x.outlet_id, s."id", coalesce(s."date", '-infinity'), s."createdAt"
    FROM (SELECT r."statementId" AS statement_id, a."outletId" AS outlet_id
            FROM "Report" r JOIN "Article" a ON a."id" = r."articleId" WHERE a."outletId" IS NOT NULL
          UNION
          SELECT r."statementId", rc."outletId" FROM "ReportCitation" rc JOIN "Report" r ON r."id" = rc."reportId") x
    JOIN "Statement" s ON s."id" = x.statement_id;

  UPDATE "Outlet" o SET "statementCount" = x.n
    FROM (SELECT o2."id", count(so."statementId")::int AS n FROM "Outlet" o2 LEFT JOIN "StatementOutlet" so ON so."outletId" = o2."id" GROUP BY o2."id") x
   WHERE x."id" = o."id";
  UPDATE "Speaker" sp SET "statementCount" = x.n
    FROM (SELECT sp2."id", count(s."id")::int AS n FROM "Speaker" sp2 LEFT JOIN "Statement" s ON s."speakerId" = sp2."id" GROUP BY sp2."id") x
   WHERE x."id" = sp."id";
  UPDATE "TrackerTotals" SET "statements" = (SELECT count(*) FROM "Statement"),
                             "articles" = (SELECT count(*) FROM "Article"),
                             "reports" = (SELECT count(*) FROM "Report");

  TRUNCATE "StatementTally";
  INSERT INTO "StatementTally" ("speakerId", "topic", "stance", "day", "n")
  WITH contributions AS (
      SELECT s."speakerId" AS speaker, NULL::"Topic" AS topic, NULL::"Stance" AS stance, s."date" AS day FROM "Statement" s
      UNION ALL
      SELECT s."speakerId", t, NULL, s."date" FROM "Statement" s, unnest(s."topics") AS t
      UNION ALL
      SELECT s."speakerId", st."topic", st."value", s."date" FROM "Statement" s JOIN "StatementStance" st ON st."statementId" = s."id"
  )
  SELECT NULL, topic, stance, day, count(*)::int FROM contributions GROUP BY topic, stance, day
  UNION ALL
  SELECT speaker, topic, stance, day, count(*)::int FROM contributions WHERE speaker IS NOT NULL GROUP BY speaker, topic, stance, day;
END $$;
