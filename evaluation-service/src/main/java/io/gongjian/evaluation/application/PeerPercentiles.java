package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.Indicator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a partnership's raw value of each indicator stands among its province's (WEIGHTS.md, peer percentiles). */
@Schema(
        name = "PeerPercentiles",
        description = "Per indicator, the partnership's raw value and its percentile among the ACTIVE partnerships of"
                + " its province for which the indicator is available (the partnership itself included)")
public record PeerPercentiles(
        UUID partnershipId,
        LocalDate asOf,
        int windowDays,
        @Schema(
                        description = "The first two digits of the partnership's region code: the peers' province",
                        example = "45")
                String peerRegion,
        @Schema(description = "Every indicator, in the catalogue's order") List<Line> indicators) {

    @Schema(name = "IndicatorPercentile")
    public record Line(
            Indicator indicator,
            @Schema(
                            nullable = true,
                            description = "The partnership's raw value over the window, rounded half-up to 2"
                                    + " decimals; null when the indicator is not available for it")
                    BigDecimal raw,
            @Schema(
                            description = "How many peers have the indicator available, the partnership included when"
                                    + " it has",
                            example = "12")
                    int peers,
            @Schema(
                            nullable = true,
                            description = "100 × (peers with a lower raw value + 0.5 × other peers with an equal one) ÷"
                                    + " (peers − 1), rounded half-up to 1 decimal, comparing full-precision raw values;"
                                    + " null when the indicator is not available for the partnership or it is its only"
                                    + " peer",
                            example = "62.5")
                    BigDecimal percentile) {}
}
