-- The speaker and outlet facets of a list filtered by topic and/or stance, from maintained counts (issue #13,
-- decision 0380). They were sums over the cubes' all-time rows (0009, 0013): the top speakers of a topic
-- grouped ~13,000 of "StatementCube"'s 20,000 per-speaker rows, the top outlets ~11,700 of
-- "StatementOutletCube"'s (3.6–5.4 ms warm at a million statements, on every filtered page). Here each
-- speaker's and each outlet's all-time count per key: (topic, NULL) statements on the topic, (topic, stance)
-- with that stance on that topic, (NULL, stance) with that stance on any topic — the three conditions the
-- cubes' readers apply to a row (cube.ts rowConditions). ~4,000 and ~3,000 rows; a facet reads ~400.
--
-- Kept from the cubes themselves, by triggers on their rows of all time (speaker rows of
-- "StatementCube", everyone's rows of "StatementOutletCube"): every write of a cube, whoever makes it (an
-- import, a re-extraction, an editor, rebuild_aggregates), moves these counts in the same transaction by the
-- same n, so they equal the sums they replace. A TRUNCATE of a cube (its rebuild) empties them; the rebuild's
-- INSERT then refills them row by row.
CREATE TABLE "SpeakerFacetCount" (
    "speakerId" TEXT NOT NULL,
    "topic" "Topic",
    "stance" "Stance",
    "n" INTEGER NOT NULL
);
CREATE TABLE "OutletFacetCount" (
    "outletId" TEXT NOT NULL,
    "topic" "Topic",
    "stance" "Stance",
    "n" INTEGER NOT NULL
);

-- The keys a cube row counts under: each of its topics; each of its stances on its topic ('topic:value');
-- each distinct stance value on any topic.
CREATE FUNCTION cube_facet_keys(p_topics "Topic"[], p_stances TEXT[]) RETURNS TABLE ("topic" "Topic", "stance" "Stance")
LANGUAGE sql IMMUTABLE AS $$
  SELECT t, NULL::"Stance" FROM unnest(p_topics) AS t
  UNION ALL SELECT split_part(k, ':', 1)::"Topic", split_part(k, ':', 2)::"Stance" FROM unnest(p_stances) AS k
  UNION SELECT NULL::"Topic", split_part(k, ':', 2)::"Stance" FROM unnest(p_stances) AS k;
$$;

-- One cube row of all time changed (speaker rows of "StatementCube", everyone's rows of "StatementOutletCube";
-- the triggers' WHEN skips the others without a call): its keys move by the change of its n. Row triggers:
-- an import's upserts touch one such row in four (cube_add) or three (outlet_cube_add), and a statement-level
-- trigger fired for the INSERT and the UPDATE half of every upsert alike, twice the calls (decision 0380).
CREATE FUNCTION speaker_facet_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed RECORD; delta INTEGER;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; delta := -OLD."n";
  ELSIF TG_OP = 'UPDATE' THEN changed := NEW; delta := NEW."n" - OLD."n";
  ELSE changed := NEW; delta := NEW."n"; END IF;
  IF delta <> 0 THEN
    INSERT INTO "SpeakerFacetCount" AS f ("speakerId", "topic", "stance", "n")
    SELECT changed."speakerId", k.topic, k.stance, delta FROM cube_facet_keys(changed.topics, changed.stances) k
    ON CONFLICT ("topic", "stance", "speakerId") DO UPDATE SET "n" = f."n" + EXCLUDED."n";
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION outlet_facet_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed RECORD; delta INTEGER;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; delta := -OLD."n";
  ELSIF TG_OP = 'UPDATE' THEN changed := NEW; delta := NEW."n" - OLD."n";
  ELSE changed := NEW; delta := NEW."n"; END IF;
  IF delta <> 0 THEN
    INSERT INTO "OutletFacetCount" AS f ("outletId", "topic", "stance", "n")
    SELECT changed."outletId", k.topic, k.stance, delta FROM cube_facet_keys(changed.topics, changed.stances) k
    ON CONFLICT ("topic", "stance", "outletId") DO UPDATE SET "n" = f."n" + EXCLUDED."n";
  END IF;
  RETURN NULL;
END $$;

-- A cube emptied (its rebuild, which then inserts every row again) empties its counts.
CREATE FUNCTION facet_counts_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'StatementCube' THEN TRUNCATE "SpeakerFacetCount"; ELSE TRUNCATE "OutletFacetCount"; END IF;
  RETURN NULL;
END $$;

-- Keys never change in place (the cubes only move n), so UPDATE OF "n" is every update that matters.
CREATE TRIGGER speaker_facet_changes AFTER INSERT OR UPDATE OF "n" ON "StatementCube"
  FOR EACH ROW WHEN (NEW."speakerId" IS NOT NULL AND NEW."month" IS NULL) EXECUTE FUNCTION speaker_facet_changes();
CREATE TRIGGER speaker_facet_delete AFTER DELETE ON "StatementCube"
  FOR EACH ROW WHEN (OLD."speakerId" IS NOT NULL AND OLD."month" IS NULL) EXECUTE FUNCTION speaker_facet_changes();
CREATE TRIGGER speaker_facet_truncate AFTER TRUNCATE ON "StatementCube"
  FOR EACH STATEMENT EXECUTE FUNCTION facet_counts_truncate();
CREATE TRIGGER outlet_facet_changes AFTER INSERT OR UPDATE OF "n" ON "StatementOutletCube"
  FOR EACH ROW WHEN (NEW."speakerId" IS NULL AND NEW."month" IS NULL) EXECUTE FUNCTION outlet_facet_changes();
CREATE TRIGGER outlet_facet_delete AFTER DELETE ON "StatementOutletCube"
  FOR EACH ROW WHEN (OLD."speakerId" IS NULL AND OLD."month" IS NULL) EXECUTE FUNCTION outlet_facet_changes();
CREATE TRIGGER outlet_facet_truncate AFTER TRUNCATE ON "StatementOutletCube"
  FOR EACH STATEMENT EXECUTE FUNCTION facet_counts_truncate();

-- Filled from the cubes as they are (the same sums the triggers keep), then indexed.
INSERT INTO "SpeakerFacetCount" ("speakerId", "topic", "stance", "n")
SELECT c."speakerId", k.topic, k.stance, sum(c.n)::int FROM "StatementCube" c, cube_facet_keys(c.topics, c.stances) k
 WHERE c."speakerId" IS NOT NULL AND c.month IS NULL GROUP BY 1, 2, 3;
INSERT INTO "OutletFacetCount" ("outletId", "topic", "stance", "n")
SELECT c."outletId", k.topic, k.stance, sum(c.n)::int FROM "StatementOutletCube" c, cube_facet_keys(c.topics, c.stances) k
 WHERE c."speakerId" IS NULL AND c.month IS NULL GROUP BY 1, 2, 3;

-- The triggers' upserts, and a facet's read: one key's speakers (or outlets), n with them (index-only).
CREATE UNIQUE INDEX "SpeakerFacetCount_key" ON "SpeakerFacetCount"("topic", "stance", "speakerId") INCLUDE ("n") NULLS NOT DISTINCT;
CREATE UNIQUE INDEX "OutletFacetCount_key" ON "OutletFacetCount"("topic", "stance", "outletId") INCLUDE ("n") NULLS NOT DISTINCT;
ANALYZE "SpeakerFacetCount";
ANALYZE "OutletFacetCount";
