-- The first answer to each write a caller named with an Idempotency-Key, written in the transaction of the write:
-- a retry with the same key replays it. The row of a write in progress holds the key's unique entry, so that a
-- concurrent duplicate waits for it. Version 2.0.2: after the services' V2 and the outbox's 2.0.1, before their next.
CREATE TABLE idempotency_key (
    caller      VARCHAR     NOT NULL,
    key         VARCHAR     NOT NULL,
    fingerprint VARCHAR     NOT NULL,
    request     VARCHAR     NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    status      INTEGER,
    headers     VARCHAR,
    body        VARCHAR,
    PRIMARY KEY (caller, key)
);
CREATE INDEX idempotency_key_expiry ON idempotency_key (created_at);
