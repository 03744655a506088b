-- Search statistics (decision 0125). With the default statistics target the planner keeps about a hundred
-- most common lexemes of "searchVector" and guesses every other word at half the rarest kept one's frequency:
-- 4,018 statements for a word that 47 carry, at a million statements. A target of 1,000 samples 300,000 rows
-- and keeps the lexemes down to a far lower frequency, so a rare word is estimated as rare (57 for that 47)
-- and its counts and facets are planned through the GIN index.
ALTER TABLE "Statement" ALTER COLUMN "searchVector" SET STATISTICS 1000;
ANALYZE "Statement" ("searchVector");
