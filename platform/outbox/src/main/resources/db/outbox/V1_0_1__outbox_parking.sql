-- Per-entry delivery: an entry the broker keeps refusing is retried with backoff, then parked with the reason, so
-- that it no longer holds back the entries after it. Version 1.0.1: after the services' V1, before their next.
ALTER TABLE outbox
    ADD COLUMN subject         VARCHAR,
    ADD COLUMN attempts        INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN last_error      VARCHAR,
    ADD COLUMN next_attempt_at TIMESTAMPTZ,
    ADD COLUMN parked_at       TIMESTAMPTZ;
-- The few entries waiting out a backoff: later entries of their record key must wait for them.
CREATE INDEX outbox_waiting ON outbox (topic, record_key, position)
    WHERE published_at IS NULL AND next_attempt_at IS NOT NULL;
