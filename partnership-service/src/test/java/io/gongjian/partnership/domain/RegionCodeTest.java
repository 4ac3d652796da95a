package io.gongjian.partnership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.domain.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"450200", "440300", "110000", "340104", "820000"})
    void acceptsSixDigitsUnderARealProvince(String code) {
        assertEquals(code, new RegionCode(code).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"45020", "4502000", "45O200", ""})
    void refusesAnythingButSixDigits(String code) {
        assertEquals(
                "regionCode",
                assertThrows(RuleViolation.class, () -> new RegionCode(code)).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000", "100000", "990000", "470100"})
    void refusesAPrefixThatIsNoProvince(String code) {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> new RegionCode(code));
        assertTrue(violation.getMessage().contains("province-level"), violation.getMessage());
    }

    @Test
    void liesWithinItsProvinceAndCityPrefixes() {
        RegionCode liuzhou = new RegionCode("450200");
        assertTrue(liuzhou.isWithin("45"));
        assertTrue(liuzhou.isWithin("4502"));
        assertTrue(liuzhou.isWithin("450200"));
        assertFalse(liuzhou.isWithin("4403"));
    }
}
