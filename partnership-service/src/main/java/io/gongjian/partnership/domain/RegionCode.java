package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.RuleViolation;
import java.util.Set;

/** Administrative division code (行政区划代码, GB/T 2260): 6 digits, the first two a province-level code. */
public record RegionCode(String value) {

    /** Province-level divisions of GB/T 2260, including Taiwan, Hong Kong and Macao. */
    static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    public RegionCode {
        if (value == null || !value.matches("\\d{6}")) {
            throw new RuleViolation("regionCode", "region-code.digits");
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            throw new RuleViolation("regionCode", "region-code.province", value.substring(0, 2));
        }
    }

    /** Whether this region lies under a 2-, 4- or 6-digit prefix (province, city, district). */
    public boolean isWithin(String prefix) {
        return value.startsWith(prefix);
    }

    @Override
    public String toString() {
        return value;
    }
}
