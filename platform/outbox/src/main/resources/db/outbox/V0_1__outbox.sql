-- Events written in the same transaction as the change they describe, relayed to Kafka in `position` order.
CREATE TABLE outbox (
    position     BIGSERIAL PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    topic        VARCHAR        NOT NULL,
    record_key   VARCHAR        NOT NULL,
    event_type   VARCHAR        NOT NULL,
    envelope     VARCHAR        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ
);
CREATE INDEX outbox_unpublished ON outbox (position) WHERE published_at IS NULL;
