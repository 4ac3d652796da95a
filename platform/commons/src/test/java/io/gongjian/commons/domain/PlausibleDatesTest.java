package io.gongjian.commons.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlausibleDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

    @Test
    void acceptsDatesFromTheFoundingOfThePeoplesRepublicToTheLatestAllowed() {
        assertEquals(PlausibleDates.EARLIEST, PlausibleDates.check("signedOn", LocalDate.of(1949, 10, 1), TODAY));
        assertEquals(TODAY, PlausibleDates.check("signedOn", TODAY, TODAY));
        assertNull(PlausibleDates.check("signedOn", null, TODAY));
    }

    @Test
    void refusesEarlierOrLaterDatesNamingTheField() {
        RuleViolation early = assertThrows(
                RuleViolation.class, () -> PlausibleDates.check("effectiveOn", LocalDate.of(1, 1, 1), TODAY));
        assertEquals("effectiveOn", early.field());
        assertEquals(
                "effectiveOn 0001-01-01 is before 1949-10-01, the earliest date this platform records",
                early.getMessage());
        RuleViolation late =
                assertThrows(RuleViolation.class, () -> PlausibleDates.check("occurredOn", TODAY.plusDays(1), TODAY));
        assertEquals("occurredOn 2026-03-13 is after 2026-03-12, the latest date allowed here", late.getMessage());
    }
}
