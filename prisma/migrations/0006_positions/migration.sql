-- Positions per person (issue #11, decision 0070): statements per (speaker, topic, day, stance) with the
-- first and the latest statement of each group, so /positions and the speaker pages read one row per
-- speaker-day instead of every statement (issue #13). Kept by triggers like the tallies of 0003: whatever
-- writes a statement or a stance (import, re-extraction, an editor) recomputes the speaker-days it touched
-- in the same transaction.

-- stance 'neutral': the statement is on the topic but takes no stance on it (no StatementStance row).
CREATE TABLE "PositionDay" (
    "speakerId" TEXT NOT NULL,
    "topic" "Topic" NOT NULL,
    "day" DATE NOT NULL,
    "stance" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    -- First and latest statement of the group in the timeline order (createdAt, id) within the day.
    "firstId" TEXT NOT NULL,
    "firstAt" TIMESTAMP(3) NOT NULL,
    "lastId" TEXT NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "PositionDay_pkey" PRIMARY KEY ("topic", "day", "speakerId", "stance"),
    CONSTRAINT "PositionDay_stance_check" CHECK ("stance" IN ('opposes', 'conditional', 'supports', 'neutral')),
    CONSTRAINT "PositionDay_topic_check" CHECK ("topic" <> 'other'),
    CONSTRAINT "PositionDay_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE
);
-- The primary key serves /positions (one topic, a date window, every speaker); this one a speaker's page
-- and the stance a speaker held before a window.
CREATE INDEX "PositionDay_speaker_idx" ON "PositionDay"("speakerId", "topic", "day");

-- The one definition of a row: every dated, attributed statement once per stance topic it touches.
-- Filters on speaker and day are pushed below the grouping, so a refresh reads one speaker-day.
CREATE VIEW "PositionDaySource" AS
SELECT s."speakerId", t.topic, s."date" AS day, coalesce(st."value"::text, 'neutral') AS stance, count(*)::int AS n,
       (array_agg(s."id" ORDER BY s."createdAt", s."id"))[1] AS "firstId", min(s."createdAt") AS "firstAt",
       (array_agg(s."id" ORDER BY s."createdAt" DESC, s."id" DESC))[1] AS "lastId", max(s."createdAt") AS "lastAt"
  FROM "Statement" s
 CROSS JOIN LATERAL unnest(s."topics") AS t(topic)
  LEFT JOIN "StatementStance" st ON st."statementId" = s."id" AND st."topic" = t.topic
 WHERE s."speakerId" IS NOT NULL AND s."date" IS NOT NULL AND t.topic <> 'other'
 GROUP BY s."speakerId", t.topic, s."date", coalesce(st."value"::text, 'neutral');

CREATE FUNCTION refresh_position_day(p_speaker TEXT, p_day DATE) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "PositionDay" WHERE "speakerId" = p_speaker AND "day" = p_day;
  INSERT INTO "PositionDay" ("speakerId", "topic", "day", "stance", "n", "firstId", "firstAt", "lastId", "lastAt")
  SELECT "speakerId", topic, day, stance, n, "firstId", "firstAt", "lastId", "lastAt"
    FROM "PositionDaySource" WHERE "speakerId" = p_speaker AND day = p_day;
$$;

CREATE FUNCTION statement_positions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."speakerId" IS NOT NULL AND OLD."date" IS NOT NULL THEN
    PERFORM refresh_position_day(OLD."speakerId", OLD."date");
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."speakerId" IS NOT NULL AND NEW."date" IS NOT NULL
     AND (TG_OP = 'INSERT' OR OLD."speakerId" IS DISTINCT FROM NEW."speakerId" OR OLD."date" IS DISTINCT FROM NEW."date"
          OR OLD."topics" IS DISTINCT FROM NEW."topics" OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt") THEN
    PERFORM refresh_position_day(NEW."speakerId", NEW."date");
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER statement_positions AFTER INSERT OR DELETE OR UPDATE OF "speakerId", "date", "topics", "createdAt" ON "Statement"
  FOR EACH ROW EXECUTE FUNCTION statement_positions();

CREATE FUNCTION stance_positions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s RECORD;
BEGIN
  -- A stance deleted with its statement finds no statement: the statement's own trigger refreshed the day.
  SELECT "speakerId", "date" INTO s FROM "Statement"
   WHERE "id" = (CASE WHEN TG_OP = 'DELETE' THEN OLD."statementId" ELSE NEW."statementId" END);
  IF FOUND AND s."speakerId" IS NOT NULL AND s."date" IS NOT NULL THEN
    PERFORM refresh_position_day(s."speakerId", s."date");
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER stance_positions AFTER INSERT OR DELETE OR UPDATE OF "topic", "value", "statementId" ON "StatementStance"
  FOR EACH ROW EXECUTE FUNCTION stance_positions();

CREATE FUNCTION rebuild_position_days() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "PositionDay";
  INSERT INTO "PositionDay" ("speakerId", "topic", "day", "stance", "n", "firstId", "firstAt", "lastId", "lastAt")
  SELECT "speakerId", topic, day, stance, n, "firstId", "firstAt", "lastId", "lastAt" FROM "PositionDaySource";
$$;

-- rebuild_aggregates() (0003, run after bulk loads with triggers off) rebuilds these rows too: the old body
-- is kept under a new name and called first, so neither copy of it can drift.
ALTER FUNCTION rebuild_aggregates() RENAME TO rebuild_counts_and_tallies;
CREATE FUNCTION rebuild_aggregates() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM rebuild_counts_and_tallies();
  PERFORM rebuild_position_days();
END $$;

SELECT rebuild_position_days();
