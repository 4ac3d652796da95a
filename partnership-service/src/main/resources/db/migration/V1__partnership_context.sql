-- Party organisations and the history of their party-member counts.
CREATE TABLE organization (
    id          UUID PRIMARY KEY,
    version     BIGINT      NOT NULL,
    name        VARCHAR        NOT NULL,
    kind        VARCHAR        NOT NULL CHECK (kind IN ('UNIVERSITY', 'ENTERPRISE', 'GOVERNMENT')),
    level       VARCHAR        NOT NULL CHECK (level IN ('COMMITTEE', 'GENERAL_BRANCH', 'BRANCH')),
    institution VARCHAR        NOT NULL,
    credit_code VARCHAR(18)    NOT NULL,
    region_code VARCHAR(6)     NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX organization_region ON organization (region_code);

CREATE TABLE member_count (
    organization_id UUID NOT NULL REFERENCES organization (id),
    effective_on    DATE NOT NULL,
    members         INT  NOT NULL CHECK (members >= 0),
    PRIMARY KEY (organization_id, effective_on)
);

-- Co-construction partnerships, their agreement, targets and key projects.
CREATE TABLE partnership (
    id                         UUID PRIMARY KEY,
    version                    BIGINT      NOT NULL,
    code                       VARCHAR        NOT NULL UNIQUE,
    title                      VARCHAR        NOT NULL,
    status                     VARCHAR        NOT NULL,
    university_organization_id UUID        NOT NULL REFERENCES organization (id),
    enterprise_organization_id UUID        NOT NULL REFERENCES organization (id),
    region_code                VARCHAR(6)     NOT NULL,
    signed_on                  DATE        NOT NULL,
    term_start                 DATE        NOT NULL,
    term_end                   DATE        NOT NULL CHECK (term_end >= term_start),
    modes                      VARCHAR        NOT NULL,
    updated_at                 TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX partnership_region ON partnership (region_code);
CREATE INDEX partnership_university ON partnership (university_organization_id);
CREATE INDEX partnership_enterprise ON partnership (enterprise_organization_id);
-- The database guards the "one ACTIVE partnership per pair of organisations" rule under concurrency too.
CREATE UNIQUE INDEX partnership_one_active_per_pair
    ON partnership (university_organization_id, enterprise_organization_id) WHERE status = 'ACTIVE';

CREATE TABLE partnership_government (
    partnership_id  UUID NOT NULL REFERENCES partnership (id),
    organization_id UUID NOT NULL REFERENCES organization (id),
    PRIMARY KEY (partnership_id, organization_id)
);

CREATE TABLE partnership_target (
    partnership_id UUID          NOT NULL REFERENCES partnership (id),
    indicator      VARCHAR          NOT NULL,
    target         NUMERIC(14, 2) NOT NULL CHECK (target >= 0),
    PRIMARY KEY (partnership_id, indicator)
);

CREATE TABLE key_project (
    partnership_id UUID NOT NULL REFERENCES partnership (id),
    position       INT  NOT NULL,
    id             UUID NOT NULL UNIQUE,
    title          VARCHAR NOT NULL,
    mode           VARCHAR NOT NULL,
    lead_side      VARCHAR NOT NULL,
    due_on         DATE NOT NULL,
    status         VARCHAR NOT NULL,
    PRIMARY KEY (partnership_id, position)
);
