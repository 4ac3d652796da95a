package io.gongjian.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A joint facility of a partnership as this context keeps it, in its latest version, for the explanation pages and
 * exports (national data tables ask for the equipment enterprises contribute). No indicator reads it
 * (INDICATORS.md): a facility changing never moves a score. A revoked one is kept, so that an older version arriving
 * late cannot bring it back.
 *
 * @param closedOn its last open day; {@code null} while it is open
 * @param equipmentValue the equipment the enterprise contributed, 10k CNY
 */
public record JointFacility(
        UUID id,
        UUID partnershipId,
        long version,
        boolean revoked,
        String kind,
        String name,
        String mode,
        String hostSide,
        LocalDate openedOn,
        LocalDate closedOn,
        BigDecimal equipmentValue) {}
