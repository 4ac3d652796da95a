package io.gongjian.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.evaluation.domain.Facts.AssessmentKind;
import io.gongjian.evaluation.domain.Facts.RespondentSide;
import io.gongjian.evaluation.domain.Facts.SurveyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The evaluators' inputs: dates by the platform's one plausible-date rule, texts and counts within their caps. */
class InputDetailsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final LocalDate BEFORE_1949_10_01 = LocalDate.of(1949, 9, 30);

    @Test
    void everyDateLiesBetweenTheFoundingOfThePeoplesRepublicAndToday() {
        new AssessmentDetails(AssessmentKind.ORG_CONSTRUCTION, BigDecimal.TEN, LocalDate.of(1949, 10, 1), null)
                .check(TODAY);
        assertField("assessedOn", () -> assessment(BEFORE_1949_10_01, null).check(TODAY));
        assertField("assessedOn", () -> assessment(TODAY.plusDays(1), null).check(TODAY));
        assertField("collectedOn", () -> survey(BEFORE_1949_10_01, 10).check(TODAY));
        assertField("raisedOn", () -> new RectificationDetails("整改", BEFORE_1949_10_01, null, null, null).check(TODAY));
        assertField("completedOn", () -> new RectificationDetails("整改", TODAY.minusDays(3), null, null, null)
                .completed(TODAY.plusDays(1), null, TODAY));
    }

    @Test
    void textsAndCountsHaveCapsNamingTheField() {
        assessment(TODAY, "评".repeat(InputDetails.MAX_NOTE)).check(TODAY);
        assertField("comment", () -> assessment(TODAY, "评".repeat(InputDetails.MAX_NOTE + 1))
                .check(TODAY));
        assertField(
                "issue", () -> new RectificationDetails("改".repeat(InputDetails.MAX_ISSUE + 1), TODAY, null, null, null)
                        .check(TODAY));
        survey(TODAY, InputDetails.MAX_RESPONDENTS).check(TODAY);
        assertField("respondents", () -> survey(TODAY, InputDetails.MAX_RESPONDENTS + 1)
                .check(TODAY));
    }

    private static AssessmentDetails assessment(LocalDate on, String comment) {
        return new AssessmentDetails(AssessmentKind.TEACHING_MODE, new BigDecimal("80"), on, comment);
    }

    private static SurveyDetails survey(LocalDate on, int respondents) {
        return new SurveyDetails(
                SurveyKind.SATISFACTION, RespondentSide.UNIVERSITY, on, respondents, new BigDecimal("85"));
    }

    private static void assertField(String field, Runnable input) {
        assertEquals(field, assertThrows(RuleViolation.class, input::run).field());
    }

    @Test
    void aRectificationItemIsOpenUntilTheDayItIsCompletedAndOverdueOncePastItsDueDate() {
        LocalDate raised = LocalDate.parse("2025-03-01");
        RectificationDetails item = new RectificationDetails(
                "签到表不全", raised, LocalDate.parse("2025-04-30"), LocalDate.parse("2025-06-15"), null);
        assertEquals(false, item.openOn(raised.minusDays(1)), "not raised yet");
        assertEquals(true, item.openOn(raised));
        assertEquals(false, item.overdueOn(LocalDate.parse("2025-04-30")), "due that day");
        assertEquals(true, item.overdueOn(LocalDate.parse("2025-05-01")));
        assertEquals(true, item.openOn(LocalDate.parse("2025-06-14")));
        assertEquals(false, item.openOn(LocalDate.parse("2025-06-15")), "completed that day");
        assertEquals(false, item.overdueOn(LocalDate.parse("2025-12-31")));
        RectificationDetails noDueDate = new RectificationDetails("签到表不全", raised, null, null, null);
        assertEquals(false, noDueDate.overdueOn(LocalDate.parse("2030-01-01")));
    }
}
