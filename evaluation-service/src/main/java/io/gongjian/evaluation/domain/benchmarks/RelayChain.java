package io.gongjian.evaluation.domain.benchmarks;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A benchmark and its relays in order: who hosts now, and whether a new relay may follow. */
public record RelayChain(Benchmark benchmark, List<Relay> relays) {

    public RelayChain {
        relays = List.copyOf(relays);
        for (int i = 0; i < relays.size(); i++) {
            if (relays.get(i).sequence() != i + 1) {
                throw new IllegalArgumentException("relay " + (i + 1) + " of " + benchmark.id() + " is missing");
            }
        }
    }

    /** The benchmark's partnership until the first relay, then the last relay's next host. */
    public UUID currentHost() {
        return relays.isEmpty()
                ? benchmark.partnershipId()
                : relays.get(relays.size() - 1).nextPartnershipId();
    }

    /**
     * The next relay.
     *
     * @param activityPartnershipId the partnership of the showcase activity; empty when the activity is not known
     *     here (or revoked)
     * @param next the next host when it is a partnership the recorder may hand the role to (its scope); empty
     *     otherwise
     * @throws Conflict when the activity is of a host that handed the role on already: the chain moved on since the
     *     caller read it
     */
    public Relay next(
            UUID activityId,
            Optional<UUID> activityPartnershipId,
            UUID nextPartnershipId,
            Optional<EvaluatedPartnership> next,
            String note,
            String recordedBy,
            OffsetDateTime recordedAt) {
        Benchmark.required("activityId", activityId);
        Benchmark.required("nextPartnershipId", nextPartnershipId);
        String text = Benchmark.text("note", note, Relay.MAX_NOTE);
        UUID host = currentHost();
        if (activityPartnershipId.isEmpty()) {
            throw new RuleViolation("activityId", "benchmark.activity-unknown", activityId);
        }
        UUID showing = activityPartnershipId.get();
        if (!showing.equals(host)) {
            for (int i = relays.size() - 1; i >= 0; i--) {
                if (relays.get(i).hostPartnershipId().equals(showing)) {
                    throw new Conflict("activityId", "benchmark.host-handed-on", activityId, i + 1, host);
                }
            }
            throw new RuleViolation("activityId", "benchmark.activity-not-of-host", activityId, host);
        }
        if (next.isEmpty() || !next.get().isActive()) {
            throw new RuleViolation("nextPartnershipId", "benchmark.next-host-not-active", nextPartnershipId);
        }
        if (nextPartnershipId.equals(host)) {
            throw new RuleViolation("nextPartnershipId", "benchmark.next-host-same", nextPartnershipId);
        }
        return new Relay(
                benchmark.id(), relays.size() + 1, host, activityId, nextPartnershipId, recordedAt, recordedBy, text);
    }
}
