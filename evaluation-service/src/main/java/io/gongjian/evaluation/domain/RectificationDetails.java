package io.gongjian.evaluation.domain;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.Message;
import io.gongjian.commons.domain.RuleViolation;
import java.time.LocalDate;
import java.util.Map;

/** A rectification item (整改事项) raised from an evaluation, open until completed. */
public record RectificationDetails(
        String issue, LocalDate raisedOn, LocalDate dueOn, LocalDate completedOn, String completionNote)
        implements InputDetails {

    @Override
    public InputKind recordKind() {
        return InputKind.RECTIFICATION;
    }

    @Override
    public LocalDate businessDate() {
        return raisedOn;
    }

    public boolean wasCompleted() {
        return completedOn != null;
    }

    /** Still to be done at the end of {@code day}: raised by then and not completed by then. */
    public boolean openOn(LocalDate day) {
        return !raisedOn.isAfter(day) && (completedOn == null || completedOn.isAfter(day));
    }

    /** Open on {@code day} and past its due date. */
    public boolean overdueOn(LocalDate day) {
        return openOn(day) && dueOn != null && dueOn.isBefore(day);
    }

    @Override
    public void check(LocalDate today) {
        InputDetails.requireText("issue", issue, true, MAX_ISSUE);
        InputDetails.requireHappened("raisedOn", raisedOn, today);
        if (dueOn != null && dueOn.isBefore(raisedOn)) {
            throw new RuleViolation("dueOn", "date.before-other", "dueOn", dueOn, "raisedOn", raisedOn);
        }
        if (completedOn != null) {
            InputDetails.requireHappened("completedOn", completedOn, today);
            if (completedOn.isBefore(raisedOn)) {
                throw new RuleViolation(
                        "completedOn", "date.before-other", "completedOn", completedOn, "raisedOn", raisedOn);
            }
        }
        InputDetails.requireText("completionNote", completionNote, false, MAX_NOTE);
    }

    /** The same item, completed on {@code on}; an item is completed once. */
    public RectificationDetails completed(LocalDate on, String note, LocalDate today) {
        if (wasCompleted()) {
            throw new Conflict(
                    "completedOn",
                    Message.of("rectification.completed-already", completedOn),
                    Map.of("completedOn", completedOn.toString()));
        }
        if (on == null) {
            throw new RuleViolation("completedOn", "required", "completedOn");
        }
        RectificationDetails completed = new RectificationDetails(issue, raisedOn, dueOn, on, note);
        completed.check(today);
        return completed;
    }

    /** Amending an item keeps its completion: completing is its own command. */
    public RectificationDetails keepingCompletionOf(RectificationDetails current) {
        return new RectificationDetails(issue, raisedOn, dueOn, current.completedOn, current.completionNote);
    }
}
