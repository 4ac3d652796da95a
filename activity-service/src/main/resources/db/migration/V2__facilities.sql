-- Joint facilities (共建设施) are a fifth kind of record; activities and exchanges may name the facility where they
-- took place. The columns hold what lists and a facility's usage filter on: the facility named, the day a facility
-- closed (its opening day is its business date).
ALTER TABLE tracked_record DROP CONSTRAINT tracked_record_kind_check;
ALTER TABLE tracked_record ADD CONSTRAINT tracked_record_kind_check
    CHECK (kind IN ('ACTIVITY', 'EXCHANGE', 'ACHIEVEMENT', 'CONVERSION', 'FACILITY'));
ALTER TABLE tracked_record ADD COLUMN facility_id UUID;
ALTER TABLE tracked_record ADD COLUMN closed_on DATE;
CREATE INDEX tracked_record_facility ON tracked_record (facility_id, business_date) WHERE facility_id IS NOT NULL;
