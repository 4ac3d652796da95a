package io.gongjian.activity.domain;

import io.gongjian.commons.domain.PlausibleDates;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.events.ActivityChanged;
import io.gongjian.events.ActivityEvent;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import io.gongjian.records.domain.VersionedRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A joint activity (共建活动) and who took part.
 *
 * @param facilityId the joint facility where it took place, if any (same partnership, open that day)
 */
public record ActivityDetails(
        ActivityType type,
        CoConstructionMode mode,
        String title,
        LocalDate occurredOn,
        String location,
        Side organisingSide,
        int universityPartyMembers,
        int enterprisePartyMembers,
        int attendance,
        List<String> evidenceLinks,
        UUID facilityId)
        implements RecordDetails {

    public ActivityDetails {
        Rules.required("type", type);
        Rules.required("mode", mode);
        title = Rules.text("title", title, Limits.TITLE, true);
        PlausibleDates.notBeforeEarliest("occurredOn", Rules.required("occurredOn", occurredOn));
        location = Rules.text("location", location, Limits.LOCATION, false);
        Rules.required("organisingSide", organisingSide);
        Rules.atLeast("universityPartyMembers", universityPartyMembers, 0);
        Rules.atLeast("enterprisePartyMembers", enterprisePartyMembers, 0);
        Rules.between("attendance", attendance, 1, Limits.PEOPLE);
        if (universityPartyMembers > attendance) {
            throw new RuleViolation(
                    "universityPartyMembers",
                    "activity.members-over-attendance",
                    "universityPartyMembers",
                    universityPartyMembers,
                    attendance);
        }
        if (enterprisePartyMembers > attendance) {
            throw new RuleViolation(
                    "enterprisePartyMembers",
                    "activity.members-over-attendance",
                    "enterprisePartyMembers",
                    enterprisePartyMembers,
                    attendance);
        }
        evidenceLinks = Rules.webLinks("evidenceLinks", evidenceLinks);
    }

    @Override
    public String typeCode() {
        return type.name();
    }

    @Override
    public LocalDate businessDate() {
        return occurredOn;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.ACTIVITY;
    }

    @Override
    public ActivityEvent toEvent(VersionedRecord<?> record) {
        return new ActivityChanged(
                record.id(),
                record.version(),
                record.partnershipId(),
                !record.isActive(),
                record.closingReason(),
                type.name(),
                mode.name(),
                title,
                occurredOn,
                location,
                organisingSide.name(),
                universityPartyMembers,
                enterprisePartyMembers,
                attendance,
                evidenceLinks,
                facilityId);
    }
}
