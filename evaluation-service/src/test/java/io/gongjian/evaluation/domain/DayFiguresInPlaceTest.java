package io.gongjian.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.evaluation.domain.weights.WeightScheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A day moved in place by one activity or exchange (issue 16) is the day folded again from its records: the same
 * counts, the same participation sum to the last digit, the same records in the same order.
 */
class DayFiguresInPlaceTest {

    private static final LocalDate DAY = LocalDate.parse("2026-05-20");
    private static final MemberCounts UNIVERSITY = new MemberCounts(List.of(
            new MemberCounts.Entry(LocalDate.parse("2020-01-01"), 37),
            new MemberCounts.Entry(LocalDate.parse("2026-05-20"), 41)));
    private static final MemberCounts ENTERPRISE =
            new MemberCounts(List.of(new MemberCounts.Entry(LocalDate.parse("2021-03-01"), 13)));

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aDayMovedByOneRecordAtATimeIsTheDayFoldedFromItsRecords(long seed) {
        Random random = new Random(seed);
        List<Facts.Activity> activities = new ArrayList<>();
        List<Facts.Exchange> exchanges = new ArrayList<>();
        DayFigures moved = DayFigures.NONE;
        for (int i = 0; i < 40; i++) {
            // Shares that do not divide evenly, some above 1 (capped), some records taken out again.
            Facts.Activity activity = new Facts.Activity(UUID.randomUUID(), DAY, random.nextInt(60), random.nextInt(9));
            activities.add(activity);
            moved = moved.withActivity(activity, UNIVERSITY, ENTERPRISE, 1);
            Facts.Exchange exchange = new Facts.Exchange(UUID.randomUUID(), DAY, 1 + random.nextInt(30));
            exchanges.add(exchange);
            moved = moved.withExchange(exchange, 1);
            if (random.nextInt(4) == 0) {
                Facts.Activity out = activities.remove(random.nextInt(activities.size()));
                moved = moved.withActivity(out, UNIVERSITY, ENTERPRISE, -1);
                Facts.Exchange gone = exchanges.remove(random.nextInt(exchanges.size()));
                moved = moved.withExchange(gone, -1);
            }
        }

        NavigableMap<LocalDate, DayFigures> folded = DayFigures.fold(new Facts(
                UNIVERSITY,
                ENTERPRISE,
                Map.of(),
                activities.stream()
                        .sorted((a, b) -> DayFigures.STORED_ORDER.compare(a.id(), b.id()))
                        .toList(),
                exchanges.stream()
                        .sorted((a, b) -> DayFigures.STORED_ORDER.compare(a.id(), b.id()))
                        .toList(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of()));
        DayFigures fresh = folded.get(DAY);

        assertEquals(fresh.activities(), moved.activities());
        assertEquals(fresh.participations(), moved.participations());
        assertEquals(0, fresh.participationShares().compareTo(moved.participationShares()), "participation sum");
        assertEquals(fresh.exchanges(), moved.exchanges());
        assertEquals(fresh.exchangeHeadcount(), moved.exchangeHeadcount());
        for (Indicator indicator : Indicator.values()) {
            assertEquals(fresh.recordsOf(indicator, DAY), moved.recordsOf(indicator, DAY), indicator.name());
        }
        Window window = new Window(DAY, 365);
        Scorecard expected = Scorecard.compute(window, fresh, Map.of(), WeightScheme.defaultScheme());
        Scorecard actual = Scorecard.compute(window, moved, Map.of(), WeightScheme.defaultScheme());
        assertEquals(0, expected.composite().compareTo(actual.composite()), "the composite");
        for (Indicator indicator : Indicator.values()) {
            BigDecimal raw = expected.indicator(indicator).raw();
            BigDecimal movedRaw = actual.indicator(indicator).raw();
            assertTrue(raw == null ? movedRaw == null : raw.compareTo(movedRaw) == 0, indicator.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"activity", "exchange"})
    void aDayWhoseLastRecordLeftCountsNothing(String kind) {
        Facts.Activity activity = new Facts.Activity(UUID.randomUUID(), DAY, 3, 2);
        Facts.Exchange exchange = new Facts.Exchange(UUID.randomUUID(), DAY, 12);
        DayFigures emptied = kind.equals("activity")
                ? DayFigures.NONE
                        .withActivity(activity, UNIVERSITY, ENTERPRISE, 1)
                        .withActivity(activity, UNIVERSITY, ENTERPRISE, -1)
                : DayFigures.NONE.withExchange(exchange, 1).withExchange(exchange, -1);
        assertTrue(emptied.countsNothing());
    }
}
