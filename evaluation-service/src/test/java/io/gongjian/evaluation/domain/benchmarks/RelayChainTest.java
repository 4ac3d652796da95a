package io.gongjian.evaluation.domain.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.Grade;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RelayChainTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-04T10:00:00+08:00");

    final EvaluatedPartnership first = BenchmarkTest.partnership("ACTIVE");
    final EvaluatedPartnership second = BenchmarkTest.partnership("ACTIVE");
    final EvaluatedPartnership third = BenchmarkTest.partnership("ACTIVE");
    final Benchmark benchmark = Benchmark.designate(
            UUID.randomUUID(),
            new Benchmark.Request(first.id(), BenchmarkTest.TODAY, BenchmarkTest.TODAY.plusYears(1), "示范", null),
            first,
            Grade.GOOD,
            BenchmarkTest.TODAY,
            false,
            "gx-bureau",
            List.of());

    Relay relay(RelayChain chain, UUID activityOf, EvaluatedPartnership next) {
        return chain.next(
                UUID.randomUUID(), Optional.of(activityOf), next.id(), Optional.of(next), null, "gx-bureau", AT);
    }

    @Test
    void theBenchmarkHostsFirstThenEachRelaysNextHost() {
        List<Relay> relays = new ArrayList<>();
        RelayChain chain = new RelayChain(benchmark, relays);
        assertEquals(first.id(), chain.currentHost());

        Relay one = relay(chain, first.id(), second);
        assertEquals(1, one.sequence());
        assertEquals(first.id(), one.hostPartnershipId());
        relays.add(one);
        chain = new RelayChain(benchmark, relays);
        assertEquals(second.id(), chain.currentHost());

        Relay two = relay(chain, second.id(), first);
        assertEquals(2, two.sequence());
        assertEquals(second.id(), two.hostPartnershipId());
        relays.add(two);
        assertEquals(first.id(), new RelayChain(benchmark, relays).currentHost());
    }

    @Test
    void theShowcaseIsAKnownActivityOfTheCurrentHost() {
        RelayChain chain = new RelayChain(benchmark, List.of());
        RuleViolation unknown = assertThrows(
                RuleViolation.class,
                () -> chain.next(
                        UUID.randomUUID(), Optional.empty(), second.id(), Optional.of(second), null, "gx-bureau", AT));
        assertEquals("activityId", unknown.field());
        assertEquals("benchmark.activity-unknown", unknown.reason().key());
        RuleViolation another = assertThrows(RuleViolation.class, () -> relay(chain, third.id(), second));
        assertEquals("activityId", another.field());
        assertEquals("benchmark.activity-not-of-host", another.reason().key());
    }

    @Test
    void anActivityOfAFormerHostMeansTheChainMovedOn() {
        RelayChain chain =
                new RelayChain(benchmark, List.of(relay(new RelayChain(benchmark, List.of()), first.id(), second)));
        Conflict moved = assertThrows(Conflict.class, () -> relay(chain, first.id(), third));
        assertEquals("activityId", moved.field());
        assertEquals("benchmark.host-handed-on", moved.reason().key());
        assertEquals(
                List.of("1", second.id().toString()),
                moved.reason().arguments().subList(1, 3).stream()
                        .map(String::valueOf)
                        .toList());
    }

    @Test
    void theNextHostIsAnotherActivePartnershipInScope() {
        RelayChain chain = new RelayChain(benchmark, List.of());
        RuleViolation same = assertThrows(RuleViolation.class, () -> relay(chain, first.id(), first));
        assertEquals("nextPartnershipId", same.field());
        assertEquals("benchmark.next-host-same", same.reason().key());
        RuleViolation suspended = assertThrows(
                RuleViolation.class, () -> relay(chain, first.id(), BenchmarkTest.partnership("SUSPENDED")));
        assertEquals("nextPartnershipId", suspended.field());
        assertEquals("benchmark.next-host-not-active", suspended.reason().key());
        RuleViolation outOfScope = assertThrows(
                RuleViolation.class,
                () -> chain.next(
                        UUID.randomUUID(),
                        Optional.of(first.id()),
                        third.id(),
                        Optional.empty(),
                        null,
                        "gx-bureau",
                        AT));
        assertEquals("nextPartnershipId", outOfScope.field());
        RuleViolation missing = assertThrows(
                RuleViolation.class,
                () -> chain.next(
                        UUID.randomUUID(), Optional.of(first.id()), null, Optional.empty(), null, "gx-bureau", AT));
        assertEquals("nextPartnershipId", missing.field());
        assertEquals(
                "note",
                assertThrows(
                                RuleViolation.class,
                                () -> chain.next(
                                        UUID.randomUUID(),
                                        Optional.of(first.id()),
                                        second.id(),
                                        Optional.of(second),
                                        "x".repeat(1001),
                                        "gx-bureau",
                                        AT))
                        .field());
    }
}
