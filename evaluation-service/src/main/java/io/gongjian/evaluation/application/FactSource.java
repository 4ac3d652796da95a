package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Facts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Loads what the indicators are computed from: records, evaluator inputs and member-count histories. */
public interface FactSource {

    /**
     * The facts of each partnership with business dates in [from, to]; conversions dated up to {@code to} whatever
     * their date, since an achievement in the window counts as converted by any conversion up to the as-of date.
     */
    Map<UUID, Facts> load(List<EvaluatedPartnership> partnerships, LocalDate from, LocalDate to);
}
