package io.gongjian.partnership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values that a database would overflow, mangle or refuse are refused first, naming the field. */
class PlausibleInputTest {

    static final LocalDate TODAY = PartnershipTest.TODAY;

    @Test
    void agreementDatesLieBetweenTheFoundingOfThePeoplesRepublicAndToday() {
        assertField(
                "signedOn",
                () -> new Agreement(
                        "零年签约",
                        LocalDate.of(0, 1, 1),
                        new Term(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1)),
                        Set.of(CoConstructionMode.TALENT)));
        assertField("term.start", () -> new Term(LocalDate.of(1900, 1, 1), LocalDate.of(1950, 1, 1)));
        assertField("term.end", () -> new Term(LocalDate.of(2024, 1, 1), LocalDate.of(2054, 1, 2)));
        Partnership partnership = PartnershipTest.draft();
        Agreement signedTomorrow = new Agreement(
                "明天签约", TODAY.plusDays(1), new Term(TODAY, TODAY.plusYears(3)), Set.of(CoConstructionMode.TALENT));
        assertField("signedOn", () -> partnership.revise(signedTomorrow, Optional.empty(), TODAY));
        assertEquals(1, partnership.version());
    }

    @Test
    void keyProjectsAreDueWithinTheTerm() {
        Partnership partnership = PartnershipTest.draft();
        assertField("dueOn", () -> project(LocalDate.of(0, 12, 31)));
        assertField("dueOn", () -> partnership.addKeyProject(project(LocalDate.of(2027, 3, 15)), Optional.empty()));
        partnership.addKeyProject(project(LocalDate.of(2027, 3, 14)), Optional.empty());
        assertEquals(1, partnership.keyProjects().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000000", "1e308", "0.001"})
    void targetsFitTheirColumn(String target) {
        Partnership partnership = PartnershipTest.draft();
        assertField(
                "targets.RES_TALENT_EXCHANGES",
                () -> partnership.setTargets(
                        Map.of(VolumeIndicator.RES_TALENT_EXCHANGES, new BigDecimal(target)), Optional.empty()));
    }

    @Test
    void theLargestTargetStillFits() {
        Partnership partnership = PartnershipTest.draft();
        partnership.setTargets(
                Map.of(VolumeIndicator.SOC_ECONOMIC_CONTRIBUTION, new BigDecimal("999999999999.99")),
                Optional.of(Side.UNIVERSITY));
        assertEquals(2, partnership.version());
    }

    @Test
    void textsCarryNoControlCharacters() {
        RuleViolation violation = assertField(
                "title",
                () -> new Agreement(
                        "共建\u0000协议",
                        LocalDate.of(2024, 1, 1),
                        new Term(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)),
                        Set.of(CoConstructionMode.TALENT)));
        assertTrue(violation.getMessage().contains("U+0000"), violation.getMessage());
        assertField("q", () -> Texts.printable("q", "abc\u0000"));
        assertEquals("第一行\n第二行\t", Texts.printable("q", "第一行\n第二行\t"));
    }

    private static KeyProject project(LocalDate dueOn) {
        return new KeyProject(UUID.randomUUID(), "联合实验室", CoConstructionMode.INNOVATION, Side.JOINT, dueOn, null);
    }

    private static RuleViolation assertField(String field, Runnable action) {
        RuleViolation violation = assertThrows(RuleViolation.class, action::run);
        assertEquals(field, violation.field(), violation.getMessage());
        return violation;
    }
}
