package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.RuleViolation;

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from the 31-character alphabet
 * (digits and capitals without I, O, S, V, Z). Its parts: 1 the registration authority (登记管理部门代码),
 * 2 the kind of body (机构类别代码), 3–8 the region code of the registering office (登记管理机关行政区划码),
 * 9–17 the body's own identifier (主体标识码, the organisation code), 18 a check character over the first 17.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商, A 军队, N 农业, Y 其他. */
    static final String REGISTRATION_AUTHORITIES = "123456789ANY";

    /** Region code of bodies registered at the national level. */
    private static final String NATIONAL = "100000";

    public CreditCode {
        if (value == null || value.length() != 18) {
            throw new RuleViolation("creditCode", "credit-code.length", value == null ? 0 : value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw invalid("credit-code.character", i + 1, printable(value.charAt(i)));
            }
        }
        checkStructure(value);
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw invalid("credit-code.check", expected, value.charAt(17));
        }
    }

    /** A code can carry a correct check character and still name no registered body, e.g. 000000000000000000. */
    private static void checkStructure(String value) {
        if (REGISTRATION_AUTHORITIES.indexOf(value.charAt(0)) < 0) {
            throw invalid("credit-code.authority", value.charAt(0));
        }
        if (value.charAt(1) < '1' || value.charAt(1) > '9') {
            throw invalid("credit-code.body-kind", value.charAt(1));
        }
        String region = value.substring(2, 8);
        boolean knownRegion = region.chars().allMatch(Character::isDigit)
                && (RegionCode.PROVINCES.contains(region.substring(0, 2)) || region.equals(NATIONAL));
        if (!knownRegion) {
            throw invalid("credit-code.region", region);
        }
        if (value.substring(8, 16).chars().allMatch(c -> c == '0')) {
            throw invalid("credit-code.zeros");
        }
    }

    /** C18 = 31 − (Σ value(Ci) × Wi mod 31), where 31 maps to 0. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    private static RuleViolation invalid(String key, Object... arguments) {
        return new RuleViolation("creditCode", key, arguments);
    }

    private static String printable(char c) {
        return Character.isISOControl(c) ? "U+" + String.format("%04X", (int) c) : String.valueOf(c);
    }

    @Override
    public String toString() {
        return value;
    }
}
