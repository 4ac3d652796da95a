package io.gongjian.evaluation.domain.benchmarks;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.Forbidden;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Grade;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A partnership designated a benchmark (标杆) for a period (seed 004: the city's "benchmark leading universities"
 * initiative), with the citation that says why. Designated only while graded GOOD or better on the day, unless a
 * platform admin overrides that with a reason.
 *
 * @param regionCode the partnership's region when designated: whose bureau records its relays
 * @param validUntil the last day of the period, inclusive
 * @param gradeOnDesignation the partnership's grade as of {@code designatedOn} (default window, its region's scheme)
 * @param overrideReason why a platform admin designated a partnership graded below GOOD; {@code null} otherwise
 */
public record Benchmark(
        UUID id,
        UUID partnershipId,
        String regionCode,
        LocalDate validFrom,
        LocalDate validUntil,
        String citation,
        LocalDate designatedOn,
        String designatedBy,
        Grade gradeOnDesignation,
        String overrideReason) {

    public static final int MAX_CITATION = 2000;
    public static final int MAX_OVERRIDE_REASON = 500;

    /** The grades a partnership is designated with as of right. */
    public static final Set<Grade> DESIGNABLE = EnumSet.of(Grade.EXCELLENT, Grade.GOOD);

    /** The designation as its fields are given, the rules checked. */
    public record Request(
            UUID partnershipId, LocalDate validFrom, LocalDate validUntil, String citation, String overrideReason) {}

    /**
     * Designates {@code partnership} as {@code request} asks, checked against the rules in the order a clerk would
     * fix them: the fields, the partnership's status, who overrides, the grade, then the other periods.
     *
     * @param grade the partnership's grade as of {@code today}
     * @param platformAdmin whether the designating caller is a platform admin (the only one who overrides)
     * @param others the partnership's benchmarks so far
     */
    public static Benchmark designate(
            UUID id,
            Request request,
            EvaluatedPartnership partnership,
            Grade grade,
            LocalDate today,
            boolean platformAdmin,
            String designatedBy,
            Collection<Benchmark> others) {
        required("validFrom", request.validFrom());
        required("validUntil", request.validUntil());
        if (request.validUntil().isBefore(request.validFrom())) {
            throw new RuleViolation(
                    "validUntil",
                    "date.before-other",
                    "validUntil",
                    request.validUntil(),
                    "validFrom",
                    request.validFrom());
        }
        String citation = text("citation", request.citation(), MAX_CITATION);
        if (citation == null) {
            throw new RuleViolation("citation", "required.text", "citation");
        }
        String overrideReason = text("overrideReason", request.overrideReason(), MAX_OVERRIDE_REASON);
        if (!partnership.isActive()) {
            throw new RuleViolation("partnershipId", "benchmark.partnership-not-active", partnership.status());
        }
        if (overrideReason != null && !platformAdmin) {
            throw new Forbidden("benchmark.override-admins-only");
        }
        boolean designable = DESIGNABLE.contains(grade);
        if (!designable && overrideReason == null) {
            throw new RuleViolation("partnershipId", "benchmark.grade-below-good", grade, today);
        }
        if (designable && overrideReason != null) {
            throw new RuleViolation("overrideReason", "benchmark.override-not-needed", grade, today);
        }
        for (Benchmark other : others) {
            if (!other.validUntil().isBefore(request.validFrom())
                    && !request.validUntil().isBefore(other.validFrom())) {
                throw new Conflict("validFrom", "benchmark.overlap", other.validFrom(), other.validUntil(), other.id());
            }
        }
        return new Benchmark(
                id,
                partnership.id(),
                partnership.regionCode(),
                request.validFrom(),
                request.validUntil(),
                citation,
                today,
                designatedBy,
                grade,
                overrideReason);
    }

    public BenchmarkState stateOn(LocalDate date) {
        if (date.isBefore(validFrom)) {
            return BenchmarkState.UPCOMING;
        }
        return date.isAfter(validUntil) ? BenchmarkState.PAST : BenchmarkState.CURRENT;
    }

    static void required(String field, Object value) {
        if (value == null) {
            throw new RuleViolation(field, "required", field);
        }
    }

    /** The text stripped, {@code null} when blank; refused when longer than {@code max}. */
    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new RuleViolation(field, "text.too-long", field, text.length(), max);
        }
        return text;
    }
}
