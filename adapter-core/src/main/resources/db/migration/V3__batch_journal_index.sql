-- StateStore.journal() finds the id of the batch it has just journaled with
-- SELECT MAX(id) FROM abm_batch WHERE run_id=? AND system_name=?. Without this index every journal scans the whole
-- journal, payloads included: a run's cost grew with the square of its batches (a first sync of 1,000,000 accounts
-- is 5,000 batches of 200).
CREATE INDEX abm_batch_run ON abm_batch (run_id, system_name, id);
