package io.gongjian.activity.application;

import io.gongjian.activity.domain.AchievementDetails;
import io.gongjian.activity.domain.ActivityDetails;
import io.gongjian.activity.domain.ConversionDetails;
import io.gongjian.activity.domain.ExchangeDetails;
import io.gongjian.activity.domain.TrackedRecord;
import io.gongjian.events.AchievementChanged;
import io.gongjian.events.ActivityChanged;
import io.gongjian.events.ActivityEvent;
import io.gongjian.events.ConversionChanged;
import io.gongjian.events.ExchangeChanged;

/** The full state of a record as the event contract shows it: published, and diffed for the history. */
final class States {

    private States() {}

    static ActivityEvent of(TrackedRecord<?> record) {
        boolean revoked = !record.isActive();
        // Java 17: no pattern matching in switch yet.
        if (record.details() instanceof ActivityDetails activity) {
            return new ActivityChanged(
                    record.id(),
                    record.version(),
                    record.partnershipId(),
                    revoked,
                    record.revocationReason(),
                    activity.type().name(),
                    activity.mode().name(),
                    activity.title(),
                    activity.occurredOn(),
                    activity.location(),
                    activity.organisingSide().name(),
                    activity.universityPartyMembers(),
                    activity.enterprisePartyMembers(),
                    activity.attendance(),
                    activity.evidenceLinks());
        }
        if (record.details() instanceof ExchangeDetails exchange) {
            return new ExchangeChanged(
                    record.id(),
                    record.version(),
                    record.partnershipId(),
                    revoked,
                    record.revocationReason(),
                    exchange.type().name(),
                    exchange.direction().name(),
                    exchange.occurredOn(),
                    exchange.headcount(),
                    exchange.description());
        }
        if (record.details() instanceof AchievementDetails achievement) {
            return new AchievementChanged(
                    record.id(),
                    record.version(),
                    record.partnershipId(),
                    revoked,
                    record.revocationReason(),
                    achievement.type().name(),
                    achievement.title(),
                    achievement.registeredOn(),
                    achievement.description());
        }
        ConversionDetails conversion = (ConversionDetails) record.details();
        return new ConversionChanged(
                record.id(),
                record.version(),
                record.partnershipId(),
                conversion.achievementId(),
                revoked,
                record.revocationReason(),
                conversion.convertedOn(),
                conversion.form().name(),
                conversion.outputValue(),
                conversion.jobsCreated());
    }
}
