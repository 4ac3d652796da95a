package io.gongjian.evaluation.domain;

import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.evaluation.domain.Facts.RespondentSide;
import io.gongjian.evaluation.domain.Facts.SurveyKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A survey batch (问卷): n respondents of one side and their mean answer 0..100. */
public record SurveyDetails(
        SurveyKind kind, RespondentSide side, LocalDate collectedOn, int respondents, BigDecimal mean)
        implements InputDetails {

    @Override
    public InputKind recordKind() {
        return InputKind.SURVEY;
    }

    @Override
    public LocalDate businessDate() {
        return collectedOn;
    }

    @Override
    public void check(LocalDate today) {
        if (kind == null) {
            throw new RuleViolation("kind", "required.one-of", "kind", "SATISFACTION, SOCIAL_INFLUENCE");
        }
        if (side == null) {
            throw new RuleViolation("side", "required.one-of", "side", "UNIVERSITY, ENTERPRISE, PUBLIC");
        }
        InputDetails.requireHappened("collectedOn", collectedOn, today);
        if (respondents < 1 || respondents > MAX_RESPONDENTS) {
            throw new RuleViolation("respondents", "survey.respondents", MAX_RESPONDENTS, respondents);
        }
        InputDetails.requirePoints("mean", mean);
    }
}
