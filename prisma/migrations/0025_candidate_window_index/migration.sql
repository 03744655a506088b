-- Imports at a million statements (issue #13, decision 0410). A new quote without a receiving outlet is
-- compared with its speaker's statements on compatible dates that share a word with it: for a prolific
-- speaker 1,100–1,900 statements, each on its own heap page, read only to test its search vector (half of
-- PostgreSQL's time per article in `bench:scale --import-only`). This index holds, per speaker and day, what
-- that read needs of a statement (its id, date precision, topics and vector): the window is read from the
-- index alone (index-only scan, ~190 pages instead of ~1,900).
-- A btree entry holds at most 2,704 bytes: only vectors up to 1,200 bytes as text are kept here (the binary
-- form is at most ~1.7 times the text's, the other columns ~150 bytes); every statement of the corpus has one.
-- The rare longer ones (a quote of hundreds of words, or many wordings) have a small index of their own,
-- and the importer reads both (src/server/ingest/clusterCandidates.ts); the two predicates never overlap.
CREATE INDEX "Statement_speaker_window_idx" ON "Statement"("speakerId", "date") INCLUDE ("id", "datePrecision", "topics", "searchVector")
  WHERE "date" IS NOT NULL AND octet_length("searchVector"::text) <= 1200;
CREATE INDEX "Statement_speaker_wide_window_idx" ON "Statement"("speakerId", "date")
  WHERE "date" IS NOT NULL AND octet_length("searchVector"::text) > 1200;
