-- The records behind each indicator of a day, a row each (issue 16). As one JSON list per day they were read and
-- written whole whenever a record of that day moved: a partnership logging thousands of records a day paid for all of
-- them on every event. A row is added or removed as its record moves in or out.
CREATE TABLE day_record (
    partnership_id UUID        NOT NULL,
    day            DATE        NOT NULL,
    indicator      VARCHAR(40) NOT NULL,
    -- The order within the day's list; the records of one position come in the order PostgreSQL gives their ids
    -- (all at 0 for the indicators that list activities and exchanges, kept in that order as they move).
    position       INTEGER     NOT NULL,
    record_id      UUID        NOT NULL,
    -- From when it counts (a conversion of a research output), null when it counts whatever the as-of date.
    counts_from    DATE,
    PRIMARY KEY (partnership_id, day, indicator, record_id)
);

ALTER TABLE day_figures DROP COLUMN records;

-- The lists are folded again from the read model (foldUnfolded, at start-up): the figures stay as they are.
DELETE FROM figures_folded;
