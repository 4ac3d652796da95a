package io.gongjian.gateway.routing;

import io.gongjian.commons.api.ProblemDetail;
import io.gongjian.commons.domain.Message;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A token bucket per client and user ({@code azp} and {@code sub} of the token): a sustained rate with a burst
 * above it. Over the limit: 429 with {@code Retry-After}. Kept per gateway instance (with n replicas a client may
 * get up to n times the rate); idle buckets are forgotten.
 */
@ApplicationScoped
public class RateLimiter {

    private static final long FORGET_AFTER_NANOS = TimeUnit.MINUTES.toNanos(10);

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    void forgetIdleBuckets(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent started) {
        vertx.setPeriodic(TimeUnit.MINUTES.toMillis(1), timer -> {
            long now = System.nanoTime();
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > FORGET_AFTER_NANOS);
        });
    }

    /** Route handler: lets the request on, or answers 429. */
    void limit(RoutingContext context) {
        GatewayConfig.RateLimit limit = config.rateLimit();
        var caller = EdgeAuthentication.caller(context);
        if (!limit.enabled() || caller == null) {
            context.next();
            return;
        }
        String client = client(caller.getSecurityIdentity().getPrincipal());
        long waitSeconds = buckets.computeIfAbsent(client, key -> new Bucket(limit.burst()))
                .take(limit.requestsPerSecond(), limit.burst(), System.nanoTime());
        if (waitSeconds == 0) {
            context.next();
            return;
        }
        GatewayProblems.send(
                context,
                ProblemDetail.of(
                                429,
                                "rate-limited",
                                Message.of(
                                        "gateway.rate-limited",
                                        limit.requestsPerSecond(),
                                        limit.burst(),
                                        client,
                                        waitSeconds),
                                context.request().path())
                        .withExtensions(Map.of("client", client)),
                Map.of("Retry-After", Long.toString(waitSeconds)));
    }

    /** The OAuth client, and the user for tokens issued to one. */
    private static String client(java.security.Principal principal) {
        if (principal instanceof JsonWebToken token) {
            String azp = token.getClaim("azp");
            return (azp == null ? "unknown-client" : azp) + "/" + token.getSubject();
        }
        return principal.getName();
    }

    /** Tokens refill at the sustained rate up to the burst; a request takes one. */
    static final class Bucket {
        private double tokens;
        private long refilledAt = System.nanoTime();
        private long usedAt = refilledAt;

        Bucket(int burst) {
            tokens = burst;
        }

        /** Takes a token: 0 when there was one, else the whole seconds until there is. */
        synchronized long take(double perSecond, int burst, long now) {
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            usedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }

        synchronized long idleSince(long now) {
            return now - usedAt;
        }
    }
}
