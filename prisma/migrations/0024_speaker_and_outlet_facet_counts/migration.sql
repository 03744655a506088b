-- The speaker and outlet facets of a list filtered by topic and/or stance, from maintained counts (issue #13,
-- decision 0380). They were sums over the cubes' all-time rows (0009, 0013): the top speakers of a topic
-- grouped ~13,000 of "StatementCube"'s 20,000 per-speaker rows, the top outlets ~11,700 of
-- "StatementOutletCube"'s (3.6–5.4 ms warm at a million statements, on every filtered page). Here each
-- speaker's and each outlet's all-time count per key: (topic, NULL) statements on the topic, (topic, stance)
-- with that stance on that topic, (NULL, stance) with that stance on any topic — the three conditions the
-- cubes' readers apply to a row (cube.ts rowConditions). ~4,000 and ~3,000 rows; a facet reads ~400.
--
-- Kept from the cubes themselves, by statement-level triggers on their rows of all time (speaker rows of
-- "StatementCube", everyone's rows of "StatementOutletCube"): every write of a cube, whoever makes it (an
-- import, a re-extraction, an editor, rebuild_aggregates), moves these counts in the same transaction by the
-- same n, so they equal the sums they replace. A TRUNCATE of a cube (its rebuild) empties them; the rebuild's
-- INSERT then refills them set-wise.
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

-- Per SQL statement over the changed cube rows (an upsert fires the INSERT and the UPDATE triggers, each with
-- its own rows): old rows taken away, new rows added, each key once.
CREATE FUNCTION speaker_facet_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "SpeakerFacetCount" AS f ("speakerId", "topic", "stance", "n")
    SELECT r."speakerId", k.topic, k.stance, sum(r.n)::int FROM new_rows r, cube_facet_keys(r.topics, r.stances) k
     WHERE r."speakerId" IS NOT NULL AND r.month IS NULL AND r.n <> 0 GROUP BY 1, 2, 3
    ON CONFLICT ("topic", "stance", "speakerId") DO UPDATE SET "n" = f."n" + EXCLUDED."n";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "SpeakerFacetCount" AS f ("speakerId", "topic", "stance", "n")
    SELECT r."speakerId", k.topic, k.stance, -sum(r.n)::int FROM old_rows r, cube_facet_keys(r.topics, r.stances) k
     WHERE r."speakerId" IS NOT NULL AND r.month IS NULL AND r.n <> 0 GROUP BY 1, 2, 3
    ON CONFLICT ("topic", "stance", "speakerId") DO UPDATE SET "n" = f."n" + EXCLUDED."n";
  ELSE
    INSERT INTO "SpeakerFacetCount" AS f ("speakerId", "topic", "stance", "n")
    SELECT r."speakerId", k.topic, k.stance, sum(r.n)::int
      FROM (SELECT "speakerId", month, topics, stances, n FROM new_rows
            UNION ALL SELECT "speakerId", month, topics, stances, -n FROM old_rows) r, cube_facet_keys(r.topics, r.stances) k
     WHERE r."speakerId" IS NOT NULL AND r.month IS NULL GROUP BY 1, 2, 3 HAVING sum(r.n) <> 0
    ON CONFLICT ("topic", "stance", "speakerId") DO UPDATE SET "n" = f."n" + EXCLUDED."n";
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION outlet_facet_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "OutletFacetCount" AS f ("outletId", "topic", "stance", "n")
    SELECT r."outletId", k.topic, k.stance, sum(r.n)::int FROM new_rows r, cube_facet_keys(r.topics, r.stances) k
     WHERE r."speakerId" IS NULL AND r.month IS NULL AND r.n <> 0 GROUP BY 1, 2, 3
    ON CONFLICT ("topic", "stance", "outletId") DO UPDATE SET "n" = f."n" + EXCLUDED."n";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "OutletFacetCount" AS f ("outletId", "topic", "stance", "n")
    SELECT r."outletId", k.topic, k.stance, -sum(r.n)::int FROM old_rows r, cube_facet_keys(r.topics, r.stances) k
     WHERE r."speakerId" IS NULL AND r.month IS NULL AND r.n <> 0 GROUP BY 1, 2, 3
    ON CONFLICT ("topic", "stance", "outletId") DO UPDATE SET "n" = f."n" + EXCLUDED."n";
  ELSE
    INSERT INTO "OutletFacetCount" AS f ("outletId", "topic", "stance", "n")
    SELECT r."outletId", k.topic, k.stance, sum(r.n)::int
      FROM (SELECT "outletId", "speakerId", month, topics, stances, n FROM new_rows
            UNION ALL SELECT "outletId", "speakerId", month, topics, stances, -n FROM old_rows) r, cube_facet_keys(r.topics, r.stances) k
     WHERE r."speakerId" IS NULL AND r.month IS NULL GROUP BY 1, 2, 3 HAVING sum(r.n) <> 0
    ON CONFLICT ("topic", "stance", "outletId") DO UPDATE SET "n" = f."n" + EXCLUDED."n";
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION facet_counts_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'StatementCube' THEN TRUNCATE "SpeakerFacetCount"; ELSE TRUNCATE "OutletFacetCount"; END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER speaker_facet_insert AFTER INSERT ON "StatementCube"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION speaker_facet_changes();
CREATE TRIGGER speaker_facet_update AFTER UPDATE ON "StatementCube"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION speaker_facet_changes();
CREATE TRIGGER speaker_facet_delete AFTER DELETE ON "StatementCube"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION speaker_facet_changes();
CREATE TRIGGER speaker_facet_truncate AFTER TRUNCATE ON "StatementCube"
  FOR EACH STATEMENT EXECUTE FUNCTION facet_counts_truncate();
CREATE TRIGGER outlet_facet_insert AFTER INSERT ON "StatementOutletCube"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outlet_facet_changes();
CREATE TRIGGER outlet_facet_update AFTER UPDATE ON "StatementOutletCube"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION outlet_facet_changes();
CREATE TRIGGER outlet_facet_delete AFTER DELETE ON "StatementOutletCube"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION outlet_facet_changes();
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
