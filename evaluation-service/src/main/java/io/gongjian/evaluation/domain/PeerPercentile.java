package io.gongjian.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Where a partnership's raw value of an indicator stands among its peers' (WEIGHTS.md, peer percentiles): the
 * percentage of the other peers below it, those equal to it counting half. Raw values, so the same under any scheme;
 * for every indicator a higher raw value is better.
 */
public final class PeerPercentile {

    private PeerPercentile() {}

    /**
     * 100 × (peers with a lower raw value + 0.5 × peers other than P with an equal one) ÷ (peers − 1), rounded
     * half-up to 1 decimal; values compared at full precision.
     *
     * @param raw P's raw value
     * @param peers the raw values of every peer, P's included (so never empty)
     * @return the percentile, {@code null} when P is its only peer
     */
    public static BigDecimal of(BigDecimal raw, Collection<BigDecimal> peers) {
        int others = peers.size() - 1;
        if (others < 1) {
            return null;
        }
        long lower = 0;
        long equal = 0;
        for (BigDecimal peer : peers) {
            int compared = peer.compareTo(raw);
            if (compared < 0) {
                lower++;
            } else if (compared == 0) {
                equal++;
            }
        }
        if (equal == 0) {
            throw new IllegalArgumentException("the peers' raw values include P's own, " + raw);
        }
        // P itself is one of the equal ones. × 2 on both sides keeps the half exact: one rounding, at the end.
        long equalOthers = equal - 1;
        return BigDecimal.valueOf(100 * (2 * lower + equalOthers))
                .divide(BigDecimal.valueOf(2L * others), 1, RoundingMode.HALF_UP);
    }
}
