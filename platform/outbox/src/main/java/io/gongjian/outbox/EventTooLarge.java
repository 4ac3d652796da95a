package io.gongjian.outbox;

import io.gongjian.commons.domain.DomainException;
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
                String.format(
                        Locale.ROOT,
                        "this change of %s cannot be published: its event would take %,d bytes, over the limit of"
                                + " %,d; %s alone takes %,d bytes",
                        subject,
                        eventBytes,
                        limitBytes,
                        largestField,
                        largestFieldBytes),
                Map.of("eventBytes", eventBytes, "limitBytes", limitBytes));
    }
}
