package io.gongjian.activity.domain;

import io.gongjian.commons.domain.Message;
import java.time.LocalDate;

/**
 * What took place at a facility: its activities and exchanges that are not revoked, and the first and last dates
 * of them ({@code null} when nothing took place there yet).
 */
public record FacilityUsage(long activities, long exchanges, LocalDate firstUsedOn, LocalDate lastUsedOn) {

    public static final FacilityUsage NONE = new FacilityUsage(0, 0, null, null);

    public boolean isUsed() {
        return activities + exchanges > 0;
    }

    /** "3 activities and 2 exchanges", for messages. */
    public Message described() {
        return Message.of(
                "facility.usage",
                Message.of(activities == 1 ? "count.activity" : "count.activities", activities),
                Message.of(exchanges == 1 ? "count.exchange" : "count.exchanges", exchanges));
    }
}
