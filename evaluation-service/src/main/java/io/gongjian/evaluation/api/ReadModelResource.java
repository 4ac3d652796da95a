package io.gongjian.evaluation.api;

import io.gongjian.commons.api.IdempotentWrites;
import io.gongjian.commons.api.Unavailable;
import io.gongjian.commons.domain.Message;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.application.ReadModelRebuild;
import io.gongjian.evaluation.application.ReadModelRebuilds;
import io.gongjian.evaluation.application.RebuildPhase;
import io.gongjian.evaluation.application.RebuildReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@IdempotentWrites
@Path("/api/v1/evaluation/read-model")
@Tag(name = "Operations", description = "Platform operators' tools: rebuilding the evaluation read model")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
public class ReadModelResource {

    /** How often the deprecated synchronous rebuild looks whether its rebuild ended. */
    private static final Duration AWAIT_POLL = Duration.ofMillis(200);

    @Inject
    ReadModelRebuilds rebuilds;

    @POST
    @Path("/rebuilds")
    @Operation(
            operationId = "startReadModelRebuild",
            summary = "Rebuild the read model and the current scores from the beginning of both topics",
            description = "Platform admins only. Built beside the live model in bounded steps: readers keep the live"
                    + " scores and live events keep being applied; at the end, in one transaction, the rebuilt model"
                    + " replaces the live one and the partnerships whose scores it changed enter the change feed"
                    + " (cause REBUILD). Evaluator inputs are kept. When a rebuild is under way this answers it"
                    + " instead of starting another; one whose instance stopped is resumed from where it got.")
    @APIResponse(
            responseCode = "202",
            description = "Started or under way: Location is the rebuild",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RebuildStatus.class)))
    public RestResponse<RebuildStatus> start(UriInfo uri) {
        ReadModelRebuild rebuild = rebuilds.start();
        return RestResponse.ResponseBuilder.<RebuildStatus>create(RestResponse.Status.ACCEPTED)
                .location(uri.getBaseUriBuilder()
                        .path(RebuildStatus.path(rebuild.id()))
                        .build())
                .entity(RebuildStatus.of(rebuild))
                .build();
    }

    @GET
    @Path("/rebuilds/{id}")
    @Operation(operationId = "getReadModelRebuild", summary = "A rebuild of the read model: how far it got")
    public RestResponse<RebuildStatus> get(@PathParam("id") UUID id) {
        return RestResponse.ok(RebuildStatus.of(rebuilds.get(id)));
    }

    /** Kept for the clients of API 3.2 and before; it holds a connection for as long as the rebuild runs. */
    @Deprecated
    @POST
    @Path("/rebuild")
    @Operation(
            operationId = "rebuildReadModel",
            summary = "Deprecated: POST …/read-model/rebuilds and follow its Location instead",
            description = "Platform admins only. Starts a rebuild as POST …/read-model/rebuilds does (or joins the one"
                    + " under way) and answers when it ended. A gateway or client timeout does not stop it.")
    @APIResponse(responseCode = "200", description = "The rebuilt model is live")
    @APIResponse(responseCode = "503", description = "The rebuild failed; the live scores are as they were")
    public RestResponse<RebuildReport> rebuild() throws InterruptedException {
        ReadModelRebuild rebuild = rebuilds.start();
        while (!rebuild.phase().finished()) {
            Thread.sleep(AWAIT_POLL.toMillis());
            rebuild = rebuilds.get(rebuild.id());
        }
        if (rebuild.phase() == RebuildPhase.FAILED) {
            throw new Unavailable(null, Message.of("rebuild.failed", rebuild.id(), rebuild.failure()), Map.of(), 60);
        }
        return RestResponse.ok(new RebuildReport(
                rebuild.eventsRead(),
                rebuild.eventsApplied(),
                rebuild.eventsMalformed(),
                rebuild.partnershipsScored(),
                Duration.between(rebuild.startedAt(), rebuild.finishedAt()).toMillis()));
    }
}
