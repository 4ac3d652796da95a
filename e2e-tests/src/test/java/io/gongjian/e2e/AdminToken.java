package io.gongjian.e2e;

import io.gongjian.testing.Tokens;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The platform admin's access token, fetched again once it is a few minutes old: a benchmark that warms the JIT up
 * outlasts one token (the realm's lifespan is 15 minutes), and a test fetching one per request would measure Keycloak.
 */
final class AdminToken implements Supplier<String> {

    private static final Duration REUSE = Duration.ofMinutes(5);

    private String token;
    private long fetchedAt;

    @Override
    public synchronized String get() {
        if (token == null || System.nanoTime() - fetchedAt > REUSE.toNanos()) {
            token = Tokens.forUser(Platform.keycloakUrl(), "admin");
            fetchedAt = System.nanoTime();
        }
        return token;
    }
}
