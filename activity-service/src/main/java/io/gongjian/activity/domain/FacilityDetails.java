package io.gongjian.activity.domain;

import io.gongjian.commons.domain.PlausibleDates;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.events.ActivityEvent;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.events.FacilityChanged;
import io.gongjian.events.Side;
import io.gongjian.records.domain.VersionedRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A joint facility (共建设施): a training room, lab, industry college, training base or party position the two parties
 * build and run together, hosted by one of them. It is open from {@code openedOn} through {@code closedOn} (both
 * days included; no {@code closedOn} while it is open); activities and exchanges may name it as where they took
 * place on a day it was open. Facilities move no indicator (INDICATORS.md).
 *
 * @param equipmentValue the equipment the enterprise contributed, 10k CNY
 * @param floorArea m², optional
 */
public record FacilityDetails(
        FacilityKind kind,
        String name,
        CoConstructionMode mode,
        Side hostSide,
        LocalDate openedOn,
        LocalDate closedOn,
        BigDecimal equipmentValue,
        BigDecimal floorArea,
        Integer seats,
        List<String> evidenceLinks)
        implements RecordDetails {

    public FacilityDetails {
        Rules.required("kind", kind);
        name = Rules.text("name", name, Limits.TITLE, true);
        Rules.required("mode", mode);
        if (Rules.required("hostSide", hostSide) == Side.JOINT) {
            throw new RuleViolation("hostSide", "facility.hosted-by-one");
        }
        PlausibleDates.notBeforeEarliest("openedOn", Rules.required("openedOn", openedOn));
        if (closedOn != null && closedOn.isBefore(openedOn)) {
            throw new RuleViolation("closedOn", "facility.closed-before-opened", closedOn, openedOn);
        }
        Rules.tenThousandYuan("equipmentValue", equipmentValue, "facility.equipment");
        if (floorArea != null) {
            Rules.positive("floorArea", floorArea, Limits.FLOOR_AREA, Limits.FLOOR_AREA_DECIMALS, "m²");
        }
        if (seats != null) {
            Rules.between("seats", seats, 1, Limits.PEOPLE);
        }
        evidenceLinks = Rules.webLinks("evidenceLinks", evidenceLinks);
    }

    /** The same facility, closed after {@code lastDay}. */
    public FacilityDetails closedAfter(LocalDate lastDay) {
        return new FacilityDetails(
                kind, name, mode, hostSide, openedOn, lastDay, equipmentValue, floorArea, seats, evidenceLinks);
    }

    /**
     * Refuses a record placed here on a day the facility was not open.
     *
     * @param dateField the record's business date as its request names it (occurredOn)
     */
    public void requireOpenOn(LocalDate date, String dateField) {
        if (date.isBefore(openedOn)) {
            throw new RuleViolation("facilityId", "facility.not-yet-open", name, openedOn, dateField, date);
        }
        if (closedOn != null && date.isAfter(closedOn)) {
            throw new RuleViolation("facilityId", "facility.no-longer-open", name, closedOn, dateField, date);
        }
    }

    /** Refuses dates that would leave what already took place here outside the days the facility was open. */
    public void requireCovers(FacilityUsage usage) {
        if (usage.firstUsedOn() != null && usage.firstUsedOn().isBefore(openedOn)) {
            throw new RuleViolation("openedOn", "facility.first-use", usage.described(), usage.firstUsedOn());
        }
        if (closedOn != null && usage.lastUsedOn() != null && usage.lastUsedOn().isAfter(closedOn)) {
            throw new RuleViolation("closedOn", "facility.last-use", usage.described(), usage.lastUsedOn());
        }
    }

    @Override
    public String typeCode() {
        return kind.name();
    }

    @Override
    public LocalDate businessDate() {
        return openedOn;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.FACILITY;
    }

    @Override
    public ActivityEvent toEvent(VersionedRecord<?> record) {
        return new FacilityChanged(
                record.id(),
                record.version(),
                record.partnershipId(),
                !record.isActive(),
                record.closingReason(),
                kind.name(),
                name,
                mode.name(),
                hostSide.name(),
                openedOn,
                closedOn,
                equipmentValue,
                floorArea,
                seats,
                evidenceLinks);
    }
}
