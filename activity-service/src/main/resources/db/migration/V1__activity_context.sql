-- Everything the parties log: activities, exchanges, achievements and conversions. What a record says is kept
-- as JSON (its event payload's shape); the columns hold what lists filter and sort on.
CREATE TABLE tracked_record (
    id                UUID PRIMARY KEY,
    kind              VARCHAR     NOT NULL CHECK (kind IN ('ACTIVITY', 'EXCHANGE', 'ACHIEVEMENT', 'CONVERSION')),
    partnership_id    UUID        NOT NULL,
    region_code       VARCHAR(6)  NOT NULL,
    achievement_id    UUID,
    type              VARCHAR,
    mode              VARCHAR,
    business_date     DATE        NOT NULL,
    status            VARCHAR     NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED')),
    revocation_reason VARCHAR,
    version           BIGINT      NOT NULL,
    details           VARCHAR     NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX tracked_record_partnership ON tracked_record (kind, partnership_id, business_date);
CREATE INDEX tracked_record_region ON tracked_record (kind, region_code, business_date);
CREATE INDEX tracked_record_achievement ON tracked_record (achievement_id) WHERE achievement_id IS NOT NULL;

-- What this context knows of partnerships, from the partnership context's events only.
CREATE TABLE partnership_view (
    id                         UUID PRIMARY KEY,
    version                    BIGINT     NOT NULL,
    status                     VARCHAR    NOT NULL,
    region_code                VARCHAR(6) NOT NULL,
    term_start                 DATE       NOT NULL,
    term_end                   DATE       NOT NULL,
    university_organization_id UUID       NOT NULL,
    enterprise_organization_id UUID       NOT NULL,
    government_organization_ids VARCHAR   NOT NULL
);
CREATE INDEX partnership_view_university ON partnership_view (university_organization_id);
CREATE INDEX partnership_view_enterprise ON partnership_view (enterprise_organization_id);
