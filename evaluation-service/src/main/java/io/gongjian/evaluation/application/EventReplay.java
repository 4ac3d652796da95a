package io.gongjian.evaluation.application;

import java.util.List;
import java.util.Map;

/**
 * Port: the events of the other contexts' topics read from their beginning in steps, between positions the caller
 * keeps (offsets by {@code topic:partition}), so that a replay can resume where it stopped.
 */
public interface EventReplay {

    Reader open();

    /** One reading of the topics; the caller closes it. */
    interface Reader extends AutoCloseable {

        /** Where each partition ends now. */
        Map<String, Long> ends();

        /** How many events there are from each partition's beginning up to {@code until}. */
        long count(Map<String, Long> until);

        /**
         * At most about {@code max} events after {@code from} (a partition not in it: from its beginning) and before
         * {@code until}, topic by topic and in order within a partition.
         */
        Step next(Map<String, Long> from, Map<String, Long> until, int max);

        @Override
        void close();
    }

    /** An event as read: its topic and payload. */
    record Event(String topic, String payload) {}

    /** The events of one step, where each partition's reading reached, and whether nothing was left to read. */
    record Step(List<Event> events, Map<String, Long> reached, boolean done) {}
}
