package io.gongjian.evaluation.domain;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When a failed webhook delivery is tried again: the delay doubles from {@code initial} with each attempt up to
 * {@code max}, and is drawn at random from its upper half ("equal jitter"), so that the deliveries of an endpoint
 * that comes back do not all arrive in the same second.
 */
public record Backoff(Duration initial, Duration max) {

    /** The delay after the {@code attempt}-th failed attempt (1 for the first); {@code random} draws from [0, 1). */
    public Duration after(int attempt, DoubleSupplier random) {
        long maxMillis = Math.max(1, max.toMillis());
        long full = Math.max(1, initial.toMillis());
        for (int i = 1; i < attempt && full < maxMillis; i++) {
            full *= 2;
        }
        full = Math.min(full, maxMillis);
        long half = full / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (full - half + 1)));
    }
}
