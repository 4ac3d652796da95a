package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.EvaluatedPartnership;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a partnership's annual evaluation report says, every figure from the use cases the API serves: the score as
 * of the year's end (or today, for the year under way), the month-end trend of the year, and the rectification items
 * still open on that day.
 *
 * @param generatedOn the day the report was drawn up (Asia/Shanghai)
 */
public record AnnualReport(
        EvaluatedPartnership partnership,
        int year,
        ScoreReport score,
        ScoreHistory trend,
        List<OpenRectification> openRectifications,
        LocalDate generatedOn) {

    public AnnualReport {
        openRectifications = List.copyOf(openRectifications);
    }

    /** A rectification item still open on the report's day; {@code dueOn} may be unset. */
    public record OpenRectification(UUID id, String issue, LocalDate raisedOn, LocalDate dueOn, boolean overdue) {}
}
