package io.gongjian.evaluation.application;

import java.util.function.BiConsumer;

/** Port: the events of the other contexts' topics, from their beginning up to where they end now. */
public interface EventReplay {

    /** Hands every event, topic by topic and in order within a partition, to {@code each} (topic, payload). */
    void replay(BiConsumer<String, String> each);
}
