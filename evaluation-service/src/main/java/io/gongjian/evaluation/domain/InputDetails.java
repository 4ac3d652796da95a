package io.gongjian.evaluation.domain;

import io.gongjian.commons.domain.Message;
import io.gongjian.commons.domain.PlausibleDates;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.records.domain.Details;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What an evaluator input says; each kind checks its own rules. */
public sealed interface InputDetails extends Details permits AssessmentDetails, SurveyDetails, RectificationDetails {

    @Override
    InputKind recordKind();

    /** The date the indicators place it by: assessedOn, collectedOn or raisedOn. */
    @Override
    LocalDate businessDate();

    /** Refuses what cannot be true as of {@code today} (Asia/Shanghai). */
    void check(LocalDate today);

    /** Longest comment or completion note, characters. */
    int MAX_NOTE = 2000;

    /** Longest rectification issue, characters. */
    int MAX_ISSUE = 1000;

    /** Most respondents in one survey batch: a public survey of a whole city district stays below it. */
    int MAX_RESPONDENTS = 100_000;

    /** A date that has happened, by the platform's one rule ({@link PlausibleDates}): 1949-10-01 up to today. */
    static void requireHappened(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            throw new RuleViolation(field, "required", field);
        }
        PlausibleDates.notBeforeEarliest(field, date);
        PlausibleDates.notAfter(field, date, today, Message.of("bound.today-in-shanghai"));
    }

    static void requirePoints(String field, BigDecimal value) {
        if (value == null) {
            throw new RuleViolation(field, "required", field);
        }
        if (value.signum() < 0 || value.compareTo(Numbers.HUNDRED) > 0) {
            throw new RuleViolation(field, "number.between-was", field, 0, 100, value.toPlainString());
        }
    }

    static void requireText(String field, String text, boolean required, int maxLength) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new RuleViolation(field, "required", field);
            }
            return;
        }
        if (text.length() > maxLength) {
            throw new RuleViolation(field, "text.too-long", field, text.length(), maxLength);
        }
    }
}
