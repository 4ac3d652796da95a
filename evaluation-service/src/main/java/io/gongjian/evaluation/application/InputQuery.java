package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.InputKind;
import io.gongjian.evaluation.domain.InputStatus;
import java.time.LocalDate;
import java.util.UUID;

/** Filters of an input list; {@code null} means any. Dates are business dates (assessedOn, collectedOn, raisedOn). */
public record InputQuery(
        InputKind kind, UUID partnershipId, String type, LocalDate from, LocalDate to, InputStatus status) {}
