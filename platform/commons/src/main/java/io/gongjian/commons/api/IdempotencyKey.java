package io.gongjian.commons.api;

import io.gongjian.commons.domain.DomainException;
import io.gongjian.commons.domain.Message;
import java.util.Map;

/**
 * The {@value #HEADER} request header (IETF draft "The Idempotency-Key HTTP Header Field"): a client names a write
 * once, and sends it again with the same key until it has an answer. The service replays the first answer instead
 * of writing twice. The key is the client's own text, 1 to {@value #MAX_LENGTH} visible ASCII characters; the
 * draft's quoted form ({@code "8e03978e-…"}) and a bare token are both taken.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    /** Set on an answer that is the replay of the first answer to the key. */
    public static final String REPLAYED = "Idempotent-Replayed";

    public static final int MAX_LENGTH = 255;

    private IdempotencyKey() {}

    /** The key as sent, without the quotes of the structured-field form; refused (400) when unusable. */
    public static String parse(String header) {
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new Malformed();
        }
        return key;
    }

    /** HTTP 400: the header cannot serve as a key. */
    public static final class Malformed extends DomainException {
        Malformed() {
            super(HEADER, Message.of("idempotency.malformed", HEADER, MAX_LENGTH), Map.of());
        }
    }

    /** HTTP 422: the caller used the key for another write within the retention. */
    public static final class Reused extends DomainException {
        public Reused(String key, String firstRequest, long retentionHours) {
            super(HEADER, Message.of("idempotency.reused", HEADER, key, firstRequest, retentionHours), Map.of());
        }
    }

    /** HTTP 409: the first request with the key has not finished; its answer will be replayed to a retry. */
    public static final class InProgress extends DomainException implements RetryAfter {
        public InProgress(String key) {
            super(HEADER, Message.of("idempotency.in-progress", HEADER, key), Map.of());
        }

        @Override
        public int retryAfterSeconds() {
            return 1;
        }
    }
}
