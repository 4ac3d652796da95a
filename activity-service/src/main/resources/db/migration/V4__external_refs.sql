-- The caller's own id for a record (issue 14): recording again under it is idempotent. Unique per partnership and
-- kind; the service queues recordings under one reference, and this index is the last guard.
ALTER TABLE tracked_record ADD COLUMN external_ref VARCHAR(100);
CREATE UNIQUE INDEX tracked_record_external_ref ON tracked_record (partnership_id, kind, external_ref)
    WHERE external_ref IS NOT NULL;
