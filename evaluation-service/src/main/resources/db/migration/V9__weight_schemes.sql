-- Regional weight schemes (issue 19, WEIGHTS.md). A saved scheme never changes: a change is a new version of its
-- prefix. The weights and targets are kept as given (JSON objects of decimal strings, keyed by dimension or indicator
-- code); the comparisons, when the dimension weights come from them, as the full 5×5 matrix with their CR.
CREATE TABLE weight_scheme (
    region_prefix        VARCHAR(6)               NOT NULL,
    version              INTEGER                  NOT NULL CHECK (version >= 1),
    effective_from       DATE                     NOT NULL,
    dimension_weights    VARCHAR(2000)            NOT NULL,
    indicator_weights    VARCHAR(4000)            NOT NULL,
    targets              VARCHAR(2000)            NOT NULL,
    pairwise_comparisons VARCHAR(4000),
    consistency_ratio    NUMERIC,
    created_by           VARCHAR(255)             NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (region_prefix, version)
);

-- Scores stored before name no scheme: marked as of the day before, so that the window job recomputes them (under the
-- default scheme, to the same figures) within a minute of the start, and reads compute them on request until then.
UPDATE current_score SET as_of = as_of - 1;
