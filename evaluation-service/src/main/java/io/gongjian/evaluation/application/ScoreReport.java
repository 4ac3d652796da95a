package io.gongjian.evaluation.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongjian.evaluation.domain.Dimension;
import io.gongjian.evaluation.domain.Grade;
import io.gongjian.evaluation.domain.Indicator;
import io.gongjian.evaluation.domain.Numbers;
import io.gongjian.evaluation.domain.Scorecard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The scores of a partnership as users see them (docs/evaluation-method.md, 5 and 6): figures rounded half-up to 2
 * decimals, weights to 6 so that Σ weight × score over the indicators gives the composite back to the cent.
 */
@Schema(name = "Score", description = "Composite, dimensions and indicators of one partnership as of a date")
public record ScoreReport(
        UUID partnershipId,
        LocalDate asOf,
        int windowDays,
        @Schema(description = "0..100; null when no dimension is available", nullable = true) BigDecimal composite,
        Grade grade,
        @Schema(description = "Share of the scheme's weight whose indicator was available, 0..1") BigDecimal coverage,
        List<DimensionLine> dimensions,
        List<IndicatorLine> indicators,
        @Schema(
                        description =
                                "The weight scheme the score was computed with (WEIGHTS.md): the one applying to the"
                                        + " partnership's own region on asOf")
                SchemeName scheme,
        @Schema(
                        description = "The early warnings open on asOf (started on or before it, not ended by then);"
                                + " empty for viewers. GET /api/v1/evaluation/warnings lists them with their details")
                @JsonInclude(JsonInclude.Include.NON_NULL)
                List<OpenWarning> warnings) {

    /** Digits a weight is shown with; more than a score's 2 so that the composite can be recomputed. */
    static final int WEIGHT_SCALE = 6;

    @Schema(name = "DimensionScore")
    public record DimensionLine(
            Dimension code,
            boolean available,
            @Schema(nullable = true) BigDecimal score,
            @Schema(description = "Effective weight in the composite (0 when unavailable)") BigDecimal weight) {}

    @Schema(name = "IndicatorScore")
    public record IndicatorLine(
            Indicator code,
            Dimension dimension,
            boolean available,
            @Schema(nullable = true, description = "Raw value over the window (unit: see the catalogue)")
                    BigDecimal raw,
            @Schema(nullable = true, description = "Annual target (volume indicators only)") BigDecimal target,
            @Schema(nullable = true, description = "0..100") BigDecimal score,
            @Schema(description = "Effective weight in the composite (0 when unavailable)") BigDecimal weight,
            @Schema(description = "How many records and inputs produced the raw value") int recordCount,
            @Schema(
                            description =
                                    "The records and inputs that produced the raw value, by business date, when the"
                                            + " score's indicators list at most 1,000 entries in all; otherwise empty: read them"
                                            + " page by page from .../score/indicators/{indicator}/records. Complete exactly"
                                            + " when its length equals recordCount.")
                    List<UUID> recordIds) {}

    public static ScoreReport of(UUID partnershipId, Scorecard card) {
        return new ScoreReport(
                partnershipId,
                card.window().asOf(),
                card.window().days(),
                Numbers.shown(card.composite()),
                card.grade(),
                Numbers.shown(card.coverage()),
                card.dimensions().stream()
                        .map(d -> new DimensionLine(
                                d.dimension(), d.available(), Numbers.shown(d.score()), weight(d.weight())))
                        .toList(),
                card.indicators().stream()
                        .map(i -> new IndicatorLine(
                                i.indicator(),
                                i.indicator().dimension(),
                                i.available(),
                                Numbers.shown(i.raw()),
                                Numbers.shown(i.target()),
                                Numbers.shown(i.score()),
                                weight(i.weight()),
                                i.recordCount(),
                                i.recordIds() == null ? List.of() : i.recordIds()))
                        .toList(),
                SchemeName.of(card.scheme()),
                null);
    }

    /**
     * The report with the warnings open on its date. The kept-current report is stored without them (null, left out
     * of its JSON): they change with the warning scan, not with the scores.
     */
    ScoreReport withWarnings(List<OpenWarning> open) {
        return new ScoreReport(
                partnershipId, asOf, windowDays, composite, grade, coverage, dimensions, indicators, scheme, open);
    }

    private static BigDecimal weight(BigDecimal value) {
        return value.setScale(WEIGHT_SCALE, RoundingMode.HALF_UP);
    }
}
