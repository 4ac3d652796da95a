package io.gongjian.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Full current state of a party organisation after any change (registration, profile, member count).
 * Consumers keep the one with the highest {@code version}.
 *
 * @param schoolCode the 10-digit school code (学校代码) of a university's institution; {@code null} when not given
 */
public record OrganizationChanged(
        UUID id,
        long version,
        String name,
        String kind,
        String level,
        String institution,
        String creditCode,
        String regionCode,
        List<MemberCount> memberCounts,
        @OptionalField(since = "2.0.0") String schoolCode)
        implements PartnershipEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.organization(this);
    }

    public record MemberCount(LocalDate effectiveOn, int count) {}
}
