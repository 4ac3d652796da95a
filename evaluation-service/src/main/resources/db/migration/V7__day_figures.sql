-- What each business day of a partnership contributes to the indicators (DayFigures as JSON): every score is summed
-- from at most windowDays of these rows, whatever the number of records behind them. The records behind each
-- indicator are kept apart, read only for explanations. Filled by the service itself after this migration
-- (FiguresBackfill), from the read model.
CREATE TABLE day_figures (
    partnership_id UUID    NOT NULL,
    day            DATE    NOT NULL,
    figures        VARCHAR NOT NULL,
    records        VARCHAR NOT NULL,
    -- How many entries the records list: a score lists its records only when the window's come to few.
    record_count   INTEGER NOT NULL,
    -- An amended evaluator input may leave its day: the days that hold inputs are folded again on every input change.
    has_inputs     BOOLEAN NOT NULL,
    PRIMARY KEY (partnership_id, day)
);

-- The partnerships whose figures were folded whole (at their first event, a rebuild, or once after this migration):
-- only theirs are updated day by day.
CREATE TABLE figures_folded (
    partnership_id UUID PRIMARY KEY
);

-- An achievement's event finds the conversions whose contribution it moves.
CREATE INDEX record_fact_achievement ON record_fact (achievement_id) WHERE achievement_id IS NOT NULL;
