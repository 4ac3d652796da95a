package io.gongjian.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What counts from the read model: revoked records and withdrawn inputs do not; amended ones with what they say now. */
class FactSheetTest {

    static final LocalDate D = LocalDate.of(2026, 6, 30);
    static final Window YEAR = new Window(D, 365);

    final EvaluatedPartnership partnership = new EvaluatedPartnership(
            UUID.randomUUID(),
            1,
            "GJ-450200-2026-001",
            "t",
            "ACTIVE",
            "450200",
            UUID.randomUUID(),
            UUID.randomUUID(),
            List.of(),
            Map.of());
    final MemberCounts twenty = new MemberCounts(List.of(new MemberCounts.Entry(LocalDate.of(2020, 1, 1), 20)));
    final MemberCounts ten = new MemberCounts(List.of(new MemberCounts.Entry(LocalDate.of(2020, 1, 1), 10)));

    @Test
    void aRevokedRecordCountsNowhere() {
        UUID kept = UUID.randomUUID();
        Facts facts = FactSheet.assemble(
                partnership,
                twenty,
                ten,
                List.of(
                        RecordFact.activity(kept, partnership.id(), 1, false, D, 6, 3),
                        RecordFact.activity(UUID.randomUUID(), partnership.id(), 2, true, D, 30, 10)),
                List.of());

        Measure participation = Indicator.ORG_PARTICIPATION.measure(YEAR, facts);
        assertEquals(0, new BigDecimal("0.3").compareTo(participation.raw()));
        assertEquals(List.of(kept), participation.recordIds());
        assertEquals(
                0,
                BigDecimal.ONE.compareTo(
                        Indicator.ORG_ACTIVITY_FREQUENCY.measure(YEAR, facts).raw()));
    }

    @Test
    void anAmendedRecordCountsWithWhatItSaysNow() {
        UUID exchange = UUID.randomUUID();
        // The read model keeps the latest version of each record only; its content is what counts.
        Facts facts = FactSheet.assemble(
                partnership,
                twenty,
                ten,
                List.of(RecordFact.exchange(exchange, partnership.id(), 3, false, D.minusDays(400), 12)),
                List.of());

        // Moved out of the window by the amendment: it no longer counts in it.
        assertEquals(
                0,
                BigDecimal.ZERO.compareTo(
                        Indicator.RES_TALENT_EXCHANGES.measure(YEAR, facts).raw()));
    }

    @Test
    void aWithdrawnInputCountsNowhere() {
        EvaluatorInput<AssessmentDetails> withdrawn = EvaluatorInput.record(
                UUID.randomUUID(),
                partnership.id(),
                new AssessmentDetails(Facts.AssessmentKind.ORG_CONSTRUCTION, new BigDecimal("95"), D, null));
        withdrawn.close("entered twice");
        EvaluatorInput<AssessmentDetails> kept = EvaluatorInput.restore(
                UUID.randomUUID(),
                partnership.id(),
                new AssessmentDetails(
                        Facts.AssessmentKind.ORG_CONSTRUCTION, new BigDecimal("70"), D.minusDays(3), null),
                InputStatus.ACTIVE,
                null,
                1,
                7);

        Facts facts = FactSheet.assemble(partnership, twenty, ten, List.of(), List.of(withdrawn, kept));

        Measure construction = Indicator.ORG_CONSTRUCTION_SCORE.measure(YEAR, facts);
        assertEquals(0, new BigDecimal("70").compareTo(construction.raw()));
        assertEquals(List.of(kept.id()), construction.recordIds());
    }
}
