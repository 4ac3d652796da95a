package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.DayFigures;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * What a ranking needs of an ACTIVE partnership: what its entry shows, the targets its composite is scored against,
 * and its figures summed over the window (without the records behind them). Read for thousands at once, so no more.
 */
public record RankingCandidate(
        UUID id, String code, String title, String regionCode, Map<String, BigDecimal> targets, DayFigures figures) {}
