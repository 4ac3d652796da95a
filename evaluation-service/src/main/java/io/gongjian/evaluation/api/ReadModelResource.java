package io.gongjian.evaluation.api;

import io.gongjian.commons.api.IdempotentWrites;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.application.RebuildReport;
import io.gongjian.evaluation.application.ScoreUpdates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@IdempotentWrites
@Path("/api/v1/evaluation/read-model/rebuild")
@Tag(name = "Operations", description = "Platform operators' tools: rebuilding the evaluation read model")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
public class ReadModelResource {

    @Inject
    ScoreUpdates updates;

    @POST
    @Operation(
            operationId = "rebuildReadModel",
            summary = "Rebuild the read model and the current scores from the beginning of both topics",
            description = "Platform admins only. One transaction: scores stay readable (the old ones) until it "
                    + "commits; events arriving meanwhile are applied right after. Evaluator inputs are kept.")
    public RestResponse<RebuildReport> rebuild() {
        return RestResponse.ok(updates.rebuild());
    }
}
