package io.gongjian.evaluation.api;

import io.gongjian.commons.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evaluation/indicators")
@Tag(name = "Scores")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME, Role.VIEWER_NAME})
public class IndicatorResource {

    @GET
    @Operation(
            operationId = "getIndicatorCatalogue",
            summary =
                    "The indicator catalogue: names (zh, en), dimensions, units, formulas, default targets and weights")
    public IndicatorCatalogue catalogue() {
        return IndicatorCatalogue.SCHEME;
    }
}
