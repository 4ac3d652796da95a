package io.gongjian.activity.application;

import io.gongjian.activity.domain.RecordKind;
import io.gongjian.activity.domain.RecordStatus;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Filters of a record list; {@code null} means "any".
 *
 * @param type the type code of the kind (e.g. JOINT_STUDY for activities)
 * @param achievementId conversions of one achievement
 */
public record RecordQuery(
        RecordKind kind,
        UUID partnershipId,
        UUID achievementId,
        String type,
        String mode,
        LocalDate from,
        LocalDate to,
        RecordStatus status) {}
