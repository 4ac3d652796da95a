-- The school code (学校代码) of a university's institution, optional: it keys the national data tables' rows.
ALTER TABLE organization ADD COLUMN school_code VARCHAR(10) CHECK (school_code ~ '^[0-9]{10}$');
