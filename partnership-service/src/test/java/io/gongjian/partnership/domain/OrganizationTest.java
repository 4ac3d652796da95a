package io.gongjian.partnership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.domain.RuleViolation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static OrganizationProfile university(String region) {
        return new OrganizationProfile(
                "中共柳州职业技术大学委员会",
                OrganizationKind.UNIVERSITY,
                PartyLevel.COMMITTEE,
                "柳州职业技术大学",
                new CreditCode("12450200498600571A"),
                new RegionCode(region),
                null);
    }

    @Test
    void theCountEffectiveOnADateIsTheLatestNotAfterIt() {
        Organization organization = Organization.register(UUID.randomUUID(), university("450200"));
        organization.recordMemberCount(new MemberCount(LocalDate.of(2025, 1, 1), 1420), TODAY);
        organization.recordMemberCount(new MemberCount(LocalDate.of(2024, 1, 1), 1380), TODAY);

        assertEquals(Optional.of(1380), organization.memberCountOn(LocalDate.of(2024, 12, 31)));
        assertEquals(Optional.of(1420), organization.memberCountOn(LocalDate.of(2025, 1, 1)));
        assertEquals(Optional.of(1420), organization.memberCountOn(LocalDate.of(2026, 6, 1)));
    }

    @Test
    void beforeTheFirstCountTheEarliestKnownCountApplies() {
        Organization organization = Organization.register(UUID.randomUUID(), university("450200"));
        organization.recordMemberCount(new MemberCount(LocalDate.of(2024, 1, 1), 1380), TODAY);
        assertEquals(Optional.of(1380), organization.memberCountOn(LocalDate.of(2020, 5, 4)));
    }

    @Test
    void aSecondCountForTheSameDateReplacesTheFirstAndEachChangeBumpsTheVersion() {
        Organization organization = Organization.register(UUID.randomUUID(), university("450200"));
        organization.recordMemberCount(new MemberCount(LocalDate.of(2024, 1, 1), 1380), TODAY);
        organization.recordMemberCount(new MemberCount(LocalDate.of(2024, 1, 1), 1390), TODAY);
        assertEquals(1, organization.memberCounts().size());
        assertEquals(Optional.of(1390), organization.memberCountOn(LocalDate.of(2024, 3, 1)));
        assertEquals(3, organization.version());
    }

    @Test
    void countsAreNeverNegative() {
        assertEquals(
                "count",
                assertThrows(RuleViolation.class, () -> new MemberCount(LocalDate.of(2024, 1, 1), -1))
                        .field());
    }

    @Test
    void theKindCannotChange() {
        Organization organization = Organization.register(UUID.randomUUID(), university("450200"));
        OrganizationProfile asEnterprise = new OrganizationProfile(
                "x",
                OrganizationKind.ENTERPRISE,
                PartyLevel.BRANCH,
                "x",
                new CreditCode("914502001982294574"),
                new RegionCode("450200"),
                null);
        RuleViolation violation = assertThrows(RuleViolation.class, () -> organization.revise(asEnterprise));
        assertEquals("kind", violation.field());
        assertTrue(violation.getMessage().contains("cannot change"));
    }

    @Test
    void aCountIsKnownFromTheFoundingOfThePeoplesRepublicToToday() {
        assertEquals(
                "effectiveOn",
                assertThrows(RuleViolation.class, () -> new MemberCount(LocalDate.of(0, 1, 1), 10))
                        .field());
        assertEquals(
                "effectiveOn",
                assertThrows(RuleViolation.class, () -> new MemberCount(LocalDate.of(1949, 9, 30), 10))
                        .field());
        Organization organization = Organization.register(UUID.randomUUID(), university("450200"));
        organization.recordMemberCount(new MemberCount(LocalDate.of(1949, 10, 1), 10), TODAY);
        organization.recordMemberCount(new MemberCount(TODAY, 12), TODAY);
        RuleViolation future = assertThrows(
                RuleViolation.class,
                () -> organization.recordMemberCount(new MemberCount(TODAY.plusDays(1), 12), TODAY));
        assertEquals("effectiveOn", future.field());
        assertEquals(2, organization.memberCounts().size());
    }

    @Test
    void theRegisterShowsNameKindLevelAndRegionOnly() {
        Organization organization = Organization.register(UUID.randomUUID(), university("450200"));
        assertEquals(
                new RegisterEntry(
                        organization.id(),
                        "中共柳州职业技术大学委员会",
                        OrganizationKind.UNIVERSITY,
                        PartyLevel.COMMITTEE,
                        new RegionCode("450200")),
                organization.registerEntry());
    }

    @Test
    void aSchoolCodeHasTenDigitsAndBelongsToAUniversityOnly() {
        assertEquals("4145010361", SchoolCode.ofNullable(" 4145010361 ").value());
        assertNull(SchoolCode.ofNullable(" "));
        for (String bad : new String[] {"414501036", "41450103610", "414501036A"}) {
            assertEquals(
                    "schoolCode",
                    assertThrows(RuleViolation.class, () -> new SchoolCode(bad)).field());
        }
        RuleViolation violation = assertThrows(
                RuleViolation.class,
                () -> new OrganizationProfile(
                        "x",
                        OrganizationKind.ENTERPRISE,
                        PartyLevel.BRANCH,
                        "x",
                        new CreditCode("914502001982294574"),
                        new RegionCode("450200"),
                        new SchoolCode("4145010361")));
        assertEquals("schoolCode", violation.field());
    }
}
