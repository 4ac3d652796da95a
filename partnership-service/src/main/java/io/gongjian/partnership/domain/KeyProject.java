package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.PlausibleDates;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.Side;
import java.time.LocalDate;
import java.util.UUID;

/** A key project (重点工程) of an agreement. */
public record KeyProject(
        UUID id, String title, CoConstructionMode mode, Side leadSide, LocalDate dueOn, KeyProjectStatus status) {

    public KeyProject {
        title = Texts.required("title", title, 200);
        if (mode == null) {
            throw new RuleViolation("mode", "key-project.mode-required");
        }
        if (leadSide == null) {
            throw new RuleViolation("leadSide", "key-project.lead-side-required");
        }
        if (dueOn == null) {
            throw new RuleViolation("dueOn", "key-project.due-on-required");
        }
        PlausibleDates.notBeforeEarliest("dueOn", dueOn);
        if (status == null) {
            status = KeyProjectStatus.PLANNED;
        }
    }
}
