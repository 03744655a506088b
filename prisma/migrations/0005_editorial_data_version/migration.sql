-- Editors' decisions change what public pages show (review status, corrections log, rejections), so the
-- tables written by them bump the data version like every other public table (migration 0003): cached
-- reads are never stale after a review (issue #13, decision 0047).
DO $$
DECLARE t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['StatementReview', 'RejectedSpan', 'Correction'] LOOP
    EXECUTE format('CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()', t);
  END LOOP;
END $$;
