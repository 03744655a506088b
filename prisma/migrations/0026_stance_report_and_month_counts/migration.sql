-- The "most reported" order of a list filtered by a stance on a topic (issue #13, decision 0415). It walked
-- "StatementReportCount_list_idx" and probed the stances for each statement: 1,028 rows read (3,179 buffers)
-- for a page of 21 under `topic=membership&stance=supports` at a million statements, and further the rarer
-- the stance. Here every stance row carries its statement's report count and list-order keys, and one index
-- walks a (topic, stance) in that order: the page's 21 rows and no probe.
--
-- "StanceReportCount" holds, for every "StatementStance" row, exactly
--   ("statementId", topic, value) with its statement's "reportCount", "sortDate", "createdAt" from "StatementReportCount"
-- (tests/integration/scale.test.ts compares it with a recount). It is kept by triggers of its own on
-- "StatementStance" and "StatementReportCount": no existing trigger function changes, so whoever rewrites
-- those (the import's report-count and stance functions) keeps this table right by writing the same rows.
CREATE TABLE "StanceReportCount" (
    "statementId" TEXT NOT NULL,
    "topic"       "Topic" NOT NULL,
    "stance"      "Stance" NOT NULL,
    "reportCount" INTEGER NOT NULL,
    "sortDate"    DATE NOT NULL,
    "createdAt"   TIMESTAMP(3) NOT NULL,
    CONSTRAINT "StanceReportCount_pkey" PRIMARY KEY ("statementId", "topic"),
    -- A stance deleted (with its statement, by a re-extraction, by an editor) or moved takes its row along.
    CONSTRAINT "StanceReportCount_stance_fkey" FOREIGN KEY ("statementId", "topic")
      REFERENCES "StatementStance"("statementId", "topic") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Filled from the stances and counts as they are, then indexed.
INSERT INTO "StanceReportCount" ("statementId", "topic", "stance", "reportCount", "sortDate", "createdAt")
SELECT st."statementId", st.topic, st.value, rc."reportCount", rc."sortDate", rc."createdAt"
  FROM "StatementStance" st JOIN "StatementReportCount" rc ON rc."statementId" = st."statementId";

-- A stance on a topic, most reported first, ties as the list (newest first, undated last): index-only.
CREATE INDEX "StanceReportCount_list_idx" ON "StanceReportCount"
  ("topic", "stance", "reportCount" DESC, "sortDate" DESC, "createdAt" DESC, "statementId" DESC);
-- One process, as the other orders' tables (0013, 0023): workers cost more than a page's walk on two cores.
ALTER TABLE "StanceReportCount" SET (parallel_workers = 0);
ANALYZE "StanceReportCount";

-- New stances (one call per INSERT statement: an article's stances are one): each takes its statement's
-- count and keys. A statement's count row is made when the statement is (migration 0019), before its stances.
CREATE FUNCTION stance_report_count_inserts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "StanceReportCount" AS x ("statementId", "topic", "stance", "reportCount", "sortDate", "createdAt")
  SELECT st."statementId", st.topic, st.value, rc."reportCount", rc."sortDate", rc."createdAt"
    FROM new_stances st JOIN "StatementReportCount" rc ON rc."statementId" = st."statementId"
  ON CONFLICT ("statementId", "topic") DO UPDATE
    SET "stance" = EXCLUDED."stance", "reportCount" = EXCLUDED."reportCount", "sortDate" = EXCLUDED."sortDate", "createdAt" = EXCLUDED."createdAt";
  RETURN NULL;
END $$;
CREATE TRIGGER stance_report_count_inserts AFTER INSERT ON "StatementStance"
  REFERENCING NEW TABLE AS new_stances FOR EACH STATEMENT EXECUTE FUNCTION stance_report_count_inserts();

-- A stance's value corrected (an editor, a re-extraction); its key moving is the foreign key's cascade.
CREATE FUNCTION stance_report_count_value() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "StanceReportCount" SET "stance" = NEW.value WHERE "statementId" = NEW."statementId" AND "topic" = NEW.topic;
  RETURN NULL;
END $$;
CREATE TRIGGER stance_report_count_value AFTER UPDATE OF "value" ON "StatementStance"
  FOR EACH ROW WHEN (OLD.value IS DISTINCT FROM NEW.value) EXECUTE FUNCTION stance_report_count_value();

-- New count rows (a new statement, before its stances: nothing to do; the rebuild of every count, which deletes
-- and inserts them all; a corpus loaded without triggers): the statement's stance rows are made or set.
CREATE FUNCTION stance_report_count_new_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "StanceReportCount" AS x ("statementId", "topic", "stance", "reportCount", "sortDate", "createdAt")
  SELECT st."statementId", st.topic, st.value, rc."reportCount", rc."sortDate", rc."createdAt"
    FROM new_counts rc JOIN "StatementStance" st ON st."statementId" = rc."statementId"
  ON CONFLICT ("statementId", "topic") DO UPDATE
    SET "stance" = EXCLUDED."stance", "reportCount" = EXCLUDED."reportCount", "sortDate" = EXCLUDED."sortDate", "createdAt" = EXCLUDED."createdAt";
  RETURN NULL;
END $$;
CREATE TRIGGER stance_report_count_new_counts AFTER INSERT ON "StatementReportCount"
  REFERENCING NEW TABLE AS new_counts FOR EACH STATEMENT EXECUTE FUNCTION stance_report_count_new_counts();

-- Count rows changed (a report added, moved or removed; a statement's date or creation time corrected): the
-- statement's stance rows follow, only those whose values differ (a speaker's change moves none). One call per
-- SQL statement: an import's reports move their statements' counts in one UPDATE. Transition tables allow
-- one event a trigger, hence two triggers and functions.
CREATE FUNCTION stance_report_count_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "StanceReportCount" x SET "reportCount" = rc."reportCount", "sortDate" = rc."sortDate", "createdAt" = rc."createdAt"
    FROM changed_counts rc
   WHERE x."statementId" = rc."statementId"
     AND (x."reportCount", x."sortDate", x."createdAt") IS DISTINCT FROM (rc."reportCount", rc."sortDate", rc."createdAt");
  RETURN NULL;
END $$;
CREATE TRIGGER stance_report_count_changes AFTER UPDATE ON "StatementReportCount"
  REFERENCING NEW TABLE AS changed_counts FOR EACH STATEMENT EXECUTE FUNCTION stance_report_count_changes();

-- ── The speaker and outlet facets of a date range ──────────────────────────────────────────────────────
-- A list filtered by whole months only (`from=2024-03-01&to=2024-05-31`) grouped the cubes' month rows for
-- its top speakers and outlets: 13,240 rows of "StatementCube" and 18,068 of "StatementOutletCube" for three
-- months at a million statements (one row per kind, set of topics and set of stances). Here each speaker's and
-- each outlet's statements per month: ~1,200 and ~900 rows for the same three months.
--
-- Kept from the cubes' month rows by row triggers (the speaker rows of "StatementCube", everyone's rows of
-- "StatementOutletCube"; the triggers' WHEN skips every other row without a call), as migration 0024 keeps the
-- all-time counts from the all-time rows: whoever writes a cube (an import, a re-extraction, an editor,
-- rebuild_aggregates) moves these by the same n in the same transaction. Undated statements count under
-- month '-infinity', as in the cubes; the readers never ask for it.
CREATE TABLE "SpeakerMonthCount" (
    "speakerId" TEXT NOT NULL,
    "month"     DATE NOT NULL,
    "n"         INTEGER NOT NULL
);
CREATE TABLE "OutletMonthCount" (
    "outletId" TEXT NOT NULL,
    "month"    DATE NOT NULL,
    "n"        INTEGER NOT NULL
);

CREATE FUNCTION speaker_month_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed RECORD; delta INTEGER;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; delta := -OLD."n";
  ELSIF TG_OP = 'UPDATE' THEN changed := NEW; delta := NEW."n" - OLD."n";
  ELSE changed := NEW; delta := NEW."n"; END IF;
  IF delta <> 0 THEN
    INSERT INTO "SpeakerMonthCount" AS m ("speakerId", "month", "n") VALUES (changed."speakerId", changed."month", delta)
    ON CONFLICT ("month", "speakerId") DO UPDATE SET "n" = m."n" + EXCLUDED."n";
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION outlet_month_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed RECORD; delta INTEGER;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; delta := -OLD."n";
  ELSIF TG_OP = 'UPDATE' THEN changed := NEW; delta := NEW."n" - OLD."n";
  ELSE changed := NEW; delta := NEW."n"; END IF;
  IF delta <> 0 THEN
    INSERT INTO "OutletMonthCount" AS m ("outletId", "month", "n") VALUES (changed."outletId", changed."month", delta)
    ON CONFLICT ("month", "outletId") DO UPDATE SET "n" = m."n" + EXCLUDED."n";
  END IF;
  RETURN NULL;
END $$;

-- A cube emptied (its rebuild, which then inserts every row again) empties its month counts.
CREATE FUNCTION month_counts_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'StatementCube' THEN TRUNCATE "SpeakerMonthCount"; ELSE TRUNCATE "OutletMonthCount"; END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER speaker_month_changes AFTER INSERT OR UPDATE OF "n" ON "StatementCube"
  FOR EACH ROW WHEN (NEW."speakerId" IS NOT NULL AND NEW."month" IS NOT NULL) EXECUTE FUNCTION speaker_month_changes();
CREATE TRIGGER speaker_month_delete AFTER DELETE ON "StatementCube"
  FOR EACH ROW WHEN (OLD."speakerId" IS NOT NULL AND OLD."month" IS NOT NULL) EXECUTE FUNCTION speaker_month_changes();
CREATE TRIGGER speaker_month_truncate AFTER TRUNCATE ON "StatementCube"
  FOR EACH STATEMENT EXECUTE FUNCTION month_counts_truncate();
CREATE TRIGGER outlet_month_changes AFTER INSERT OR UPDATE OF "n" ON "StatementOutletCube"
  FOR EACH ROW WHEN (NEW."speakerId" IS NULL AND NEW."month" IS NOT NULL) EXECUTE FUNCTION outlet_month_changes();
CREATE TRIGGER outlet_month_delete AFTER DELETE ON "StatementOutletCube"
  FOR EACH ROW WHEN (OLD."speakerId" IS NULL AND OLD."month" IS NOT NULL) EXECUTE FUNCTION outlet_month_changes();
CREATE TRIGGER outlet_month_truncate AFTER TRUNCATE ON "StatementOutletCube"
  FOR EACH STATEMENT EXECUTE FUNCTION month_counts_truncate();

-- Filled from the cubes as they are (the sums the triggers keep), then indexed.
INSERT INTO "SpeakerMonthCount" ("speakerId", "month", "n")
SELECT c."speakerId", c.month, sum(c.n)::int FROM "StatementCube" c WHERE c."speakerId" IS NOT NULL AND c.month IS NOT NULL GROUP BY 1, 2;
INSERT INTO "OutletMonthCount" ("outletId", "month", "n")
SELECT c."outletId", c.month, sum(c.n)::int FROM "StatementOutletCube" c WHERE c."speakerId" IS NULL AND c.month IS NOT NULL GROUP BY 1, 2;

-- The triggers' upserts, and a facet's read: the months of a range, each one's speakers (or outlets) with n,
-- index-only.
CREATE UNIQUE INDEX "SpeakerMonthCount_key" ON "SpeakerMonthCount"("month", "speakerId") INCLUDE ("n");
CREATE UNIQUE INDEX "OutletMonthCount_key" ON "OutletMonthCount"("month", "outletId") INCLUDE ("n");
ANALYZE "SpeakerMonthCount";
ANALYZE "OutletMonthCount";
