package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.RuleViolation;

/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from the 31-character alphabet
 * (digits and capitals without I, O, S, V, Z); the 18th is a check character over the first 17.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        if (value == null || value.length() != 18) {
            throw new RuleViolation(
                    "creditCode",
                    "the unified social credit code must have 18 characters, not "
                            + (value == null ? 0 : value.length()));
        }
        for (int i = 0; i < value.length(); i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new RuleViolation(
                        "creditCode",
                        "character " + (i + 1) + " ('" + value.charAt(i)
                                + "') is not allowed in a unified social credit code (digits and capitals except I, O, S, V, Z)");
            }
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw new RuleViolation(
                    "creditCode",
                    "the check character (18th) should be '" + expected + "', not '" + value.charAt(17)
                            + "' (GB 32100-2015): please check the code for a typing error");
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

    @Override
    public String toString() {
        return value;
    }
}
