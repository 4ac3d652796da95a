package io.gongjian.commons.domain;

import java.util.Map;

/** Nothing there, or nothing the caller may see: both look the same from outside (HTTP 404). */
public final class NotFound extends DomainException {

    /** @param what what was looked for, in the catalogue's words: "partnership" is said by {@code thing.partnership} */
    public NotFound(String what, Object id) {
        super(null, Message.of("not-found", thing(what), id), Map.of());
    }

    /** The name of a kind of thing in the catalogue ("key project" → {@code thing.key-project}). */
    public static Message thing(String what) {
        return Message.of("thing." + what.replace(' ', '-'));
    }
}
