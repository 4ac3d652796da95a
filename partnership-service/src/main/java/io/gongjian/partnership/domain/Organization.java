package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.Message;
import io.gongjian.commons.domain.PlausibleDates;
import io.gongjian.commons.domain.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A party organisation (党组织) and the history of its party-member count. */
public final class Organization {

    private final UUID id;
    private OrganizationProfile profile;
    private final List<MemberCount> memberCounts;
    private long version;

    private Organization(UUID id, OrganizationProfile profile, List<MemberCount> memberCounts, long version) {
        this.id = id;
        this.profile = profile;
        this.memberCounts = new ArrayList<>(memberCounts);
        this.memberCounts.sort(Comparator.comparing(MemberCount::effectiveOn));
        this.version = version;
    }

    public static Organization register(UUID id, OrganizationProfile profile) {
        return new Organization(id, profile, List.of(), 1);
    }

    /** Rebuilds an organisation from storage. */
    public static Organization restore(
            UUID id, OrganizationProfile profile, List<MemberCount> memberCounts, long version) {
        return new Organization(id, profile, memberCounts, version);
    }

    /** Replaces the profile; the kind stays, because partnerships rely on which side an organisation is. */
    public void revise(OrganizationProfile revised) {
        if (revised.kind() != profile.kind()) {
            throw new RuleViolation("kind", "organisation.kind-fixed", profile.kind());
        }
        profile = revised;
        version++;
    }

    /**
     * Records the count effective on a date; a second count for the same date replaces the first. A count is
     * known once it is in effect, so its date has come by {@code today}.
     */
    public void recordMemberCount(MemberCount count, LocalDate today) {
        PlausibleDates.notAfter("effectiveOn", count.effectiveOn(), today, Message.of("bound.today"));
        memberCounts.removeIf(existing -> existing.effectiveOn().equals(count.effectiveOn()));
        memberCounts.add(count);
        memberCounts.sort(Comparator.comparing(MemberCount::effectiveOn));
        version++;
    }

    /** The count with the latest {@code effectiveOn <= date}; before the first one, the earliest known. */
    public Optional<Integer> memberCountOn(LocalDate date) {
        MemberCount effective = null;
        for (MemberCount count : memberCounts) {
            if (!count.effectiveOn().isAfter(date)) {
                effective = count;
            }
        }
        if (effective == null && !memberCounts.isEmpty()) {
            effective = memberCounts.get(0);
        }
        return Optional.ofNullable(effective).map(MemberCount::count);
    }

    public UUID id() {
        return id;
    }

    public OrganizationProfile profile() {
        return profile;
    }

    public RegisterEntry registerEntry() {
        return new RegisterEntry(id, profile.name(), profile.kind(), profile.level(), profile.regionCode());
    }

    public OrganizationKind kind() {
        return profile.kind();
    }

    public RegionCode regionCode() {
        return profile.regionCode();
    }

    public List<MemberCount> memberCounts() {
        return List.copyOf(memberCounts);
    }

    public long version() {
        return version;
    }
}
