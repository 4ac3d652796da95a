-- The dead letters an operator replayed (sent again to the topic they came from), each at most once: the primary key
-- is the dead letter's place in its topic, so two operators replaying it at the same moment cannot both succeed.
CREATE TABLE dead_letter_replay (
    topic        VARCHAR     NOT NULL,
    partition_no INTEGER     NOT NULL,
    offset_no    BIGINT      NOT NULL,
    event_id     VARCHAR,
    replayed_by  VARCHAR     NOT NULL,
    replayed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (topic, partition_no, offset_no)
);
