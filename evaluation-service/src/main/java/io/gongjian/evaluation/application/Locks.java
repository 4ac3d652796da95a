package io.gongjian.evaluation.application;

import java.util.UUID;

/** Transaction-scoped locks that keep concurrent writers of the scores from overwriting each other. */
public interface Locks {

    /** Taken first by every event and input: many may run together, never alongside a rebuild. */
    void sharedReadModel();

    /** Taken by a rebuild: waits for every running writer and keeps new ones out until it commits. */
    void exclusiveReadModel();

    /** Serialises the recomputations of one partnership's scores so that the last one sees every change. */
    void partnership(UUID partnershipId);

    /**
     * {@link #partnership} when no other transaction holds it, at once: false when one does (another instance at the
     * same chore, or an event being applied, which brings the partnership up to date itself).
     */
    boolean tryPartnership(UUID partnershipId);
}
