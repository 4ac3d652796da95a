package io.gongjian.commons.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongjian.commons.domain.RuleViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void refusesAPageWhoseOffsetWouldOverflowOrGoBeyondTheDeepestPage() {
        for (int[] pageAndSize : new int[][] {{21_474_837, 100}, {Integer.MAX_VALUE, 1}, {10_001, 100}}) {
            RuleViolation refused = assertThrows(
                    RuleViolation.class,
                    () -> PageRequest.of(pageAndSize[0], pageAndSize[1], null, List.of("title"), "title"));
            assertEquals("page", refused.field());
        }
    }

    @Test
    void computesTheOffsetOfTheDeepestPageAllowed() {
        assertEquals(
                1_000_000,
                PageRequest.of(10_000, 100, null, List.of("title"), "title").offset());
        assertEquals(
                40, PageRequest.of(2, 20, "-title", List.of("title"), "title").offset());
    }
}
