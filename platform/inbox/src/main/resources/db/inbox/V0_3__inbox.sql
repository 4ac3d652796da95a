-- Ids of the events this service has applied: a redelivered event is recognised and changes nothing.
CREATE TABLE inbox (
    event_id    UUID PRIMARY KEY,
    event_type  VARCHAR     NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
