package io.gongjian.evaluation.domain;

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

    static void requirePastOrToday(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            throw new RuleViolation(field, field + " is required");
        }
        if (date.isAfter(today)) {
            throw new RuleViolation(field, field + " " + date + " is in the future (today is " + today + ")");
        }
    }

    static void requirePoints(String field, BigDecimal value) {
        if (value == null) {
            throw new RuleViolation(field, field + " is required");
        }
        if (value.signum() < 0 || value.compareTo(Numbers.HUNDRED) > 0) {
            throw new RuleViolation(field, field + " must be between 0 and 100, was " + value.toPlainString());
        }
    }

    static void requireText(String field, String text, boolean required, int maxLength) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new RuleViolation(field, field + " is required");
            }
            return;
        }
        if (text.length() > maxLength) {
            throw new RuleViolation(
                    field, field + " has " + text.length() + " characters; at most " + maxLength + " are allowed");
        }
    }
}
