package io.gongjian.localstack.demo;

import io.gongjian.client.ApiException;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Sends a call of the generated client again when its answer says to: after its {@code Retry-After} (429 the
 * gateway's rate limit, 503 a service's copy of the partnership not yet at the consistency token's version, 409 the
 * same Idempotency-Key still in progress), 429 and 503 also without one, and a request whose answer was lost after
 * a second. Safe because every POST of the loader
 * carries an {@code Idempotency-Key}: a retry replays the first answer instead of writing twice. Any other refusal
 * ends the loading with the status and the problem document, as does waiting past the limit.
 */
final class RetryAfter {

    /** Sleeps; replaceable so that the schedule can be checked without waiting. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** One call of the generated client. */
    @FunctionalInterface
    interface Call<T> {
        T send() throws ApiException;
    }

    /** Generous for a slow machine: a read model is usually behind by milliseconds. */
    static final Duration DEFAULT_LIMIT = Duration.ofMinutes(3);

    private static final Duration LOST_ANSWER = Duration.ofSeconds(1);

    private final Duration limit;
    private final Pause pause;

    RetryAfter(Duration limit, Pause pause) {
        this.limit = limit;
        this.pause = pause;
    }

    static RetryAfter standard() {
        return new RetryAfter(DEFAULT_LIMIT, duration -> Thread.sleep(duration.toMillis()));
    }

    /** The call's answer; {@code what} names it in the failure. */
    <T> T send(String what, Call<T> call) {
        Duration waited = Duration.ZERO;
        while (true) {
            try {
                return call.send();
            } catch (ApiException e) {
                Optional<Duration> wait = wait(e);
                if (wait.isEmpty() || waited.plus(wait.get()).compareTo(limit) > 0) {
                    throw refused(what, e);
                }
                sleep(wait.get());
                waited = waited.plus(wait.get());
            }
        }
    }

    /** The call's answer, or empty when it was 404. */
    <T> Optional<T> find(String what, Call<T> call) {
        return send(what, () -> {
            try {
                return Optional.ofNullable(call.send());
            } catch (ApiException e) {
                if (e.getCode() == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    /** How long to wait before sending again, or empty when the answer is final. */
    static Optional<Duration> wait(ApiException e) {
        if (e.getCode() == 0 && e.getCause() instanceof IOException) {
            return Optional.of(LOST_ANSWER);
        }
        HttpHeaders headers = e.getResponseHeaders();
        OptionalLong retryAfter = headers == null ? OptionalLong.empty() : headers.firstValueAsLong("Retry-After");
        if (retryAfter.isEmpty() && e.getCode() != 429 && e.getCode() != 503) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Math.max(1, retryAfter.orElse(1))));
    }

    private void sleep(Duration duration) {
        try {
            pause.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to send again", e);
        }
    }

    private static IllegalStateException refused(String what, ApiException e) {
        String answer = e.getCode() == 0 ? String.valueOf(e.getCause()) : e.getCode() + ": " + e.getResponseBody();
        return new IllegalStateException(what + " answered " + answer, e);
    }
}
