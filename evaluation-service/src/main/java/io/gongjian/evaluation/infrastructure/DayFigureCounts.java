package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.domain.DayFigures;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The counts of the day figures repeated as columns of {@code day_figures}, so that the database sums them for
 * rankings: which columns, what a day writes into them, and figures from their sums.
 */
final class DayFigureCounts {

    /** In the order of {@link #of} and of {@link DayFigures#counts}'s parameters. */
    static final List<String> COLUMNS = List.of(
            "activities",
            "participations",
            "participation_shares",
            "exchanges",
            "exchange_headcount",
            "teaching_resources",
            "research_projects",
            "innovative_practices",
            "research_outputs",
            "conversions",
            "conversion_value");

    private DayFigureCounts() {}

    /** A JDBC placeholder for each column: the values of an INSERT, bound in the order of {@link #of}. */
    static String placeholders() {
        return COLUMNS.stream().map(column -> "?").collect(Collectors.joining(", "));
    }

    /** {@code SUM(alias.column) AS column} for each column, in order. */
    static String sums(String alias) {
        return COLUMNS.stream()
                .map(column -> "SUM(" + alias + "." + column + ") AS " + column)
                .collect(Collectors.joining(", "));
    }

    /** The values of the columns for a day's figures. */
    static List<Object> of(DayFigures figures) {
        return List.of(
                figures.activities(),
                figures.participations(),
                figures.participationShares(),
                figures.exchanges(),
                figures.exchangeHeadcount(),
                figures.teachingResources(),
                figures.researchProjects(),
                figures.innovativePractices(),
                figures.researchOutputs(),
                figures.conversions(),
                figures.conversionValue());
    }

    /**
     * Figures from the columns' sums at {@code row[from…]} (as {@link #sums} selects them), or {@code null} when there
     * was nothing to sum.
     */
    static DayFigures summed(Object[] row, int from) {
        if (row[from] == null) {
            return null;
        }
        // SUM of an INTEGER column is a BIGINT, of a NUMERIC a NUMERIC.
        return DayFigures.counts(
                ((Number) row[from]).intValue(),
                ((Number) row[from + 1]).intValue(),
                (BigDecimal) row[from + 2],
                ((Number) row[from + 3]).intValue(),
                ((Number) row[from + 4]).longValue(),
                ((Number) row[from + 5]).intValue(),
                ((Number) row[from + 6]).intValue(),
                ((Number) row[from + 7]).intValue(),
                ((Number) row[from + 8]).intValue(),
                ((Number) row[from + 9]).intValue(),
                (BigDecimal) row[from + 10]);
    }
}
