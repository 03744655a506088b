-- The year view's marks at a million statements (issue #13, decision 0275). A year of /positions is 800
-- units wide and a mark 16, so its marks are binned by ceil(16 * 365 / 800) = 8 days from 1 January
-- (binDays, src/domain/positions/marks.ts; 366 days give 8 too). Binning ~20,500 day rows per request was
-- the largest wait left on a cold /positions (decision 0265); "PositionBin" holds those bins (~3,400 rows
-- for the shown speakers of a topic-year), kept exact by refresh_position_day() beside "PositionMonth".
-- A bin never crosses a year: the last one of a year is its days 360 to 364 (or 365).
CREATE TABLE "PositionBin" (
    "speakerId" TEXT NOT NULL,
    "topic" "Topic" NOT NULL,
    -- First day of the bin: 1 January plus a multiple of 8 days.
    "bin" DATE NOT NULL,
    "stance" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "firstDay" DATE NOT NULL,
    "lastDay" DATE NOT NULL,
    -- The latest statement of the bin with this stance, as in "PositionMonth" (a one-statement mark links to it).
    "lastId" TEXT NOT NULL,
    -- The marks of the shown speakers of a topic-year: one index-only range per speaker.
    CONSTRAINT "PositionBin_pkey" PRIMARY KEY ("topic", "speakerId", "bin", "stance") INCLUDE ("n", "firstDay", "lastDay", "lastId"),
    CONSTRAINT "PositionBin_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE
);

-- The bin of a day, in one place (make_date, not date_trunc: no time zone in the arithmetic, so IMMUTABLE holds).
CREATE FUNCTION position_bin_of(p_day DATE) RETURNS DATE LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT make_date(extract(year FROM p_day)::int, 1, 1) + ((p_day - make_date(extract(year FROM p_day)::int, 1, 1)) / 8) * 8;
$$;

-- The one definition of each row, from PositionDay: used by the rebuild and by the tests' recount.
CREATE VIEW "PositionBinSource" AS
SELECT "speakerId", topic, position_bin_of(day) AS bin, stance, sum(n)::int AS n, min(day) AS "firstDay", max(day) AS "lastDay",
       (array_agg("lastId" ORDER BY day DESC))[1] AS "lastId"
  FROM "PositionDay"
 GROUP BY "speakerId", topic, position_bin_of(day), stance;

-- One speaker-bin, recomputed from its day rows (three index-only ranges of PositionDay_speaker_idx).
CREATE FUNCTION refresh_position_bin(p_speaker TEXT, p_bin DATE) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "PositionBin" WHERE topic IN ('troops', 'negotiations', 'membership') AND "speakerId" = p_speaker AND bin = p_bin;
  INSERT INTO "PositionBin" ("speakerId", "topic", "bin", "stance", "n", "firstDay", "lastDay", "lastId")
  SELECT "speakerId", topic, p_bin, stance, sum(n)::int, min(day), max(day),
         (array_agg("lastId" ORDER BY day DESC))[1]
    FROM "PositionDay"
   WHERE "speakerId" = p_speaker AND topic IN ('troops', 'negotiations', 'membership')
     AND day >= p_bin AND day < least(p_bin + 8, make_date(extract(year FROM p_bin)::int + 1, 1, 1))
   GROUP BY "speakerId", topic, stance;
$$;

-- As in 0018, with the day's bin refreshed beside its month.
CREATE OR REPLACE FUNCTION refresh_position_day(p_speaker TEXT, p_day DATE) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "PositionDay" WHERE "speakerId" = p_speaker AND "day" = p_day;
  INSERT INTO "PositionDay" ("speakerId", "topic", "day", "stance", "n", "firstId", "firstAt", "lastId", "lastAt")
  SELECT "speakerId", topic, day, stance, n, "firstId", "firstAt", "lastId", "lastAt"
    FROM "PositionDaySource" WHERE "speakerId" = p_speaker AND day = p_day;
  SELECT refresh_position_month(p_speaker, date_trunc('month', p_day)::date);
  SELECT refresh_position_bin(p_speaker, position_bin_of(p_day));
  SELECT refresh_position_changes(p_speaker, p_day);
$$;

-- Bulk loads (rebuild_aggregates(), bench:scale) rebuild all four.
CREATE OR REPLACE FUNCTION rebuild_position_days() RETURNS void LANGUAGE sql AS $$
  TRUNCATE "PositionDay", "PositionMonth", "PositionBin", "PositionChange";
  INSERT INTO "PositionDay" ("speakerId", "topic", "day", "stance", "n", "firstId", "firstAt", "lastId", "lastAt")
  SELECT "speakerId", topic, day, stance, n, "firstId", "firstAt", "lastId", "lastAt" FROM "PositionDaySource";
  INSERT INTO "PositionMonth" ("speakerId", "topic", "month", "stance", "n", "firstDay", "lastDay", "lastId")
  SELECT "speakerId", topic, month, stance, n, "firstDay", "lastDay", "lastId" FROM "PositionMonthSource";
  INSERT INTO "PositionBin" ("speakerId", "topic", "bin", "stance", "n", "firstDay", "lastDay", "lastId")
  SELECT "speakerId", topic, bin, stance, n, "firstDay", "lastDay", "lastId" FROM "PositionBinSource";
  INSERT INTO "PositionChange" ("speakerId", "topic", "day", "firstAt", "firstId", "stance", "fromStance", "beforeId", "beforeDay")
  SELECT "speakerId", topic, day, "firstAt", "firstId", stance, "fromStance", "beforeId", "beforeDay" FROM "PositionChangeSource";
$$;

INSERT INTO "PositionBin" ("speakerId", "topic", "bin", "stance", "n", "firstDay", "lastDay", "lastId")
SELECT "speakerId", topic, bin, stance, n, "firstDay", "lastDay", "lastId" FROM "PositionBinSource";
ANALYZE "PositionBin";
