package io.gongjian.commons.events;

/**
 * An event that can never be applied: unreadable, or of a type the consumer's contract does not know. It goes to
 * the dead-letter topic with this message as the reason, and consumption goes on.
 */
public final class MalformedEvent extends RuntimeException {

    public MalformedEvent(String message) {
        super(message);
    }
}
