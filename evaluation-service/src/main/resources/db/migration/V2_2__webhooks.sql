-- Webhooks (issue 13): endpoints registered by bureaus and admins, and a durable queue of deliveries to them.
-- Deliveries are fanned out from the change feed (score_change) and from overdue rectification items, in the
-- transaction that advances the fan-out's cursor or marks the item notified: one source of truth, none twice.
CREATE TABLE webhook_endpoint (
    id                   UUID PRIMARY KEY,
    -- The region prefix of the bureau that registered it; NULL for a platform admin's (platform-wide).
    owner_region         VARCHAR(6),
    region_filter        VARCHAR(6),
    url                  VARCHAR(2048) NOT NULL,
    event_types          VARCHAR       NOT NULL,
    description          VARCHAR(200),
    secret               VARCHAR       NOT NULL,
    previous_secret      VARCHAR,
    previous_secret_until TIMESTAMPTZ,
    enabled              BOOLEAN       NOT NULL,
    disabled_reason      VARCHAR,
    disabled_at          TIMESTAMPTZ,
    disabled_detail      VARCHAR,
    failing_since        TIMESTAMPTZ,
    consecutive_failures INTEGER       NOT NULL DEFAULT 0,
    created_by           VARCHAR       NOT NULL,
    created_at           TIMESTAMPTZ   NOT NULL,
    version              BIGINT        NOT NULL
);
CREATE INDEX webhook_endpoint_owner ON webhook_endpoint (owner_region varchar_pattern_ops, created_at);

CREATE TABLE webhook_delivery (
    id              UUID PRIMARY KEY,
    endpoint_id     UUID        NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_type      VARCHAR     NOT NULL,
    payload         VARCHAR     NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    state           VARCHAR     NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        INTEGER     NOT NULL DEFAULT 0,
    -- When the dispatcher may take it next; a claimed delivery's lease (a crash mid-send retries after it).
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    retry_until     TIMESTAMPTZ NOT NULL,
    delivered_at    TIMESTAMPTZ
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX webhook_delivery_endpoint ON webhook_delivery (endpoint_id, created_at DESC);

CREATE TABLE webhook_attempt (
    delivery_id  UUID        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt      INTEGER     NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL,
    http_status  INTEGER,
    latency_ms   BIGINT      NOT NULL,
    error        VARCHAR,
    PRIMARY KEY (delivery_id, attempt)
);

-- How far the fan-out has followed the change feed (its positions).
CREATE TABLE webhook_fan_out (
    followed_through BIGINT NOT NULL
);
INSERT INTO webhook_fan_out (followed_through) VALUES (0);

-- Rectification items whose rectification.overdue was fanned out: each item once, whichever replica scans.
CREATE TABLE rectification_overdue_notice (
    input_id    UUID PRIMARY KEY,
    notified_at TIMESTAMPTZ NOT NULL
);
