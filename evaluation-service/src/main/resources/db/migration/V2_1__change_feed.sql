-- The change feed (GET /api/v1/evaluation/changes): each change of a partnership's current scores or status,
-- written in the transaction that made it, without a position; the sequencer numbers committed entries in the order
-- it finds them, so that a reader following positions never passes an entry that commits later.
CREATE TABLE score_change (
    id              BIGSERIAL PRIMARY KEY,
    position        BIGINT UNIQUE,
    partnership_id  UUID        NOT NULL,
    region_code     VARCHAR(6)  NOT NULL,
    changed_at      TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    cause           VARCHAR     NOT NULL,
    cause_reference VARCHAR,
    changed         VARCHAR     NOT NULL,
    status          VARCHAR     NOT NULL,
    as_of           DATE        NOT NULL,
    composite       NUMERIC,
    grade           VARCHAR     NOT NULL,
    dimensions      VARCHAR     NOT NULL
);
CREATE INDEX score_change_unsequenced ON score_change (id) WHERE position IS NULL;
CREATE INDEX score_change_partnership ON score_change (partnership_id, id);
CREATE INDEX score_change_region ON score_change (region_code varchar_pattern_ops, position);

-- The highest position purged (retention): a cursor before it may have missed entries (410).
CREATE TABLE change_feed_horizon (
    purged_through BIGINT NOT NULL
);
INSERT INTO change_feed_horizon (purged_through) VALUES (0);
