-- Positions at a million statements (issue #13, decision 0230): two aggregates derived from "PositionDay"
-- (0006), kept exact by the one function every writer already goes through, refresh_position_day().
--
-- "PositionMonth": a speaker's day rows summed per topic, month and stance. /positions counts statements
-- per speaker over a period (whole months) from ~14,000 of these instead of ~64,000 day rows for a
-- topic-year; a speaker page bins its marks by month from a few hundred instead of ~20,000 day rows.
--
-- "PositionChange": every change of position, i.e. each stance-bearing day row ('neutral' excluded) of a
-- speaker and topic whose stance differs from the one before it in the timeline order (day, firstAt,
-- firstId COLLATE "C"), with the statement before it. The pages read the latest few changes and a count
-- from an index instead of ordering every stance day of a speaker with window functions.
CREATE TABLE "PositionMonth" (
    "speakerId" TEXT NOT NULL,
    "topic" "Topic" NOT NULL,
    -- First day of the month.
    "month" DATE NOT NULL,
    "stance" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "firstDay" DATE NOT NULL,
    "lastDay" DATE NOT NULL,
    -- The latest statement of the month with this stance (what a one-statement mark links to): the
    -- "lastId" of its latest day (a speaker, topic and stance has one PositionDay row a day).
    "lastId" TEXT NOT NULL,
    CONSTRAINT "PositionMonth_pkey" PRIMARY KEY ("topic", "month", "speakerId", "stance") INCLUDE ("n"),
    CONSTRAINT "PositionMonth_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE
);
-- A speaker page: every month of the speaker, index only.
CREATE INDEX "PositionMonth_speaker_idx" ON "PositionMonth"("speakerId", "topic", "month") INCLUDE ("stance", "n", "firstDay", "lastDay", "lastId");

CREATE TABLE "PositionChange" (
    "speakerId" TEXT NOT NULL,
    "topic" "Topic" NOT NULL,
    -- The first statement of the new stance (the PositionDay row that changes).
    "day" DATE NOT NULL,
    "firstAt" TIMESTAMP(3) NOT NULL,
    "firstId" TEXT NOT NULL,
    "stance" TEXT NOT NULL,
    -- The latest statement of the stance before it.
    "fromStance" TEXT NOT NULL,
    "beforeId" TEXT NOT NULL,
    "beforeDay" DATE NOT NULL,
    CONSTRAINT "PositionChange_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE
);
-- The timeline order of PositionDay_speaker_idx: the latest N changes of a speaker and topic (in a window)
-- are a backward index scan, their number an index-only count.
CREATE UNIQUE INDEX "PositionChange_key" ON "PositionChange"("speakerId", "topic", "day", "firstAt", "firstId" COLLATE "C")
  INCLUDE ("stance", "fromStance", "beforeId", "beforeDay");

-- The one definition of each row, from PositionDay: used by the rebuild and by the tests' recount.
CREATE VIEW "PositionMonthSource" AS
SELECT "speakerId", topic, date_trunc('month', day)::date AS month, stance, sum(n)::int AS n, min(day) AS "firstDay", max(day) AS "lastDay",
       (array_agg("lastId" ORDER BY day DESC))[1] AS "lastId"
  FROM "PositionDay"
 GROUP BY "speakerId", topic, date_trunc('month', day)::date, stance;

CREATE VIEW "PositionChangeSource" AS
SELECT "speakerId", topic, day, "firstAt", "firstId", stance, "fromStance", "beforeId", "beforeDay"
  FROM (SELECT "speakerId", topic, day, "firstAt", "firstId", stance,
               lag(stance) OVER o AS "fromStance", lag("lastId") OVER o AS "beforeId", lag(day) OVER o AS "beforeDay"
          FROM "PositionDay" WHERE stance <> 'neutral'
        WINDOW o AS (PARTITION BY "speakerId", topic ORDER BY day, "firstAt", "firstId" COLLATE "C")) paired
 WHERE stance <> "fromStance";

-- One speaker-month, recomputed from its day rows (three index-only ranges of PositionDay_speaker_idx).
CREATE FUNCTION refresh_position_month(p_speaker TEXT, p_month DATE) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "PositionMonth" WHERE "speakerId" = p_speaker AND "month" = p_month;
  INSERT INTO "PositionMonth" ("speakerId", "topic", "month", "stance", "n", "firstDay", "lastDay", "lastId")
  SELECT "speakerId", topic, p_month, stance, sum(n)::int, min(day), max(day),
         (array_agg("lastId" ORDER BY day DESC))[1]
    FROM "PositionDay"
   WHERE "speakerId" = p_speaker AND topic IN ('troops', 'negotiations', 'membership')
     AND day >= p_month AND day < (p_month + interval '1 month')::date
   GROUP BY "speakerId", topic, stance;
$$;

-- The changes a refreshed speaker-day can move: those made on the day itself, and those of the next day
-- with a stance (per topic), whose first row now follows another statement. Each is recomputed from the
-- last stance row before the day, the rows of the day and the rows of that next day.
CREATE FUNCTION refresh_position_changes(p_speaker TEXT, p_day DATE) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t "Topic";
  next_day DATE;
BEGIN
  FOREACH t IN ARRAY ARRAY['troops', 'negotiations', 'membership']::"Topic"[] LOOP
    SELECT day INTO next_day FROM "PositionDay"
     WHERE "speakerId" = p_speaker AND topic = t AND day > p_day AND stance <> 'neutral'
     ORDER BY day LIMIT 1;
    DELETE FROM "PositionChange"
     WHERE "speakerId" = p_speaker AND topic = t AND (day = p_day OR day = next_day);
    INSERT INTO "PositionChange" ("speakerId", "topic", "day", "firstAt", "firstId", "stance", "fromStance", "beforeId", "beforeDay")
    SELECT p_speaker, t, day, "firstAt", "firstId", stance, "fromStance", "beforeId", "beforeDay"
      FROM (SELECT day, "firstAt", "firstId", stance,
                   lag(stance) OVER o AS "fromStance", lag("lastId") OVER o AS "beforeId", lag(day) OVER o AS "beforeDay"
              FROM ((SELECT day, "firstAt", "firstId", stance, "lastId" FROM "PositionDay"
                      WHERE "speakerId" = p_speaker AND topic = t AND day < p_day AND stance <> 'neutral'
                      ORDER BY day DESC, "firstAt" DESC, "firstId" COLLATE "C" DESC LIMIT 1)
                    UNION ALL
                    SELECT day, "firstAt", "firstId", stance, "lastId" FROM "PositionDay"
                     WHERE "speakerId" = p_speaker AND topic = t AND (day = p_day OR day = next_day) AND stance <> 'neutral') seq
            WINDOW o AS (ORDER BY day, "firstAt", "firstId" COLLATE "C")) paired
     WHERE day >= p_day AND stance <> "fromStance";
  END LOOP;
END $$;

-- Every writer (row and statement-level triggers of 0006 and 0015: imports, re-extraction, editors) calls
-- this for each speaker-day it touched; the day's rows, its month and the changes around it follow.
CREATE OR REPLACE FUNCTION refresh_position_day(p_speaker TEXT, p_day DATE) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "PositionDay" WHERE "speakerId" = p_speaker AND "day" = p_day;
  INSERT INTO "PositionDay" ("speakerId", "topic", "day", "stance", "n", "firstId", "firstAt", "lastId", "lastAt")
  SELECT "speakerId", topic, day, stance, n, "firstId", "firstAt", "lastId", "lastAt"
    FROM "PositionDaySource" WHERE "speakerId" = p_speaker AND day = p_day;
  SELECT refresh_position_month(p_speaker, date_trunc('month', p_day)::date);
  SELECT refresh_position_changes(p_speaker, p_day);
$$;

-- Bulk loads (rebuild_aggregates(), bench:scale) rebuild all three.
CREATE OR REPLACE FUNCTION rebuild_position_days() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "PositionDay", "PositionMonth", "PositionChange";
  INSERT INTO "PositionDay" ("speakerId", "topic", "day", "stance", "n", "firstId", "firstAt", "lastId", "lastAt")
  SELECT "speakerId", topic, day, stance, n, "firstId", "firstAt", "lastId", "lastAt" FROM "PositionDaySource";
  INSERT INTO "PositionMonth" ("speakerId", "topic", "month", "stance", "n", "firstDay", "lastDay", "lastId")
  SELECT "speakerId", topic, month, stance, n, "firstDay", "lastDay", "lastId" FROM "PositionMonthSource";
  INSERT INTO "PositionChange" ("speakerId", "topic", "day", "firstAt", "firstId", "stance", "fromStance", "beforeId", "beforeDay")
  SELECT "speakerId", topic, day, "firstAt", "firstId", stance, "fromStance", "beforeId", "beforeDay" FROM "PositionChangeSource";
$$;

INSERT INTO "PositionMonth" ("speakerId", "topic", "month", "stance", "n", "firstDay", "lastDay", "lastId")
SELECT "speakerId", topic, month, stance, n, "firstDay", "lastDay", "lastId" FROM "PositionMonthSource";
INSERT INTO "PositionChange" ("speakerId", "topic", "day", "firstAt", "firstId", "stance", "fromStance", "beforeId", "beforeDay")
SELECT "speakerId", topic, day, "firstAt", "firstId", stance, "fromStance", "beforeId", "beforeDay" FROM "PositionChangeSource";
ANALYZE "PositionMonth";
ANALYZE "PositionChange";
