package io.gongjian.evaluation.api;

import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.application.Ranking;
import io.gongjian.evaluation.application.ScoreService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evaluation/rankings")
@Tag(name = "Rankings", description = "The ACTIVE partnerships of a region ranked by composite score")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.VIEWER_NAME})
public class RankingResource {

    @Inject
    ScoreService scores;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(
            operationId = "getRanking",
            summary = "The ACTIVE partnerships of a region by composite, best first",
            description = "Ties by partnership code; partnerships without a composite last, unranked. Bureau officers "
                    + "rank their own region (the default) or a part of it.")
    public Ranking ranking(
            @QueryParam("region") @Parameter(description = "Region-code prefix: 2 (province), 4 (city) or 6 digits")
                    String region,
            @QueryParam("asOf")
                    @Parameter(
                            description = "YYYY-MM-DD, default today",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String asOf,
            @BeanParam ScoreWindow window,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return scores.ranking(
                caller.get(),
                region,
                QueryParameters.date("asOf", asOf),
                window.days(),
                new PageRequest(page, size, "composite", true));
    }
}
