package io.gongjian.events;

import java.util.UUID;

/**
 * One event of the published language: the full current state of one record after a change, with its
 * {@code version}. Each topic has its own sealed contract, so that a consumer's dispatch over it is checked by the
 * compiler: {@link PartnershipEvent}, {@link ActivityEvent}. {@link EventTypes} says how each travels.
 */
public sealed interface Event permits PartnershipEvent, ActivityEvent {

    /** The record the event is about. */
    UUID id();

    long version();

    /** The Kafka record key: events with the same key stay in order. */
    String key();
}
