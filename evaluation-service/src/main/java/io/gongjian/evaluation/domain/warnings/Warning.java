package io.gongjian.evaluation.domain.warnings;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A warning that holds on the day it was checked.
 *
 * @param subjectId the rectification item of a RECTIFICATION_OVERDUE warning; {@code null} for the other kinds
 * @param startedOn the first day from which it has held without a break
 * @param details what it rests on, as of the day checked (e.g. {@code lastActivityOn}, {@code dueOn},
 *     {@code composite}); values are dates, numbers or text
 */
public record Warning(WarningKind kind, UUID subjectId, LocalDate startedOn, Map<String, Object> details) {

    public Warning {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details)); // in the order given
    }

    /** Whether this is the warning of {@code kind} about {@code subject}. */
    public boolean is(WarningKind kind, UUID subject) {
        return this.kind == kind && Objects.equals(subjectId, subject);
    }
}
