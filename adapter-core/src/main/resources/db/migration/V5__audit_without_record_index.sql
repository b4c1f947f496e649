-- The audit log is written once per confirmed owned value (a first sync of 250,000 records writes about 900,000
-- rows) and read only in id order (StateStore.audit()): no query looks it up by record. Its index by record cost
-- one more B-tree insert per row, and one more at commit, on the hottest write path of a sync, for nothing.
DROP INDEX abm_audit_record;
