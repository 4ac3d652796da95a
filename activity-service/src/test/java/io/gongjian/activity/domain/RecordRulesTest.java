package io.gongjian.activity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import io.gongjian.records.domain.VersionedRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    static PartnershipView partnership(String status) {
        return new PartnershipView(
                UUID.randomUUID(),
                3,
                status,
                "450200",
                LocalDate.of(2024, 3, 15),
                LocalDate.of(2027, 3, 14),
                UUID.randomUUID(),
                UUID.randomUUID(),
                List.of());
    }

    static ActivityDetails activity(
            LocalDate occurredOn, int university, int enterprise, int attendance, List<String> links) {
        return new ActivityDetails(
                ActivityType.JOINT_STUDY,
                CoConstructionMode.IDEOLOGY,
                "联学",
                occurredOn,
                "柳州",
                Side.JOINT,
                university,
                enterprise,
                attendance,
                links,
                null);
    }

    @Test
    void partyMembersOfASideNeverExceedTheAttendance() {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> activity(TODAY, 31, 0, 30, List.of()));
        assertEquals("universityPartyMembers", violation.field());
        assertEquals(
                "enterprisePartyMembers",
                assertThrows(RuleViolation.class, () -> activity(TODAY, 0, 31, 30, List.of()))
                        .field());
        assertEquals(
                "universityPartyMembers",
                assertThrows(RuleViolation.class, () -> activity(TODAY, -1, 0, 30, List.of()))
                        .field());
    }

    @Test
    void evidenceLinksAreHttpLinks() {
        activity(TODAY, 1, 1, 2, List.of("https://example.cn/minutes.pdf", "http://example.cn/photo.jpg"));
        RuleViolation violation = assertThrows(
                RuleViolation.class,
                () -> activity(TODAY, 1, 1, 2, List.of("https://example.cn/a", "ftp://example.cn/b")));
        assertEquals("evidenceLinks[1]", violation.field());
        assertEquals(
                "evidenceLinks[0]",
                assertThrows(RuleViolation.class, () -> activity(TODAY, 1, 1, 2, List.of("minutes.pdf")))
                        .field());
    }

    @Test
    void aHeadcountIsAtLeastOneAndAnOutputValueNeverNegative() {
        assertEquals(
                "headcount",
                assertThrows(
                                RuleViolation.class,
                                () -> new ExchangeDetails(
                                        ExchangeType.INTERNSHIP,
                                        ExchangeDirection.UNIVERSITY_TO_ENTERPRISE,
                                        TODAY,
                                        0,
                                        null,
                                        null))
                        .field());
        assertEquals(
                "outputValue",
                assertThrows(
                                RuleViolation.class,
                                () -> new ConversionDetails(
                                        UUID.randomUUID(),
                                        TODAY,
                                        ConversionForm.LICENSE,
                                        new BigDecimal("-0.01"),
                                        0,
                                        null))
                        .field());
        assertEquals(
                "jobsCreated",
                assertThrows(
                                RuleViolation.class,
                                () -> new ConversionDetails(
                                        UUID.randomUUID(), TODAY, ConversionForm.LICENSE, BigDecimal.ZERO, -1, null))
                        .field());
        for (String income : List.of("-0.01", "1000000.0001", "0.00001")) {
            assertEquals(
                    "universityIncome",
                    assertThrows(
                                    RuleViolation.class,
                                    () -> new ConversionDetails(
                                            UUID.randomUUID(),
                                            TODAY,
                                            ConversionForm.SERVICE,
                                            BigDecimal.ONE,
                                            0,
                                            new BigDecimal(income)))
                            .field());
        }
    }

    @Test
    void recordsAreLoggedForActivePartnershipsOnly() {
        Conflict conflict = assertThrows(
                Conflict.class,
                () -> RecordingRules.check(partnership("SUSPENDED"), activity(TODAY, 1, 1, 2, List.of()), TODAY));
        assertEquals("SUSPENDED", conflict.details().get("partnershipStatus"));
    }

    @Test
    void theBusinessDateIsNotInTheFutureAndWithinTheTerm() {
        PartnershipView active = partnership("ACTIVE");
        RecordingRules.check(active, activity(TODAY, 1, 1, 2, List.of()), TODAY);
        RecordingRules.check(active, activity(LocalDate.of(2024, 3, 15), 1, 1, 2, List.of()), TODAY);
        RuleViolation future = assertThrows(
                RuleViolation.class,
                () -> RecordingRules.check(active, activity(TODAY.plusDays(1), 1, 1, 2, List.of()), TODAY));
        assertEquals("occurredOn", future.field());
        assertTrue(future.getMessage().contains("after today"));
        RuleViolation beforeTerm = assertThrows(
                RuleViolation.class,
                () -> RecordingRules.check(active, activity(LocalDate.of(2024, 3, 14), 1, 1, 2, List.of()), TODAY));
        assertTrue(beforeTerm.getMessage().contains("outside the partnership's term"));
    }

    @Test
    void aRevokedRecordStaysReadableAndCannotBeAmended() {
        VersionedRecord<ActivityDetails> record =
                VersionedRecord.create(UUID.randomUUID(), UUID.randomUUID(), null, activity(TODAY, 1, 1, 2, List.of()));
        record.amend(activity(TODAY, 2, 1, 3, List.of()));
        assertEquals(2, record.version());
        assertEquals(
                "reason",
                assertThrows(RuleViolation.class, () -> record.close(" ")).field());
        record.close("duplicate of an earlier entry");
        assertEquals(RecordStatus.REVOKED.name(), record.status());
        assertEquals("duplicate of an earlier entry", record.closingReason());
        assertEquals(3, record.version());
        assertThrows(Conflict.class, () -> record.amend(activity(TODAY, 1, 1, 2, List.of())));
        assertThrows(Conflict.class, () -> record.close("again"));
    }

    /** commons' PlausibleDates: nothing the parties log predates 1949-10-01 (issue 11). */
    @Test
    void noBusinessDateBeforeThePeoplesRepublic() {
        LocalDate before = LocalDate.of(1949, 9, 30);
        assertEquals(
                "occurredOn",
                assertThrows(RuleViolation.class, () -> activity(before, 1, 1, 2, List.of()))
                        .field());
        assertEquals(
                "occurredOn",
                assertThrows(
                                RuleViolation.class,
                                () -> new ExchangeDetails(
                                        ExchangeType.INTERNSHIP,
                                        ExchangeDirection.UNIVERSITY_TO_ENTERPRISE,
                                        before,
                                        3,
                                        null,
                                        null))
                        .field());
        assertEquals(
                "registeredOn",
                assertThrows(
                                RuleViolation.class,
                                () -> new AchievementDetails(AchievementType.AWARD, "奖", before, null, null))
                        .field());
        assertEquals(
                "convertedOn",
                assertThrows(RuleViolation.class, () -> conversion(before, "1", 0))
                        .field());
        activity(LocalDate.of(1949, 10, 1), 1, 1, 2, List.of());
    }

    /** Caps that keep every record's event deliverable, each refused naming its field (docs/domain.md, "Limits"). */
    @Test
    void everyListTextAndAmountHasABoundNamingTheField() {
        String link = "https://dangjian.example.cn/minutes.pdf";
        activity(TODAY, 1, 1, Limits.PEOPLE, java.util.Collections.nCopies(Limits.EVIDENCE_LINKS, link));
        assertEquals(
                "evidenceLinks",
                assertThrows(
                                RuleViolation.class,
                                () -> activity(
                                        TODAY, 1, 1, 2, java.util.Collections.nCopies(Limits.EVIDENCE_LINKS + 1, link)))
                        .field());
        assertEquals(
                "evidenceLinks[1]",
                assertThrows(
                                RuleViolation.class,
                                () -> activity(
                                        TODAY,
                                        1,
                                        1,
                                        2,
                                        List.of(link, "https://dangjian.example.cn/" + "x".repeat(Limits.LINK))))
                        .field());
        assertEquals(
                "attendance",
                assertThrows(RuleViolation.class, () -> activity(TODAY, 1, 1, Limits.PEOPLE + 1, List.of()))
                        .field());
        assertEquals(
                "headcount",
                assertThrows(
                                RuleViolation.class,
                                () -> new ExchangeDetails(
                                        ExchangeType.INTERNSHIP,
                                        ExchangeDirection.UNIVERSITY_TO_ENTERPRISE,
                                        TODAY,
                                        Limits.PEOPLE + 1,
                                        null,
                                        null))
                        .field());
        assertEquals(
                "title",
                assertThrows(
                                RuleViolation.class,
                                () -> new AchievementDetails(
                                        AchievementType.AWARD, "奖".repeat(Limits.TITLE + 1), TODAY, null, null))
                        .field());
        assertEquals(
                "description",
                assertThrows(
                                RuleViolation.class,
                                () -> new AchievementDetails(
                                        AchievementType.AWARD, "奖", TODAY, "述".repeat(Limits.DESCRIPTION + 1), null))
                        .field());
        new AchievementDetails(AchievementType.TEACHING_RESOURCE, "课", TODAY, null, TeachingResourceKind.COURSE);
        new AchievementDetails(AchievementType.TEACHING_RESOURCE, "课", TODAY, null, null);
        assertEquals(
                "resourceKind",
                assertThrows(
                                RuleViolation.class,
                                () -> new AchievementDetails(
                                        AchievementType.AWARD, "奖", TODAY, null, TeachingResourceKind.COURSE))
                        .field());
        conversion(TODAY, Limits.OUTPUT_VALUE, Limits.JOBS);
        conversion(TODAY, "0.0001", 0);
        for (String outputValue : List.of("1000000.0001", "1E+308", "0.00001")) {
            assertEquals(
                    "outputValue",
                    assertThrows(RuleViolation.class, () -> conversion(TODAY, outputValue, 0))
                            .field());
        }
        assertEquals(
                "jobsCreated",
                assertThrows(RuleViolation.class, () -> conversion(TODAY, "1", Limits.JOBS + 1))
                        .field());
    }

    @Test
    void aConversionRevokedWithItsOutputSaysSoWithinTheLongestReason() {
        assertEquals("成果已撤销: 专利被宣告无效", AchievementDetails.reasonForConversions("专利被宣告无效"));
        String longest = AchievementDetails.reasonForConversions("因".repeat(VersionedRecord.MAX_REASON));
        assertEquals(VersionedRecord.MAX_REASON, longest.length());
        assertTrue(longest.startsWith("成果已撤销: ") && longest.endsWith("…"));
    }

    private static ConversionDetails conversion(LocalDate convertedOn, String outputValue, int jobs) {
        return new ConversionDetails(
                UUID.randomUUID(), convertedOn, ConversionForm.LICENSE, new BigDecimal(outputValue), jobs, null);
    }
}
