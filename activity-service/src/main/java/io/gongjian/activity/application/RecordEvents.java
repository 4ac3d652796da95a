package io.gongjian.activity.application;

/** Port: publishes, in the transaction of the change, the full current state of a record (an event payload). */
public interface RecordEvents {

    void publish(java.util.UUID partnershipId, Object state);
}
