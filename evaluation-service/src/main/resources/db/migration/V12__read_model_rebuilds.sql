-- Rebuilds of the read model (issue 16): each is built step by step in a schema of its own beside the live one and
-- replaces it in one transaction. A row says how far its rebuild got, so that another instance can resume it when
-- the one running it stops beating; at most one runs at a time.
CREATE TABLE read_model_rebuild (
    id                  UUID                     PRIMARY KEY,
    phase               VARCHAR(20)              NOT NULL
        CHECK (phase IN ('PREPARING', 'REPLAYING', 'SCORING', 'CATCHING_UP', 'SWITCHING', 'SWITCHED', 'FAILED')),
    -- The instance running it and when it last finished a step.
    owner               VARCHAR(64)              NOT NULL,
    heartbeat_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE,
    -- The database's migration the model being built has the tables of: after an upgrade it is started again.
    schema_version      VARCHAR(50),
    -- Offsets by topic:partition, JSON: where the replay reached, and up to where it replays before scoring.
    positions           VARCHAR                  NOT NULL DEFAULT '{}',
    targets             VARCHAR                  NOT NULL DEFAULT '{}',
    events_to_replay    BIGINT                   NOT NULL DEFAULT 0,
    events_read         BIGINT                   NOT NULL DEFAULT 0,
    events_applied      BIGINT                   NOT NULL DEFAULT 0,
    events_malformed    BIGINT                   NOT NULL DEFAULT 0,
    -- The scoring phase goes through the partnerships by id: the last one scored.
    scored_through      UUID,
    partnerships_scored INTEGER                  NOT NULL DEFAULT 0,
    failure             VARCHAR(2000)
);
CREATE UNIQUE INDEX read_model_rebuild_running ON read_model_rebuild ((TRUE)) WHERE finished_at IS NULL;
CREATE INDEX read_model_rebuild_started ON read_model_rebuild (started_at DESC);
