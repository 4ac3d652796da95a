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
            Map.of(),
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2030, 12, 31));
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
                        RecordFact.activity(kept, partnership.id(), 1, false, D, 6, 3, "SITE_VISIT", "现场观摩", 14),
                        RecordFact.activity(
                                UUID.randomUUID(), partnership.id(), 2, true, D, 30, 10, "SYMPOSIUM", "研讨会", 45)),
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
                List.of(RecordFact.exchange(exchange, partnership.id(), 3, false, D.minusDays(400), "INTERNSHIP", 12)),
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
                null,
                new AssessmentDetails(Facts.AssessmentKind.ORG_CONSTRUCTION, new BigDecimal("95"), D, null));
        withdrawn.close("entered twice");
        EvaluatorInput<AssessmentDetails> kept = EvaluatorInput.restore(
                UUID.randomUUID(),
                partnership.id(),
                null,
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

    @Test
    void theConversionsOfARevokedOutputCountNowhereWhateverTheirOwnEventsSay() {
        UUID revokedOutput = UUID.randomUUID();
        UUID liveOutput = UUID.randomUUID();
        UUID counted = UUID.randomUUID();
        Facts facts = FactSheet.assemble(
                partnership,
                twenty,
                ten,
                List.of(
                        // Revoked; its conversion's own revocation has not arrived (or arrived out of order).
                        RecordFact.achievement(
                                revokedOutput, partnership.id(), 2, true, D.minusDays(30), "RESEARCH_OUTPUT", null),
                        RecordFact.conversion(
                                UUID.randomUUID(),
                                partnership.id(),
                                1,
                                false,
                                D.minusDays(10),
                                revokedOutput,
                                new BigDecimal("250"),
                                null),
                        // Registered before the window: its conversion in the window still counts.
                        RecordFact.achievement(
                                liveOutput, partnership.id(), 1, false, D.minusDays(500), "RESEARCH_OUTPUT", null),
                        RecordFact.conversion(
                                counted,
                                partnership.id(),
                                1,
                                false,
                                D.minusDays(5),
                                liveOutput,
                                new BigDecimal("40"),
                                null),
                        // An achievement not (yet) known: its conversion waits for it.
                        RecordFact.conversion(
                                UUID.randomUUID(),
                                partnership.id(),
                                1,
                                false,
                                D.minusDays(5),
                                UUID.randomUUID(),
                                new BigDecimal("7"),
                                null)),
                List.of());

        Measure contribution = Indicator.SOC_ECONOMIC_CONTRIBUTION.measure(YEAR, facts);
        assertEquals(0, new BigDecimal("40").compareTo(contribution.raw()));
        assertEquals(List.of(counted), contribution.recordIds());
        // The revoked output is no output at all; the live one lies before the window.
        assertEquals(false, Indicator.INN_CONVERSION_RATE.measure(YEAR, facts).available());
    }
}
