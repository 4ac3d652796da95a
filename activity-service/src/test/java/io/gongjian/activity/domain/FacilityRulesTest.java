package io.gongjian.activity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A joint facility is open from openedOn through closedOn, and what took place there lies within those days. */
class FacilityRulesTest {

    static final LocalDate OPENED = LocalDate.of(2025, 9, 1);
    static final LocalDate CLOSED = LocalDate.of(2026, 6, 30);

    static FacilityDetails lab(Side host, LocalDate openedOn, LocalDate closedOn, String equipment) {
        return new FacilityDetails(
                FacilityKind.LABORATORY,
                "新能源汽车联合实验室",
                CoConstructionMode.INNOVATION,
                host,
                openedOn,
                closedOn,
                new BigDecimal(equipment),
                null,
                null,
                List.of());
    }

    @Test
    void isOpenFromItsOpeningThroughItsLastDayBothIncluded() {
        FacilityDetails lab = lab(Side.ENTERPRISE, OPENED, CLOSED, "960");
        lab.requireOpenOn(OPENED, "occurredOn");
        lab.requireOpenOn(CLOSED, "occurredOn");
        assertEquals(
                "the facility '新能源汽车联合实验室' opened on 2025-09-01; occurredOn 2025-08-31 is before it",
                refused("facilityId", () -> lab.requireOpenOn(OPENED.minusDays(1), "occurredOn")));
        assertEquals(
                "the facility '新能源汽车联合实验室' closed on 2026-06-30; occurredOn 2026-07-01 is after it",
                refused("facilityId", () -> lab.requireOpenOn(CLOSED.plusDays(1), "occurredOn")));
        lab(Side.ENTERPRISE, OPENED, null, "0").requireOpenOn(CLOSED.plusYears(1), "occurredOn");
    }

    @Test
    void isHostedByOnePartyClosesNotBeforeItOpensAndStatesItsEquipmentInTenThousandYuan() {
        refused("hostSide", () -> lab(Side.JOINT, OPENED, null, "1"));
        refused("closedOn", () -> lab(Side.UNIVERSITY, OPENED, OPENED.minusDays(1), "1"));
        lab(Side.UNIVERSITY, OPENED, OPENED, "1");
        refused("equipmentValue", () -> lab(Side.UNIVERSITY, OPENED, null, "-0.01"));
        refused("equipmentValue", () -> lab(Side.UNIVERSITY, OPENED, null, "1000000.0001"));
        assertEquals(
                CLOSED,
                lab(Side.UNIVERSITY, OPENED, null, "1").closedAfter(CLOSED).closedOn());
        refused("closedOn", () -> lab(Side.UNIVERSITY, OPENED, null, "1").closedAfter(OPENED.minusDays(1)));
    }

    @Test
    void itsDaysKeepCoveringWhatTookPlaceThere() {
        FacilityUsage usage = new FacilityUsage(2, 1, OPENED.plusDays(10), CLOSED.minusDays(5));
        lab(Side.UNIVERSITY, OPENED.plusDays(10), CLOSED.minusDays(5), "1").requireCovers(usage);
        assertEquals(
                "2 activities and 1 exchange took place here, the first on 2025-09-11; openedOn cannot be later than"
                        + " that",
                refused("openedOn", () -> lab(Side.UNIVERSITY, OPENED.plusDays(11), null, "1")
                        .requireCovers(usage)));
        refused("closedOn", () -> lab(Side.UNIVERSITY, OPENED, CLOSED.minusDays(6), "1")
                .requireCovers(usage));
        lab(Side.UNIVERSITY, OPENED.plusYears(3), null, "1").requireCovers(FacilityUsage.NONE);
    }

    private static String refused(String field, Executable check) {
        RuleViolation violation = assertThrows(RuleViolation.class, check);
        assertEquals(field, violation.field(), violation.getMessage());
        return violation.getMessage();
    }
}
