package io.gongjian.partnership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.commons.api.EnumLabels;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The Chinese name beside each enum constant is the label the platform's catalogue serves (one wording). */
class EnumLabelsTest {

    @Test
    void theChineseNamesOfTheCodeAreTheCataloguesLabels() {
        agree("PartnershipStatus", PartnershipStatus.values(), PartnershipStatus::chineseName);
        agree("OrganizationKind", OrganizationKind.values(), OrganizationKind::chineseName);
        agree("PartyLevel", PartyLevel.values(), PartyLevel::chineseName);
        agree("KeyProjectStatus", KeyProjectStatus.values(), KeyProjectStatus::chineseName);
        agree("Side", Side.values(), Side::chineseName);
        agree("CoConstructionMode", CoConstructionMode.values(), CoConstructionMode::chineseName);
    }

    private static <E extends Enum<E>> void agree(String type, E[] values, Function<E, String> chineseName) {
        assertEquals(
                Arrays.stream(values).map(Enum::name).sorted().toList(),
                EnumLabels.all().get(type).keySet().stream().toList(),
                type + ": the catalogue's values");
        Arrays.stream(values)
                .forEach(value -> assertEquals(
                        chineseName.apply(value),
                        EnumLabels.all().get(type).get(value.name()).zh(),
                        type + "." + value));
    }
}
