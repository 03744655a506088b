-- Clustering candidates by shared rare words (issue #13, decision 0135). An import compares each new
-- quote with the stored statements that share one of its rarest lexemes, at any date, through the search
-- vector's GIN index. The planner, seeing a dozen OR-ed terms it has no statistics for (rare words are
-- not among the most common elements), estimated a tenth of the table and chose to scan all of it (7 s
-- at a million statements) where the index returns a few hundred rows in milliseconds. A function with
-- its own settings is planned on its own and can only read the index.
CREATE FUNCTION statements_sharing_lexemes(p_words tsquery) RETURNS TABLE ("id" TEXT, "speakerId" TEXT)
LANGUAGE sql STABLE SET enable_seqscan = off AS $$
  SELECT s."id", s."speakerId" FROM "Statement" s WHERE s."searchVector" @@ p_words
$$;

-- Which words are rare is read from the statistics of the search vector: with the default target only
-- the ~100 most common lexemes are listed and every other one looks rare (a word in 0.5 % of statements,
-- 5,000 rows, looked as rare as one in none). A larger sample lists the lexemes down to about one
-- statement in 10,000 (12 s once at a million statements; autovacuum keeps it up to date after).
ALTER TABLE "Statement" ALTER COLUMN "searchVector" SET STATISTICS 1000;
ANALYZE "Statement" ("searchVector");
