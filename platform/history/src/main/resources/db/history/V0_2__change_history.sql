-- Who changed what, when: one row per change of a record, oldest first by id.
CREATE TABLE change_history (
    id          BIGSERIAL PRIMARY KEY,
    record_type VARCHAR     NOT NULL,
    record_id   UUID        NOT NULL,
    version     BIGINT      NOT NULL,
    action      VARCHAR     NOT NULL,
    actor       VARCHAR     NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL,
    changes     VARCHAR     NOT NULL
);
CREATE INDEX change_history_record ON change_history (record_type, record_id, id);
