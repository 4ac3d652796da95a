package io.gongjian.evaluation.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One change of a partnership's current scores (default window, as of today) or of its status, as the feed lists it.
 *
 * @param position where it stands in the feed (the cursor encodes it)
 * @param changed what differs from the partnership's previous entry: {@code composite}, {@code grade},
 *     {@code dimensions}, {@code status}, {@code warnings}; all but the warnings for its first entry
 * @param warnings the early warnings open after the change
 */
public record ScoreChange(
        long position,
        UUID partnershipId,
        String regionCode,
        OffsetDateTime changedAt,
        ChangeCause cause,
        List<String> changed,
        String status,
        LocalDate asOf,
        BigDecimal composite,
        String grade,
        Map<String, BigDecimal> dimensions,
        List<OpenWarning> warnings) {}
