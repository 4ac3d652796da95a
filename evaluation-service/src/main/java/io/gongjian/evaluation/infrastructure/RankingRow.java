package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.RankingEntry;
import io.gongjian.evaluation.domain.Grade;
import io.gongjian.evaluation.domain.Numbers;
import java.math.BigDecimal;
import java.util.UUID;

/** What a ranking reads of a stored score: not its report, which is large. Named as the entity's fields. */
public record RankingRow(
        UUID partnershipId,
        String code,
        String title,
        String regionCode,
        BigDecimal composite,
        String grade,
        BigDecimal coverage) {

    /** The line of the ranking at {@code position} (1..n): unranked without a composite. */
    RankingEntry at(int position) {
        return new RankingEntry(
                composite == null ? null : position,
                partnershipId,
                code,
                title,
                regionCode,
                Numbers.shown(composite),
                Grade.valueOf(grade),
                Numbers.shown(coverage));
    }
}
