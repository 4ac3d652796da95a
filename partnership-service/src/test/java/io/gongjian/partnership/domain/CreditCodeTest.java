package io.gongjian.partnership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.commons.domain.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "12450200498600571A", "914502001982294574", "12440300455756211X"})
    void acceptsCodesWithTheRightCheckCharacter(String code) {
        assertEquals(code, new CreditCode(code).value());
    }

    @Test
    void computesTheCheckCharacterByHand() {
        // 9 1 3 5 0 1 0 0 M 0 0 0 1 0 0 Y 4 weighted by 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28:
        // 9+3+27+135+0+26+0+0+420+0+0+0+8+0+0+900+112 = 1640; 1640 mod 31 = 28; 31 − 28 = 3 → '3'.
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
    }

    @Test
    void refusesAWrongCheckCharacterAndSaysWhichItShouldBe() {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> new CreditCode("12450200498600571B"));
        assertEquals("creditCode", violation.field());
        assertTrue(violation.getMessage().contains("should be 'A'"), violation.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12450200498600571", "12450200498600571AA", ""})
    void refusesAWrongLength(String code) {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> new CreditCode(code));
        assertTrue(violation.getMessage().contains("18 characters"), violation.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1245020049860057IA", "1245020049860057OA", "12450200498600s71A"})
    void refusesCharactersOutsideTheAlphabet(String code) {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> new CreditCode(code));
        assertTrue(violation.getMessage().contains("not allowed"), violation.getMessage());
    }

    /** Each of these carries a correct check character, yet names no registered body. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "000000000000000000", // registration authority 0 does not exist
                "90000000000000000N", // kind of body 0 does not exist
                "91000000000000000K", // region 000000 does not exist
                "91450200000000000D", // the body's own identifier is all zeros
            })
    void refusesCodesThatBreakTheStructureOfTheStandard(String code) {
        assertEquals(code.charAt(17), CreditCode.checkCharacter(code.substring(0, 17)), "the test code's check");
        RuleViolation violation = assertThrows(RuleViolation.class, () -> new CreditCode(code));
        assertEquals("creditCode", violation.field());
    }

    @Test
    void acceptsBodiesRegisteredAtTheNationalLevel() {
        String first17 = "11100000MB0143553";
        assertEquals(
                first17 + CreditCode.checkCharacter(first17),
                new CreditCode(first17 + CreditCode.checkCharacter(first17)).value());
    }
}
