package io.gongjian.activity.api;

import io.gongjian.activity.domain.FacilityUsage;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "FacilityUsage",
        description = "What took place at a facility: its activities and exchanges that are not revoked (list them"
                + " with ?facility= on /api/v1/activities and /api/v1/exchanges)")
public record FacilityUsageResponse(
        UUID facilityId,
        @Schema(example = "12") long activities,
        @Schema(example = "3") long exchanges,
        @Schema(nullable = true, description = "The date of the first of them") LocalDate firstUsedOn,
        @Schema(nullable = true, description = "The date of the last of them") LocalDate lastUsedOn) {

    static FacilityUsageResponse of(UUID facilityId, FacilityUsage usage) {
        return new FacilityUsageResponse(
                facilityId, usage.activities(), usage.exchanges(), usage.firstUsedOn(), usage.lastUsedOn());
    }
}
