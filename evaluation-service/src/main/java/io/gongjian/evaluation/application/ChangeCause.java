package io.gongjian.evaluation.application;

import io.gongjian.events.Event;
import io.gongjian.events.EventTypes;
import io.gongjian.records.domain.Kind;
import java.util.Locale;
import java.util.UUID;

/**
 * What moved a partnership's current scores or status, as the change feed tells it.
 *
 * @param kind {@code RECORD} (an activity, exchange, achievement or conversion of the parties), {@code INPUT} (an
 *     evaluator's assessment, survey batch or rectification item), {@code PARTNERSHIP} (the partnership itself: its
 *     status, parties, targets), {@code ORGANIZATION} (a party's member count), {@code WINDOW_SHIFT} (the date
 *     moved the window), {@code REBUILD} (the read model was rebuilt), {@code WARNING} (the warning scan opened or
 *     ended early warnings)
 * @param reference what it was, e.g. {@code activities/1f0c…} or {@code assessment/7a2e…}; null for a window shift
 *     or a rebuild; for the warning scan, the first warning it opened or ended ({@code warnings/…})
 */
public record ChangeCause(String kind, String reference) {

    public static final ChangeCause WINDOW_SHIFT = new ChangeCause("WINDOW_SHIFT", null);
    public static final ChangeCause REBUILD = new ChangeCause("REBUILD", null);

    /** The warning scan opened or ended the warning {@code id} (and perhaps others of the partnership). */
    static ChangeCause warning(UUID id) {
        return new ChangeCause("WARNING", "warnings/" + id);
    }

    /** An evaluator input, e.g. {@code assessment/7a2e…}. */
    static ChangeCause input(Kind kind, UUID id) {
        return new ChangeCause("INPUT", kind.name().toLowerCase(Locale.ROOT) + "/" + id);
    }

    /** An event of the other contexts: the record it carries, in its collection ({@code activities/…}). */
    static ChangeCause event(Event event) {
        String collection = EventTypes.of(event).collection();
        String kind =
                switch (collection) {
                    case "partnerships" -> "PARTNERSHIP";
                    case "organizations" -> "ORGANIZATION";
                    default -> "RECORD";
                };
        return new ChangeCause(kind, collection + "/" + event.id());
    }
}
