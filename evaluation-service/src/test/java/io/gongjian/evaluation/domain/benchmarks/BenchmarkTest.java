package io.gongjian.evaluation.domain.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.DomainException;
import io.gongjian.commons.domain.Forbidden;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Grade;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BenchmarkTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    static EvaluatedPartnership partnership(String status) {
        return new EvaluatedPartnership(
                UUID.randomUUID(),
                1,
                "GJ-450801-2026-0001",
                "柳州职院 × 上汽通用五菱",
                status,
                "450801",
                UUID.randomUUID(),
                UUID.randomUUID(),
                List.of(),
                Map.of(),
                null,
                null);
    }

    static Benchmark.Request request(LocalDate from, LocalDate until, String reason) {
        return new Benchmark.Request(UUID.randomUUID(), from, until, "产教融合示范", reason);
    }

    static Benchmark designate(
            EvaluatedPartnership partnership,
            Benchmark.Request request,
            Grade grade,
            boolean admin,
            List<Benchmark> others) {
        return Benchmark.designate(UUID.randomUUID(), request, partnership, grade, TODAY, admin, "gx-bureau", others);
    }

    @ParameterizedTest
    @EnumSource(
            value = Grade.class,
            names = {"EXCELLENT", "GOOD"})
    void aPartnershipGradedGoodOrBetterIsDesignatedWithItsGradeAndTheDay(Grade grade) {
        EvaluatedPartnership partnership = partnership("ACTIVE");
        Benchmark benchmark = designate(partnership, request(TODAY, TODAY.plusYears(1), null), grade, false, List.of());
        assertEquals(grade, benchmark.gradeOnDesignation());
        assertEquals(TODAY, benchmark.designatedOn());
        assertEquals("450801", benchmark.regionCode());
        assertEquals(partnership.id(), benchmark.partnershipId());
        assertNull(benchmark.overrideReason());
    }

    @ParameterizedTest
    @EnumSource(
            value = Grade.class,
            names = {"PASS", "NEEDS_IMPROVEMENT", "INSUFFICIENT_DATA"})
    void belowGoodIsRefusedNamingTheGradeAndDateUnlessAnAdminOverridesWithAReason(Grade grade) {
        EvaluatedPartnership partnership = partnership("ACTIVE");
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> designate(partnership, request(TODAY, TODAY.plusYears(1), null), grade, true, List.of()));
        assertEquals("partnershipId", refused.field());
        assertEquals("benchmark.grade-below-good", refused.reason().key());
        assertEquals(
                List.of(grade.name(), "2026-12-04"),
                refused.reason().arguments().stream().map(String::valueOf).toList());

        Benchmark overridden =
                designate(partnership, request(TODAY, TODAY.plusYears(1), "  市级示范，数据迁移中  "), grade, true, List.of());
        assertEquals(grade, overridden.gradeOnDesignation());
        assertEquals("市级示范，数据迁移中", overridden.overrideReason());
    }

    @Test
    void aBureauOfficerCannotOverride() {
        assertThrows(
                Forbidden.class,
                () -> designate(partnership("ACTIVE"), request(TODAY, TODAY, "示范"), Grade.PASS, false, List.of()));
    }

    @Test
    void anOverrideThatIsNotNeededIsRefused() {
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> designate(partnership("ACTIVE"), request(TODAY, TODAY, "示范"), Grade.GOOD, true, List.of()));
        assertEquals("overrideReason", refused.field());
    }

    @Test
    void onlyAnActivePartnershipIsDesignated() {
        RuleViolation refused = assertThrows(
                RuleViolation.class,
                () -> designate(partnership("SUSPENDED"), request(TODAY, TODAY, null), Grade.GOOD, true, List.of()));
        assertEquals("partnershipId", refused.field());
        assertEquals("benchmark.partnership-not-active", refused.reason().key());
    }

    @Test
    void thePeriodEndsOnOrAfterItsStartAndTheCitationIsRequiredAndAtMost2000Characters() {
        EvaluatedPartnership partnership = partnership("ACTIVE");
        assertEquals(
                "validUntil",
                field(() -> designate(
                        partnership, request(TODAY, TODAY.minusDays(1), null), Grade.GOOD, false, List.of())));
        assertEquals(
                "validFrom",
                field(() -> designate(partnership, request(null, TODAY, null), Grade.GOOD, false, List.of())));
        Benchmark.Request blank = new Benchmark.Request(partnership.id(), TODAY, TODAY, "  ", null);
        assertEquals("citation", field(() -> designate(partnership, blank, Grade.GOOD, false, List.of())));
        Benchmark.Request tooLong = new Benchmark.Request(partnership.id(), TODAY, TODAY, "标".repeat(2001), null);
        assertEquals("citation", field(() -> designate(partnership, tooLong, Grade.GOOD, false, List.of())));
        Benchmark.Request longest = new Benchmark.Request(partnership.id(), TODAY, TODAY, "标".repeat(2000), null);
        assertEquals(
                2000,
                designate(partnership, longest, Grade.GOOD, false, List.of())
                        .citation()
                        .length());
        // A one-day period is a period.
        assertEquals(
                BenchmarkState.CURRENT,
                designate(partnership, request(TODAY, TODAY, null), Grade.GOOD, false, List.of())
                        .stateOn(TODAY));
    }

    @Test
    void periodsOfOnePartnershipDoNotOverlapNotEvenByADay() {
        EvaluatedPartnership partnership = partnership("ACTIVE");
        Benchmark first = designate(
                partnership, request(TODAY, TODAY.plusMonths(6).minusDays(1), null), Grade.GOOD, false, List.of());
        Conflict overlap = assertThrows(
                Conflict.class,
                () -> designate(
                        partnership,
                        request(TODAY.plusMonths(6).minusDays(1), TODAY.plusYears(1), null),
                        Grade.GOOD,
                        false,
                        List.of(first)));
        assertEquals("benchmark.overlap", overlap.reason().key());
        assertEquals(
                TODAY.plusMonths(6),
                designate(
                                partnership,
                                request(TODAY.plusMonths(6), TODAY.plusYears(1), null),
                                Grade.GOOD,
                                false,
                                List.of(first))
                        .validFrom());
        assertThrows(
                Conflict.class,
                () -> designate(
                        partnership,
                        request(TODAY.minusYears(1), TODAY.plusYears(2), null),
                        Grade.GOOD,
                        false,
                        List.of(first)));
    }

    @Test
    void stateAsOfADate() {
        Benchmark benchmark =
                designate(partnership("ACTIVE"), request(TODAY, TODAY.plusDays(9), null), Grade.GOOD, false, List.of());
        assertEquals(BenchmarkState.UPCOMING, benchmark.stateOn(TODAY.minusDays(1)));
        assertEquals(BenchmarkState.CURRENT, benchmark.stateOn(TODAY.plusDays(9)));
        assertEquals(BenchmarkState.PAST, benchmark.stateOn(TODAY.plusDays(10)));
    }

    static String field(Runnable refused) {
        return assertThrows(DomainException.class, refused::run).field();
    }
}
