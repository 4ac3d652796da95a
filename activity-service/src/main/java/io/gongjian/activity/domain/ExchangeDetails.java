package io.gongjian.activity.domain;

import java.time.LocalDate;

/** A talent exchange (人才交流): how many people went which way, when. */
public record ExchangeDetails(
        ExchangeType type, ExchangeDirection direction, LocalDate occurredOn, int headcount, String description)
        implements RecordDetails {

    public ExchangeDetails {
        Rules.required("type", type);
        Rules.required("direction", direction);
        Rules.required("occurredOn", occurredOn);
        Rules.atLeast("headcount", headcount, 1);
        description = Rules.text("description", description, 1000, false);
    }

    @Override
    public LocalDate businessDate() {
        return occurredOn;
    }

    @Override
    public String businessDateField() {
        return "occurredOn";
    }

    @Override
    public RecordKind kind() {
        return RecordKind.EXCHANGE;
    }
}
