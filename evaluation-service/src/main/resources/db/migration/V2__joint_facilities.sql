-- The partnerships' joint facilities, from their events (latest version only): for explanation pages and exports.
-- No indicator reads them.
CREATE TABLE joint_facility (
    id              UUID PRIMARY KEY,
    partnership_id  UUID    NOT NULL,
    version         BIGINT  NOT NULL,
    revoked         BOOLEAN NOT NULL,
    kind            VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    mode            VARCHAR NOT NULL,
    host_side       VARCHAR NOT NULL,
    opened_on       DATE    NOT NULL,
    closed_on       DATE,
    equipment_value NUMERIC NOT NULL
);
CREATE INDEX joint_facility_partnership ON joint_facility (partnership_id);
