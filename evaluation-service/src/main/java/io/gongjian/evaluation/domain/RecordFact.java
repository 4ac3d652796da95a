package io.gongjian.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What one activity, exchange, achievement or conversion contributes to the indicators, in its latest version.
 * A revoked record is kept (so that an older version arriving late cannot bring it back) and counts no more.
 *
 * @param businessDate occurredOn, registeredOn or convertedOn
 * @param achievementType achievements: RESEARCH_PROJECT, RESEARCH_OUTPUT, TEACHING_RESOURCE, …
 * @param achievementId conversions: the achievement converted
 * @param outputValue conversions: new output value in 10k CNY
 * @param exchangeType exchanges: INTERNSHIP, ORDER_CLASS, … (the national data table counts some apart)
 * @param resourceKind teaching resources: COURSE, TEXTBOOK, … when given
 * @param universityIncome conversions: what the university side received, 10k CNY, when given
 * @param activityType activities: SITE_VISIT, SYMPOSIUM, THEME_PARTY_DAY, … (what a benchmark's relay shows; the
 *     indicators do not read it); {@code null} when stored before it was kept (V11) or not loaded (scoring)
 * @param title activities: the title, likewise
 * @param attendance activities: how many attended, likewise
 */
public record RecordFact(
        UUID id,
        FactKind kind,
        UUID partnershipId,
        long version,
        boolean revoked,
        LocalDate businessDate,
        String achievementType,
        UUID achievementId,
        int universityPartyMembers,
        int enterprisePartyMembers,
        int headcount,
        BigDecimal outputValue,
        String exchangeType,
        String resourceKind,
        BigDecimal universityIncome,
        String activityType,
        String title,
        Integer attendance) {

    /** An activity as the indicators count it. */
    public Facts.Activity asActivity() {
        return new Facts.Activity(id, businessDate, universityPartyMembers, enterprisePartyMembers);
    }

    /** An exchange as the indicators count it. */
    public Facts.Exchange asExchange() {
        return new Facts.Exchange(id, businessDate, headcount);
    }

    public static RecordFact activity(
            UUID id,
            UUID partnershipId,
            long version,
            boolean revoked,
            LocalDate occurredOn,
            int universityPartyMembers,
            int enterprisePartyMembers,
            String type,
            String title,
            int attendance) {
        return new RecordFact(
                id,
                FactKind.ACTIVITY,
                partnershipId,
                version,
                revoked,
                occurredOn,
                null,
                null,
                universityPartyMembers,
                enterprisePartyMembers,
                0,
                null,
                null,
                null,
                null,
                type,
                title,
                attendance);
    }

    public static RecordFact exchange(
            UUID id,
            UUID partnershipId,
            long version,
            boolean revoked,
            LocalDate occurredOn,
            String type,
            int headcount) {
        return new RecordFact(
                id,
                FactKind.EXCHANGE,
                partnershipId,
                version,
                revoked,
                occurredOn,
                null,
                null,
                0,
                0,
                headcount,
                null,
                type,
                null,
                null,
                null,
                null,
                null);
    }

    public static RecordFact achievement(
            UUID id,
            UUID partnershipId,
            long version,
            boolean revoked,
            LocalDate registeredOn,
            String type,
            String resourceKind) {
        return new RecordFact(
                id,
                FactKind.ACHIEVEMENT,
                partnershipId,
                version,
                revoked,
                registeredOn,
                type,
                null,
                0,
                0,
                0,
                null,
                null,
                resourceKind,
                null,
                null,
                null,
                null);
    }

    public static RecordFact conversion(
            UUID id,
            UUID partnershipId,
            long version,
            boolean revoked,
            LocalDate convertedOn,
            UUID achievementId,
            BigDecimal outputValue,
            BigDecimal universityIncome) {
        return new RecordFact(
                id,
                FactKind.CONVERSION,
                partnershipId,
                version,
                revoked,
                convertedOn,
                null,
                achievementId,
                0,
                0,
                0,
                outputValue,
                null,
                null,
                universityIncome,
                null,
                null,
                null);
    }
}
