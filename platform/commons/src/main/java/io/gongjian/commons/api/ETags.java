package io.gongjian.commons.api;

import io.gongjian.commons.domain.DomainException;
import io.gongjian.commons.domain.Message;
import jakarta.ws.rs.core.EntityTag;
import java.util.Map;

/** Versions travel as strong ETags ("3"); an update names the version it was based on in If-Match. */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match header names; a missing header is 428, an unreadable one 400. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new MalformedPrecondition(ifMatch);
        }
    }

    /** HTTP 428: updates must say which version they are based on. */
    public static final class PreconditionRequired extends DomainException {
        PreconditionRequired() {
            super("If-Match", Message.of("precondition-required.detail"), Map.of());
        }
    }

    /** HTTP 400: If-Match is not an ETag of ours. */
    public static final class MalformedPrecondition extends DomainException {
        MalformedPrecondition(String value) {
            super("If-Match", Message.of("malformed-precondition.detail", "'" + value + "'"), Map.of());
        }
    }
}
