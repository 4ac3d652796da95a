package io.gongjian.activity.domain;

import io.gongjian.commons.domain.PlausibleDates;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.events.AchievementChanged;
import io.gongjian.events.ActivityEvent;
import io.gongjian.records.domain.VersionedRecord;
import java.time.LocalDate;

/**
 * An achievement (共建成果) the two parties produced together.
 *
 * @param resourceKind what a TEACHING_RESOURCE is (course, textbook, …), optional; no other type has one
 */
public record AchievementDetails(
        AchievementType type,
        String title,
        LocalDate registeredOn,
        String description,
        TeachingResourceKind resourceKind)
        implements RecordDetails {

    public AchievementDetails {
        Rules.required("type", type);
        title = Rules.text("title", title, Limits.TITLE, true);
        PlausibleDates.notBeforeEarliest("registeredOn", Rules.required("registeredOn", registeredOn));
        description = Rules.text("description", description, Limits.DESCRIPTION, false);
        if (resourceKind != null && type != AchievementType.TEACHING_RESOURCE) {
            throw new RuleViolation("resourceKind", "achievement.resource-kind-teaching-only", type.name());
        }
    }

    /** Says on a conversion that it was revoked with its output, and why; within the longest reason allowed. */
    public static String reasonForConversions(String achievementReason) {
        String reason = "成果已撤销: " + achievementReason;
        return reason.length() <= VersionedRecord.MAX_REASON
                ? reason
                : reason.substring(0, VersionedRecord.MAX_REASON - 1) + "…";
    }

    public boolean canBeConverted() {
        return type == AchievementType.RESEARCH_OUTPUT;
    }

    @Override
    public String typeCode() {
        return type.name();
    }

    @Override
    public LocalDate businessDate() {
        return registeredOn;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.ACHIEVEMENT;
    }

    @Override
    public ActivityEvent toEvent(VersionedRecord<?> record) {
        return new AchievementChanged(
                record.id(),
                record.version(),
                record.partnershipId(),
                !record.isActive(),
                record.closingReason(),
                type.name(),
                title,
                registeredOn,
                description,
                resourceKind == null ? null : resourceKind.name());
    }
}
