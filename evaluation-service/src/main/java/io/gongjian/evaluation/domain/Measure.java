package io.gongjian.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What an indicator measured over a window: its raw value (if available) and the records behind it. */
public record Measure(BigDecimal raw, List<UUID> recordIds) {

    public Measure {
        recordIds = List.copyOf(recordIds);
    }

    public static Measure unavailable(List<UUID> recordIds) {
        return new Measure(null, recordIds);
    }

    public boolean available() {
        return raw != null;
    }
}
