package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The composite and dimension scores of a partnership at the end of each month or quarter. */
public record ScoreHistory(UUID partnershipId, int windowDays, HistoryStep step, List<Point> points) {

    @Schema(name = "ScoreHistoryPoint")
    public record Point(
            @Schema(description = "The step's last day (or the requested end, for a step cut short)") LocalDate asOf,
            @Schema(nullable = true) BigDecimal composite,
            Grade grade,
            BigDecimal coverage,
            List<ScoreReport.DimensionLine> dimensions) {}
}
