package io.gongjian.evaluation.domain;

import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.evaluation.domain.Facts.AssessmentKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An expert assessment (专家评分) of organisation construction or of teaching-mode innovation. */
public record AssessmentDetails(AssessmentKind kind, BigDecimal score, LocalDate assessedOn, String comment)
        implements InputDetails {

    @Override
    public InputKind recordKind() {
        return InputKind.ASSESSMENT;
    }

    @Override
    public LocalDate businessDate() {
        return assessedOn;
    }

    @Override
    public void check(LocalDate today) {
        if (kind == null) {
            throw new RuleViolation("kind", "required.one-of", "kind", "ORG_CONSTRUCTION, TEACHING_MODE");
        }
        InputDetails.requirePoints("score", score);
        InputDetails.requireHappened("assessedOn", assessedOn, today);
        InputDetails.requireText("comment", comment, false, MAX_NOTE);
    }
}
