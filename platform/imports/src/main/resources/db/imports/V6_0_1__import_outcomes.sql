-- Of the rows an import accepted, those that named a record saying the same already (left unchanged) and those that
-- amended one; the rest of rows_accepted created a record.
alter table import_job
    add column rows_unchanged integer not null default 0,
    add column rows_amended   integer not null default 0;
