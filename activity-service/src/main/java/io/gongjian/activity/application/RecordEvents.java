package io.gongjian.activity.application;

import io.gongjian.events.ActivityEvent;

/** Port: publishes, in the transaction of the change, the full current state of a record. */
public interface RecordEvents {

    void publish(ActivityEvent event);
}
