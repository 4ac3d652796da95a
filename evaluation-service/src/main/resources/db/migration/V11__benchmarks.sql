-- Benchmark partnerships (标杆) and their relays (issue 19, seed 004). A benchmark keeps the grade its partnership had
-- on the day it was designated, and why an admin overrode the grade rule when one did. The periods of one partnership
-- do not overlap: the service checks that under an advisory lock per partnership.
CREATE TABLE benchmark (
    id                   UUID                     PRIMARY KEY,
    partnership_id       UUID                     NOT NULL,
    region_code          VARCHAR(6)               NOT NULL,
    valid_from           DATE                     NOT NULL,
    valid_until          DATE                     NOT NULL,
    citation             VARCHAR(2000)            NOT NULL,
    designated_on        DATE                     NOT NULL,
    designated_by        VARCHAR(255)             NOT NULL,
    grade_on_designation VARCHAR(20)              NOT NULL,
    override_reason      VARCHAR(500),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (valid_until >= valid_from)
);
CREATE INDEX benchmark_partnership ON benchmark (partnership_id);
CREATE INDEX benchmark_listed ON benchmark (region_code varchar_pattern_ops, valid_from DESC);

-- The hand-overs of a benchmark's host role, 1, 2, … Two relays recorded at once on one chain take the same
-- sequence: this key lets one of them in and refuses the other.
CREATE TABLE benchmark_relay (
    benchmark_id        UUID                     NOT NULL REFERENCES benchmark (id),
    sequence            INTEGER                  NOT NULL CHECK (sequence >= 1),
    host_partnership_id UUID                     NOT NULL,
    activity_id         UUID                     NOT NULL,
    next_partnership_id UUID                     NOT NULL,
    note                VARCHAR(1000),
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by         VARCHAR(255)             NOT NULL,
    CONSTRAINT benchmark_relay_sequence PRIMARY KEY (benchmark_id, sequence)
);

-- What a relay shows of its showcase activity: the read model kept only what the indicators count. Activities stored
-- before are filled in by the next rebuild of the read model (POST /api/v1/evaluation/read-model/rebuild); until then
-- their type, title and attendance are unknown (null).
ALTER TABLE record_fact
    ADD COLUMN activity_type VARCHAR,
    ADD COLUMN title         VARCHAR,
    ADD COLUMN attendance    INTEGER;
