package io.gongjian.partnership.infrastructure;

import io.gongjian.commons.domain.Conflict;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Writes a change to the database inside the use case, so that a change that lost a race is refused with 409
 * (a problem the caller can act on) instead of failing at commit with a 500.
 */
final class Flushes {

    private Flushes() {}

    static void flush(EntityManager em) {
        flush(em, null, null);
    }

    /**
     * @param constraint a database constraint that guards a rule under concurrency
     * @param broken the conflict to report when {@code constraint} refuses the change
     */
    static void flush(EntityManager em, String constraint, Supplier<Conflict> broken) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // @Version: the row changed since it was read. Reads for a change hold a lock, so this only guards
            // against a writer that forgot to take it.
            throw new Conflict(null, "concurrent-change");
        } catch (PersistenceException e) {
            if (constraint != null && violated(e).filter(constraint::equals).isPresent()) {
                throw broken.get();
            }
            throw e;
        }
    }

    /** Refuses a stored version other than the one the aggregate counted (a change must make one version). */
    static void requireVersion(long stored, long counted, Object id) {
        if (stored != counted) {
            throw new IllegalStateException(
                    "record " + id + " was stored as version " + stored + " but changed to version " + counted);
        }
    }

    private static Optional<String> violated(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return Optional.ofNullable(violation.getConstraintName());
            }
        }
        return Optional.empty();
    }
}
