-- Imports at a million statements (issue #13, decision 0098): each new statement refreshes its
-- speaker-day in "PositionDay" (migration 0006). The refresh is a SQL function, so its query is planned
-- once for any speaker and day; with only expression indexes on the speaker's dates (0003) that generic
-- plan intersected every statement of the speaker with every statement of the day: 390 ms per statement
-- for the most prolific speaker (197,000 statements). This index answers "one speaker, one day" directly
-- (33 ms including the rest of the trigger).
CREATE INDEX "Statement_speaker_day_idx" ON "Statement"("speakerId", "date") WHERE "date" IS NOT NULL;
