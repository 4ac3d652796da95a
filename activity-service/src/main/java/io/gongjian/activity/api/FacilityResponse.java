package io.gongjian.activity.api;

import io.gongjian.activity.domain.FacilityDetails;
import io.gongjian.activity.domain.FacilityKind;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.records.domain.VersionedRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Facility")
public record FacilityResponse(
        UUID id,
        UUID partnershipId,
        @Schema(nullable = true, description = "Your own id for it, if you gave one") String externalRef,
        @Schema(description = "Send it back in If-Match when you amend or close it") long version,
        @Schema(enumeration = {"ACTIVE", "REVOKED"}) String status,
        @Schema(nullable = true) String revocationReason,
        FacilityKind kind,
        String name,
        CoConstructionMode mode,
        @Schema(enumeration = {"UNIVERSITY", "ENTERPRISE"}) String hostSide,
        LocalDate openedOn,
        @Schema(nullable = true, description = "Its last open day; null while it is open") LocalDate closedOn,
        @Schema(description = "Equipment the enterprise contributed, 10k CNY") BigDecimal equipmentValue,
        @Schema(nullable = true, description = "m²") BigDecimal floorArea,
        @Schema(nullable = true) Integer seats,
        List<String> evidenceLinks) {

    static FacilityResponse of(VersionedRecord<?> record) {
        FacilityDetails facility = (FacilityDetails) record.details();
        return new FacilityResponse(
                record.id(),
                record.partnershipId(),
                record.externalRef(),
                record.version(),
                record.status(),
                record.closingReason(),
                facility.kind(),
                facility.name(),
                facility.mode(),
                facility.hostSide().name(),
                facility.openedOn(),
                facility.closedOn(),
                facility.equipmentValue(),
                facility.floorArea(),
                facility.seats(),
                facility.evidenceLinks());
    }
}
