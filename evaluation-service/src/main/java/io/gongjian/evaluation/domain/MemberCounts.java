package io.gongjian.evaluation.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The party-member count history of an organisation. */
public record MemberCounts(List<Entry> entries) {

    public record Entry(LocalDate effectiveOn, int count) {}

    public MemberCounts {
        entries = entries.stream()
                .sorted(Comparator.comparing(Entry::effectiveOn))
                .toList();
    }

    public static MemberCounts none() {
        return new MemberCounts(List.of());
    }

    /** The count with the latest {@code effectiveOn <= date}; if there is none, the earliest known count. */
    public Optional<Integer> on(LocalDate date) {
        Entry effective = null;
        for (Entry entry : entries) {
            if (!entry.effectiveOn().isAfter(date)) {
                effective = entry;
            }
        }
        if (effective == null && !entries.isEmpty()) {
            effective = entries.get(0);
        }
        return Optional.ofNullable(effective).map(Entry::count);
    }
}
