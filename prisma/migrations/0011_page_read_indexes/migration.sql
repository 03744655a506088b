-- Speaker pages at a million statements (issue #13, decision 0130).
--
-- A speaker's changes of position and current run are read with window functions over the speaker's
-- stance days in timeline order (src/server/queries/positions.ts). This index returns those rows in that
-- order from the index alone: no sort and no heap visit. It replaces the (speakerId, topic, day) index of
-- 0006, of which it is an extension (same leading columns), so every other use keeps it.
DROP INDEX "PositionDay_speaker_idx";
CREATE INDEX "PositionDay_speaker_idx" ON "PositionDay"("speakerId", "topic", "day", "firstAt", "firstId" COLLATE "C") INCLUDE ("stance", "n", "lastId");

-- Totals per speaker and topic (a speaker page's "All N statements on troops") sum that speaker's day rows
-- of "StatementTally": ~1,800 for the most prolific, scattered over as many heap pages (137 ms). With n in
-- the index the sum is an index-only scan (1 ms). The unique key stays what the triggers' upserts target.
CREATE INDEX "StatementTally_sum_idx" ON "StatementTally"("speakerId", "topic", "stance", "day") INCLUDE ("n");
