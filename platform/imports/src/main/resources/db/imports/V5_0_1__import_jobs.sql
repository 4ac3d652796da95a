-- Spreadsheet imports: the job a POST /api/v1/imports starts, and the rows it refused (its report).
create table import_job (
    id             uuid primary key,
    kind           text        not null,
    mode           text        not null,
    state          text        not null,
    file_name      text,
    headings       text        not null, -- JSON array, as uploaded
    requested_by   text        not null, -- the caller's subject: only they and platform admins see the job
    rows_read      integer     not null,
    rows_processed integer     not null default 0,
    rows_accepted  integer     not null default 0,
    rows_refused   integer     not null default 0,
    failure        text,                 -- JSON RowProblem of a FAILED job
    created_at     timestamptz not null,
    finished_at    timestamptz,
    owner          text        not null, -- the instance of the service that runs it
    heartbeat_at   timestamptz not null  -- its owner's last sign of life: a job whose owner fell silent is FAILED
);

create index import_job_unfinished on import_job (heartbeat_at) where state in ('QUEUED', 'RUNNING');

create table import_refused_row (
    job_id     uuid    not null references import_job (id) on delete cascade,
    row_number integer not null,
    row_values text    not null, -- JSON array of the cells as uploaded
    problems   text    not null, -- JSON array of RowProblem
    primary key (job_id, row_number)
);
