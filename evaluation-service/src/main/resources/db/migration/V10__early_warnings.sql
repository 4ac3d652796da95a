-- Early warnings (issue 19, WEIGHTS.md "Early warnings"): opened by the warning scan with the day they started (the
-- first day from which they have held without a break), ended with the first day they no longer held. At most one
-- open warning per partnership, kind and subject (the rectification item of RECTIFICATION_OVERDUE): two replicas
-- scanning at once open each once.
CREATE TABLE early_warning (
    id             UUID PRIMARY KEY,
    partnership_id UUID        NOT NULL,
    region_code    VARCHAR(6)  NOT NULL,
    kind           VARCHAR     NOT NULL CHECK (kind IN ('DORMANT', 'RECTIFICATION_OVERDUE', 'SCORE_DROP', 'COVERAGE_LOW')),
    subject_id     UUID,
    started_on     DATE        NOT NULL,
    ended_on       DATE,
    -- What it rests on as of the day it was found (a JSON object), e.g. {"lastActivityOn": "2026-08-01"}.
    details        VARCHAR     NOT NULL,
    detected_at    TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    ended_at       TIMESTAMPTZ,
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE UNIQUE INDEX early_warning_open ON early_warning
    (partnership_id, kind, COALESCE(subject_id, '00000000-0000-0000-0000-000000000000'::uuid)) WHERE ended_on IS NULL;
CREATE INDEX early_warning_region ON early_warning (region_code varchar_pattern_ops, started_on DESC);
CREATE INDEX early_warning_partnership ON early_warning (partnership_id, started_on);

-- When the scan last checked each partnership, and the current score it saw then: a partnership is checked again
-- when the date changed or its current score was recomputed since (every record, input, status change and window
-- move recomputes it).
CREATE TABLE early_warning_check (
    partnership_id UUID PRIMARY KEY,
    checked_on     DATE NOT NULL,
    scored_at      TIMESTAMPTZ
);

-- The change feed shows the warnings open after each change (a JSON list); a change of them alone is an entry of its
-- own (cause WARNING, changed "warnings").
ALTER TABLE score_change ADD COLUMN warnings VARCHAR NOT NULL DEFAULT '[]';
