package io.gongjian.partnership.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.partnership.domain.VolumeIndicator;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnershipRowTest {

    @Test
    void everyVolumeIndicatorHasATargetColumn() {
        BigDecimal one = BigDecimal.ONE;
        var filled = new PartnershipRow.AnnualTargets(one, one, one, one, one, one).filled();
        assertEquals(Arrays.stream(VolumeIndicator.values()).map(Enum::name).toList(), List.copyOf(filled.keySet()));
    }
}
