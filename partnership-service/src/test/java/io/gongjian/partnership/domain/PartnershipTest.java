package io.gongjian.partnership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartnershipTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    static Organization organization(OrganizationKind kind) {
        return Organization.register(
                UUID.randomUUID(),
                new OrganizationProfile(
                        kind.name(),
                        kind,
                        PartyLevel.COMMITTEE,
                        kind.name(),
                        new CreditCode("12450200498600571A"),
                        new RegionCode("450200"),
                        null));
    }

    static Agreement agreement(LocalDate start, LocalDate end) {
        return new Agreement("柳州职业技术大学 × 广西汽车集团", start, new Term(start, end), Set.of(CoConstructionMode.TALENT));
    }

    static Partnership draft() {
        return draftBy(Optional.empty());
    }

    /** Drafted by the admin of {@code side}, or by a platform admin. */
    static Partnership draftBy(Optional<Side> side) {
        return Partnership.draft(
                UUID.randomUUID(),
                "GJ-450200-2024-001",
                organization(OrganizationKind.UNIVERSITY),
                organization(OrganizationKind.ENTERPRISE),
                List.of(),
                agreement(LocalDate.of(2024, 3, 15), LocalDate.of(2027, 3, 14)),
                side,
                TODAY);
    }

    @Test
    void walksTheWholeLifecycle() {
        Partnership partnership = draft();
        assertEquals(PartnershipStatus.DRAFT, partnership.status());
        partnership.apply(LifecycleCommand.ACTIVATE, TODAY, false);
        partnership.apply(LifecycleCommand.SUSPEND, TODAY, false);
        partnership.apply(LifecycleCommand.RESUME, TODAY, false);
        partnership.apply(LifecycleCommand.TERMINATE, TODAY, false);
        assertEquals(PartnershipStatus.TERMINATED, partnership.status());
        assertEquals(5, partnership.version());
    }

    @ParameterizedTest
    @CsvSource({"SUSPEND, DRAFT, activate", "RESUME, DRAFT, activate", "TERMINATE, DRAFT, activate"})
    void refusesIllegalTransitionsNamingTheStatusAndTheAllowedCommands(
            LifecycleCommand command, PartnershipStatus status, String allowed) {
        Partnership partnership = draft();
        Conflict conflict = assertThrows(Conflict.class, () -> partnership.apply(command, TODAY, false));
        assertEquals(status.name(), conflict.details().get("currentStatus"));
        assertEquals(List.of(allowed), conflict.details().get("allowedCommands"));
        assertEquals(PartnershipStatus.DRAFT, partnership.status());
        assertEquals(1, partnership.version());
    }

    @Test
    void aTerminatedPartnershipAcceptsNothingMore() {
        Partnership partnership = draft();
        partnership.apply(LifecycleCommand.ACTIVATE, TODAY, false);
        partnership.apply(LifecycleCommand.TERMINATE, TODAY, false);
        Conflict conflict =
                assertThrows(Conflict.class, () -> partnership.apply(LifecycleCommand.RESUME, TODAY, false));
        assertEquals(List.of(), conflict.details().get("allowedCommands"));
        assertThrows(Conflict.class, () -> partnership.setTargets(Map.of(), Optional.empty()));
    }

    @Test
    void aSecondActivePartnershipBetweenTheSameTwoOrganisationsIsRefused() {
        Partnership partnership = draft();
        Conflict conflict =
                assertThrows(Conflict.class, () -> partnership.apply(LifecycleCommand.ACTIVATE, TODAY, true));
        assertTrue(conflict.getMessage().contains("already have an ACTIVE partnership"));
    }

    @Test
    void expiresTheDayAfterTheTermEndsAndNotBefore() {
        Partnership partnership = draft();
        partnership.apply(LifecycleCommand.ACTIVATE, TODAY, false);
        assertFalse(partnership.expireIfTermEnded(LocalDate.of(2027, 3, 14)));
        assertTrue(partnership.expireIfTermEnded(LocalDate.of(2027, 3, 15)));
        assertEquals(PartnershipStatus.EXPIRED, partnership.status());
    }

    @Test
    void cannotBeActivatedOnceItsTermHasEnded() {
        Partnership partnership = draft();
        Conflict conflict = assertThrows(
                Conflict.class, () -> partnership.apply(LifecycleCommand.ACTIVATE, LocalDate.of(2027, 3, 15), false));
        assertEquals("term.end", conflict.field());
    }

    @Test
    void thePartiesMustBeOfTheKindTheirRoleSays() {
        RuleViolation violation = assertThrows(
                RuleViolation.class,
                () -> Partnership.draft(
                        UUID.randomUUID(),
                        "GJ-450200-2024-002",
                        organization(OrganizationKind.ENTERPRISE),
                        organization(OrganizationKind.ENTERPRISE),
                        List.of(),
                        agreement(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)),
                        Optional.empty(),
                        TODAY));
        assertEquals("universityOrganizationId", violation.field());
    }

    @Test
    void theTermStartsNoLaterThanItEnds() {
        RuleViolation violation =
                assertThrows(RuleViolation.class, () -> new Term(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)));
        assertEquals("term.end", violation.field());
    }

    @Test
    void targetsAreNeverNegative() {
        Partnership partnership = draft();
        RuleViolation violation = assertThrows(
                RuleViolation.class,
                () -> partnership.setTargets(
                        Map.of(VolumeIndicator.RES_TALENT_EXCHANGES, new BigDecimal("-1")), Optional.empty()));
        assertEquals("targets.RES_TALENT_EXCHANGES", violation.field());
    }

    @Test
    void targetsExistOnlyForVolumeIndicators() {
        RuleViolation violation =
                assertThrows(RuleViolation.class, () -> VolumeIndicator.fromCode("ORG_PARTICIPATION"));
        assertEquals("targets.ORG_PARTICIPATION", violation.field());
    }
}
