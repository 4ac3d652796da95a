package io.gongjian.records.application;

import io.gongjian.commons.api.ConsistencyToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a client's write see its own earlier change of a partnership: before the write, this service's copy of the
 * partnership must have reached the version the client's {@link ConsistencyToken} names. The copy follows the
 * partnership context's events, usually within milliseconds; the wait is bounded, and outside any transaction so
 * that it holds no database connection in between looks.
 */
@ApplicationScoped
public class ReadYourWrites {

    @Inject
    PartnershipVersions versions;

    @Inject
    ConsistencyConfig config;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /**
     * Returns once the copy is at the token's version or newer.
     *
     * @throws ConsistencyToken.Behind when it is not within the wait
     */
    public void await(ConsistencyToken token) {
        if (!versions.keepsCopies()) {
            return; // the partnership service is where the versions come from
        }
        long started = System.nanoTime();
        long deadline = started + config.longestWait().toNanos();
        OptionalLong known = versions.of(token.partnershipId());
        while (known.isEmpty() || known.getAsLong() < token.version()) {
            if (System.nanoTime() >= deadline) {
                throw new ConsistencyToken.Behind(
                        token,
                        known.isEmpty() ? null : known.getAsLong(),
                        service.replace('-', ' '),
                        (System.nanoTime() - started) / 1_000_000);
            }
            try {
                Thread.sleep(config.poll().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(
                        "interrupted while waiting for partnership " + token.partnershipId(), e);
            }
            known = versions.of(token.partnershipId());
        }
    }
}
