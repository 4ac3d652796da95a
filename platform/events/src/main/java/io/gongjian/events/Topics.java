package io.gongjian.events;

/** One topic per producing context; records are keyed by partnership id (organisation events: organisation id). */
public final class Topics {

    public static final String PARTNERSHIP = "gongjian.partnership.events";
    public static final String ACTIVITY = "gongjian.activity.events";

    private Topics() {}
}
