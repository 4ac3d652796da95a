package io.gongjian.outbox;

import io.gongjian.commons.domain.DomainException;
import io.gongjian.commons.domain.Message;
import java.util.Locale;
import java.util.Map;

/**
 * A change whose event the broker would refuse for its size, refused before it is committed: otherwise the change
 * would be stored and its event never delivered. The commons problem mapper answers 422 naming {@code field}, the
 * largest member of the event's data (for a record, the request field of the same name).
 */
public final class EventTooLarge extends DomainException {

    EventTooLarge(String subject, String largestField, long largestFieldBytes, long eventBytes, long limitBytes) {
        super(
                largestField,
                Message.of(
                        "event-too-large",
                        subject,
                        grouped(eventBytes),
                        grouped(limitBytes),
                        largestField,
                        grouped(largestFieldBytes)),
                Map.of("eventBytes", eventBytes, "limitBytes", limitBytes));
    }

    private static String grouped(long bytes) {
        return String.format(Locale.ROOT, "%,d", bytes);
    }
}
