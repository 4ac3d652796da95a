package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.Grade;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a ranking. */
public record RankingEntry(
        @Schema(
                        description = "1..n by composite; null for partnerships without a composite (listed last)",
                        nullable = true)
                Integer rank,
        UUID partnershipId,
        String code,
        String title,
        String regionCode,
        @Schema(nullable = true) BigDecimal composite,
        Grade grade,
        BigDecimal coverage) {}
