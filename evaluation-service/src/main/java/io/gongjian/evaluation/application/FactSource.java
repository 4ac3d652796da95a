package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Facts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Loads what the indicators are computed from: records, evaluator inputs and member-count histories. */
public interface FactSource {

    /**
     * The facts of each partnership with business dates in [from, to]; conversions dated up to {@code to} whatever
     * their date, since an achievement in the window counts as converted by any conversion up to the as-of date.
     */
    Map<UUID, Facts> load(List<EvaluatedPartnership> partnerships, LocalDate from, LocalDate to);

    /** Every fact of each partnership, whatever its date: what its figures are folded whole from. */
    Map<UUID, Facts> whole(List<EvaluatedPartnership> partnerships);

    /**
     * What the figures of these business days of the partnership ({@code null}: of every day) are folded from: the
     * records and inputs dated on them, every conversion of a research output registered on them, and the achievement
     * of every conversion dated on them (a conversion counts only with it). Other days' figures folded from these
     * facts are incomplete and must be dropped.
     */
    Facts ofDays(EvaluatedPartnership partnership, Set<LocalDate> days);
}
