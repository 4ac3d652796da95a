package io.gongjian.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What an indicator measured over a window: its raw value (if available), how many records produced it and, when they
 * were listed, which ({@code null} otherwise).
 */
public record Measure(BigDecimal raw, int recordCount, List<UUID> recordIds) {

    public Measure {
        recordIds = recordIds == null ? null : List.copyOf(recordIds);
    }

    public boolean available() {
        return raw != null;
    }
}
