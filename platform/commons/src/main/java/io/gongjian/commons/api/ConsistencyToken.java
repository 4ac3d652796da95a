package io.gongjian.commons.api;

import io.gongjian.commons.domain.DomainException;
import io.gongjian.commons.domain.Message;
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
            super(HEADER, Message.of("consistency.malformed", HEADER, JsonProblems.quoted(value)), Map.of());
        }
    }

    /**
     * HTTP 503: this service's copy of the partnership has not reached the version the client saw within the wait.
     * Nothing was changed; the same request, sent again later, is judged against the newer copy.
     */
    public static final class Behind extends DomainException implements RetryAfter {
        /** @param known the version this service has, {@code null} when it has none of the partnership */
        public Behind(ConsistencyToken token, Long known, String service, long waitedMillis) {
            super(
                    HEADER,
                    Message.of(
                            "consistency.behind",
                            service,
                            token.version(),
                            token.partnershipId(),
                            known == null
                                    ? Message.of("consistency.knows-nothing")
                                    : Message.of("consistency.knows-version", known),
                            waitedMillis),
                    Map.of());
        }

        @Override
        public int retryAfterSeconds() {
            return 2;
        }
    }
}
