package io.gongjian.evaluation.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "BenchmarkRelayRequest",
        description = "A relay: the current host's showcase activity and the partnership the host role goes to next")
public record RelayRequest(
        @Schema(required = true, description = "An activity of the current host (typically a SITE_VISIT or SYMPOSIUM)")
                UUID activityId,
        @Schema(required = true, description = "An ACTIVE partnership in your region, other than the current host")
                UUID nextPartnershipId,
        @Schema(nullable = true, description = "At most 1000 characters") String note) {}
