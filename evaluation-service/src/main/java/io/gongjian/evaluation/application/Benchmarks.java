package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.benchmarks.Benchmark;
import io.gongjian.evaluation.domain.benchmarks.Relay;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: the benchmarks designated and their relays. */
public interface Benchmarks {

    /** Which benchmarks a list shows on {@code today}. */
    enum Listed {
        CURRENT,
        PAST,
        ALL
    }

    /**
     * Locks the partnership's designations until the transaction ends: two designations of one partnership at once
     * are checked for overlap one after the other.
     */
    void lockDesignations(UUID partnershipId);

    List<Benchmark> ofPartnership(UUID partnershipId);

    void add(Benchmark benchmark);

    Optional<Benchmark> find(UUID id);

    /** Latest period first; {@code regionPrefix} empty for all regions. */
    List<Benchmark> list(String regionPrefix, Listed listed, LocalDate today, int offset, int limit);

    long count(String regionPrefix, Listed listed, LocalDate today);

    /** The relays of each benchmark, by sequence (none: an empty list). */
    Map<UUID, List<Relay>> relaysOf(Collection<UUID> benchmarkIds);

    /**
     * Adds the relay; refused with a {@link io.gongjian.commons.domain.Conflict} when its sequence was taken by one
     * recorded meanwhile.
     */
    void add(Relay relay);
}
