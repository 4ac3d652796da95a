-- What this context knows of the partnership and activity contexts, built from their events only.
CREATE TABLE evaluated_partnership (
    id                          UUID PRIMARY KEY,
    version                     BIGINT     NOT NULL,
    code                        VARCHAR    NOT NULL,
    title                       VARCHAR    NOT NULL,
    status                      VARCHAR    NOT NULL,
    region_code                 VARCHAR(6) NOT NULL,
    university_organization_id  UUID       NOT NULL,
    enterprise_organization_id  UUID       NOT NULL,
    government_organization_ids VARCHAR    NOT NULL,
    targets                     VARCHAR    NOT NULL
);
CREATE INDEX evaluated_partnership_university ON evaluated_partnership (university_organization_id);
CREATE INDEX evaluated_partnership_enterprise ON evaluated_partnership (enterprise_organization_id);

CREATE TABLE evaluated_organization (
    id            UUID PRIMARY KEY,
    version       BIGINT  NOT NULL,
    member_counts VARCHAR NOT NULL
);

-- What each activity, exchange, achievement or conversion contributes to the indicators, latest version only.
CREATE TABLE record_fact (
    id                       UUID PRIMARY KEY,
    kind                     VARCHAR NOT NULL CHECK (kind IN ('ACTIVITY', 'EXCHANGE', 'ACHIEVEMENT', 'CONVERSION')),
    partnership_id           UUID    NOT NULL,
    version                  BIGINT  NOT NULL,
    revoked                  BOOLEAN NOT NULL,
    business_date            DATE    NOT NULL,
    achievement_type         VARCHAR,
    achievement_id           UUID,
    university_party_members INTEGER,
    enterprise_party_members INTEGER,
    headcount                INTEGER,
    output_value             NUMERIC
);
CREATE INDEX record_fact_partnership ON record_fact (partnership_id, business_date);

-- The evaluators' own inputs: assessments, survey batches, rectification items.
CREATE SEQUENCE evaluator_input_recorded;
CREATE TABLE evaluator_input (
    id                UUID PRIMARY KEY,
    kind              VARCHAR     NOT NULL CHECK (kind IN ('ASSESSMENT', 'SURVEY', 'RECTIFICATION')),
    partnership_id    UUID        NOT NULL,
    region_code       VARCHAR(6)  NOT NULL,
    business_date     DATE        NOT NULL,
    status            VARCHAR     NOT NULL CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
    withdrawal_reason VARCHAR,
    version           BIGINT      NOT NULL,
    details           VARCHAR     NOT NULL,
    -- The order inputs were recorded in: of two assessments on the same day, the later one counts.
    recorded_sequence BIGINT      NOT NULL DEFAULT nextval('evaluator_input_recorded'),
    updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX evaluator_input_partnership ON evaluator_input (partnership_id, kind, business_date);
CREATE INDEX evaluator_input_region ON evaluator_input (kind, region_code, business_date);

-- The scores of the default window as of today, kept current by every change: rankings read them as they are.
CREATE TABLE current_score (
    partnership_id UUID PRIMARY KEY,
    code           VARCHAR     NOT NULL,
    title          VARCHAR     NOT NULL,
    status         VARCHAR     NOT NULL,
    region_code    VARCHAR(6)  NOT NULL,
    as_of          DATE        NOT NULL,
    window_days    INTEGER     NOT NULL,
    composite      NUMERIC,
    grade          VARCHAR     NOT NULL,
    coverage       NUMERIC     NOT NULL,
    report         VARCHAR     NOT NULL,
    computed_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX current_score_ranking ON current_score (region_code varchar_pattern_ops, composite DESC NULLS LAST, code)
    WHERE status = 'ACTIVE';
CREATE INDEX current_score_as_of ON current_score (as_of);
