package io.gongjian.commons.api;

import io.gongjian.commons.domain.DomainException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Read-your-writes across services: the partnership service answers every partnership it returns with a
 * {@value #HEADER} token naming the partnership and its version; the activity and evaluation services take the
 * token on a write and first wait, bounded, until their copy of that partnership has reached the version. So a
 * record logged right after an activation is judged against the activation, not against an older copy. Clients
 * send the token back as they received it.
 *
 * @param partnershipId the partnership the token names
 * @param version the version of it the client has seen
 */
public record ConsistencyToken(UUID partnershipId, long version) {

    public static final String HEADER = "Gongjian-Consistency";

    private static final Pattern FORM = Pattern.compile("partnership=([0-9a-fA-F-]{36});version=(\\d{1,18})");

    /** The header's value. */
    @Override
    public String toString() {
        return "partnership=" + partnershipId + ";version=" + version;
    }

    /** The token a header carries; refused (400) when it is not one of ours. */
    public static ConsistencyToken parse(String header) {
        Matcher matcher = FORM.matcher(header.strip());
        if (!matcher.matches()) {
            throw new Malformed(header);
        }
        try {
            return new ConsistencyToken(UUID.fromString(matcher.group(1)), Long.parseLong(matcher.group(2)));
        } catch (IllegalArgumentException e) {
            throw new Malformed(header);
        }
    }

    /** HTTP 400: not a token the partnership service issued. */
    public static final class Malformed extends DomainException {
        Malformed(String value) {
            super(
                    HEADER,
                    HEADER + " " + JsonProblems.quoted(value) + " is not a token of this API; send back the "
                            + HEADER + " header of the partnership service's answer unchanged (e.g."
                            + " partnership=6f1c0a52-3c1e-4e49-9a0b-0c2a4e9f1d11;version=3)",
                    Map.of());
        }
    }

    /**
     * HTTP 503: this service's copy of the partnership has not reached the version the client saw within the wait.
     * Nothing was changed; the same request, sent again later, is judged against the newer copy.
     */
    public static final class Behind extends DomainException implements RetryAfter {
        public Behind(ConsistencyToken token, String known, String service, long waitedMillis) {
            super(
                    HEADER,
                    "the " + service + " has not yet received version " + token.version() + " of partnership "
                            + token.partnershipId() + " (it knows " + known + ") after waiting " + waitedMillis
                            + " ms: its copy of the partnerships is behind; nothing was changed, send the same request"
                            + " again after Retry-After",
                    Map.of());
        }

        @Override
        public int retryAfterSeconds() {
            return 2;
        }
    }
}
