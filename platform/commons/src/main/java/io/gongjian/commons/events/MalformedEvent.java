package io.gongjian.commons.events;

/** An event nobody can apply: it goes to the dead-letter topic and consumption goes on. */
public final class MalformedEvent extends RuntimeException {

    public MalformedEvent(String message) {
        super(message);
    }
}
