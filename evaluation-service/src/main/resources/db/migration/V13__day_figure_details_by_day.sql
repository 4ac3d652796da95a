-- The few days whose figures are more than their counts (conversion dates, evaluator inputs), by day (issue 16): a
-- ranking as of another date reads their JSON, and found them by scanning every day of every partnership.
CREATE INDEX day_figures_details_by_day ON day_figures (day) WHERE NOT counts_only;
