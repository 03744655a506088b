-- The "most reported" order of a filtered list (decision 0310). With a filter that matches a few statements in
-- a hundred (a phrase, a rarely cited outlet, a stance on membership), the planner walked
-- "StatementReportCount_list_idx" with two parallel workers (Gather Merge): at 1,000,000 statements
-- 420–760 ms under load and twice the buffers, against 17–110 ms for the same walk in one process. A page
-- needs 21 rows: starting workers costs more than it saves on two cores, as it did on the cubes (0013).
-- A storage parameter only: no rewrite, no lock held for long.
ALTER TABLE "StatementReportCount" SET (parallel_workers = 0);
