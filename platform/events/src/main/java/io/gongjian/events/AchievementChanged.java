package io.gongjian.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Full current state of an achievement (共建成果) after it was registered, amended or revoked.
 *
 * @param resourceKind a TEACHING_RESOURCE's kind (COURSE, TEXTBOOK, TRAINING_PACKAGE, OTHER); {@code null} when not
 *     given and for every other type
 */
public record AchievementChanged(
        UUID id,
        long version,
        UUID partnershipId,
        boolean revoked,
        String revocationReason,
        String type,
        String title,
        LocalDate registeredOn,
        String description,
        @OptionalField(since = "2.0.0") String resourceKind)
        implements ActivityEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.achievement(this);
    }
}
