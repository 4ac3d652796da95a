-- The caller's own id for a record (issue 14): recording again under it is idempotent. Unique per partnership and
-- kind; the service queues recordings under one reference, and this index is the last guard.
ALTER TABLE evaluator_input ADD COLUMN external_ref VARCHAR(100);
CREATE UNIQUE INDEX evaluator_input_external_ref ON evaluator_input (partnership_id, kind, external_ref)
    WHERE external_ref IS NOT NULL;
