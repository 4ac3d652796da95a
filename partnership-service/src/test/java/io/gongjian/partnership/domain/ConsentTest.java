package io.gongjian.partnership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An agreement has two sides: a draft is ACTIVE once both have agreed to it as it stands. */
class ConsentTest {

    static final LocalDate TODAY = PartnershipTest.TODAY;

    @Test
    void theDraftingSideHasAgreedAndTheOtherSidesConfirmationActivates() {
        Partnership partnership = PartnershipTest.draftBy(Optional.of(Side.UNIVERSITY));
        assertEquals(List.of(Side.UNIVERSITY), partnership.consent().agreed());
        assertEquals(List.of(Side.ENTERPRISE), partnership.consent().awaited());

        partnership.confirm(Side.ENTERPRISE, TODAY, false);

        assertEquals(PartnershipStatus.ACTIVE, partnership.status());
        assertEquals(2, partnership.version());
    }

    @Test
    void theDraftingSideCannotConfirmForTheOther() {
        Partnership partnership = PartnershipTest.draftBy(Optional.of(Side.ENTERPRISE));
        Conflict conflict = assertThrows(Conflict.class, () -> partnership.confirm(Side.ENTERPRISE, TODAY, false));
        assertEquals(List.of("UNIVERSITY"), conflict.details().get("awaitingConfirmationFrom"));
        assertEquals(PartnershipStatus.DRAFT, partnership.status());
        assertEquals(1, partnership.version());
    }

    @Test
    void aDraftOfAPlatformAdminWaitsForBothSides() {
        Partnership partnership = PartnershipTest.draftBy(Optional.empty());
        partnership.confirm(Side.ENTERPRISE, TODAY, false);
        assertEquals(PartnershipStatus.DRAFT, partnership.status());
        partnership.confirm(Side.UNIVERSITY, TODAY, false);
        assertEquals(PartnershipStatus.ACTIVE, partnership.status());
    }

    @Test
    void aChangedDraftIsAgreedOnlyByTheSideThatChangedIt() {
        Partnership partnership = PartnershipTest.draftBy(Optional.of(Side.UNIVERSITY));
        partnership.revise(
                new Agreement(
                        "对方修改后的协议",
                        LocalDate.of(2024, 3, 15),
                        new Term(LocalDate.of(2024, 3, 15), LocalDate.of(2028, 3, 14)),
                        Set.of(CoConstructionMode.CULTURE)),
                Optional.of(Side.ENTERPRISE),
                TODAY);
        assertEquals(List.of(Side.ENTERPRISE), partnership.consent().agreed());

        partnership.confirm(Side.UNIVERSITY, TODAY, false);
        assertEquals(PartnershipStatus.ACTIVE, partnership.status());
    }

    @Test
    void theConfirmationThatWouldActivateIsRefusedWhenTheSamePairIsActiveElsewhere() {
        Partnership partnership = PartnershipTest.draftBy(Optional.of(Side.UNIVERSITY));
        Conflict conflict = assertThrows(Conflict.class, () -> partnership.confirm(Side.ENTERPRISE, TODAY, true));
        assertTrue(conflict.getMessage().contains("already have an ACTIVE partnership"));
        assertEquals(PartnershipStatus.DRAFT, partnership.status());
        assertEquals(List.of(Side.ENTERPRISE), partnership.consent().awaited());
    }

    @Test
    void onlyADraftWaitsForConfirmation() {
        Partnership partnership = PartnershipTest.draftBy(Optional.of(Side.UNIVERSITY));
        partnership.apply(LifecycleCommand.ACTIVATE, TODAY, false);
        Conflict conflict = assertThrows(Conflict.class, () -> partnership.confirm(Side.ENTERPRISE, TODAY, false));
        assertEquals("ACTIVE", conflict.details().get("currentStatus"));
    }

    @Test
    void activationOnTheRecordOfASignedAgreementNeedsNoConfirmation() {
        Partnership partnership = PartnershipTest.draftBy(Optional.of(Side.UNIVERSITY));
        partnership.apply(LifecycleCommand.ACTIVATE, TODAY, false);
        assertEquals(PartnershipStatus.ACTIVE, partnership.status());
        assertTrue(partnership.consent().complete());
    }

    @Test
    void anOrganisationIsOnTheSideOfItsRoleOnly() {
        Organization university = PartnershipTest.organization(OrganizationKind.UNIVERSITY);
        Organization enterprise = PartnershipTest.organization(OrganizationKind.ENTERPRISE);
        Organization bureau = PartnershipTest.organization(OrganizationKind.GOVERNMENT);
        Partnership partnership = Partnership.draft(
                UUID.randomUUID(),
                "GJ-450200-2024-009",
                university,
                enterprise,
                List.of(bureau),
                PartnershipTest.agreement(LocalDate.of(2024, 3, 15), LocalDate.of(2027, 3, 14)),
                Optional.empty(),
                TODAY);
        assertEquals(Optional.of(Side.UNIVERSITY), partnership.sideOf(university.id()));
        assertEquals(Optional.of(Side.ENTERPRISE), partnership.sideOf(enterprise.id()));
        assertEquals(Optional.empty(), partnership.sideOf(bureau.id()));
    }
}
