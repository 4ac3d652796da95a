package io.gongjian.events;

import java.util.UUID;

/** The events of {@link Topics#ACTIVITY}, keyed by partnership id: a partnership's records stay in order. */
public sealed interface ActivityEvent extends Event
        permits ActivityChanged, ExchangeChanged, AchievementChanged, ConversionChanged, FacilityChanged {

    UUID partnershipId();

    @Override
    default String key() {
        return partnershipId().toString();
    }

    <R> R accept(Visitor<R> visitor);

    /** One method per event of the topic: a consumer that implements it handles every one of them. */
    interface Visitor<R> {

        R activity(ActivityChanged activity);

        R exchange(ExchangeChanged exchange);

        R achievement(AchievementChanged achievement);

        R conversion(ConversionChanged conversion);

        R facility(FacilityChanged facility);
    }
}
