-- The counts of each day's figures as columns too (issue 16): a ranking as of another date sums them in the database,
-- one row per partnership, instead of reading every day's JSON. The JSON stays whole; the columns repeat its counts.
ALTER TABLE day_figures
    ADD COLUMN activities           INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN participations       INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN participation_shares NUMERIC NOT NULL DEFAULT 0,
    ADD COLUMN exchanges            INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN exchange_headcount   INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN teaching_resources   INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN research_projects    INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN innovative_practices INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN research_outputs     INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN conversions          INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN conversion_value     NUMERIC NOT NULL DEFAULT 0,
    -- Whether the columns are all of the day's figures: no conversion dates of research outputs, no evaluator inputs.
    -- Only the other days' JSON is read for a sum.
    ADD COLUMN counts_only          BOOLEAN NOT NULL DEFAULT FALSE;

-- The rows stored before: read whole (counts_only FALSE) until folded again, which the service does once at start for
-- every partnership not in figures_folded, with the same code that writes every row.
DELETE FROM figures_folded;
