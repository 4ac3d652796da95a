package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.Locks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * PostgreSQL advisory locks, released when the transaction ends. The two-key form keeps them apart from the
 * single-key locks other modules take.
 */
@ApplicationScoped
public class PostgresLocks implements Locks {

    /** First keys of this service's locks: one for the read model as a whole, one for partnerships. */
    private static final int SCORES = 0x6a73;

    private static final int PARTNERSHIPS = 0x6a74;
    private static final int READ_MODEL = 0;

    @Inject
    EntityManager em;

    @Override
    public void sharedReadModel() {
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock_shared(:space, :key) AS VARCHAR)")
                .setParameter("space", SCORES)
                .setParameter("key", READ_MODEL)
                .getSingleResult();
    }

    @Override
    public void exclusiveReadModel() {
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(:space, :key) AS VARCHAR)")
                .setParameter("space", SCORES)
                .setParameter("key", READ_MODEL)
                .getSingleResult();
    }

    @Override
    public void partnership(UUID partnershipId) {
        // hashtext may collide for two partnerships: they then wait for each other, which is only slower.
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(:space, hashtext(:id)) AS VARCHAR)")
                .setParameter("space", PARTNERSHIPS)
                .setParameter("id", partnershipId.toString())
                .getSingleResult();
    }

    @Override
    public boolean tryPartnership(UUID partnershipId) {
        return (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:space, hashtext(:id))")
                .setParameter("space", PARTNERSHIPS)
                .setParameter("id", partnershipId.toString())
                .getSingleResult();
    }
}
