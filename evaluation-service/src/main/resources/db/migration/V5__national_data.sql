-- What the national data table of industry–education cooperation (产学合作数据, docs/national-data-table.md) needs
-- beyond the indicators. Rows stored before this migration lack it until the read model is rebuilt from the topics
-- (POST /api/v1/evaluation/read-model/rebuild); events published before 2.0.0 lack the optional fields for good.
ALTER TABLE evaluated_partnership ADD COLUMN term_start DATE, ADD COLUMN term_end DATE;
ALTER TABLE evaluated_organization
    ADD COLUMN institution VARCHAR,
    ADD COLUMN credit_code VARCHAR(18),
    ADD COLUMN school_code VARCHAR(10);
ALTER TABLE record_fact
    ADD COLUMN exchange_type     VARCHAR,
    ADD COLUMN resource_kind     VARCHAR,
    ADD COLUMN university_income NUMERIC;
