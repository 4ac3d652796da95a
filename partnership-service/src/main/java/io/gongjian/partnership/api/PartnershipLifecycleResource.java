package io.gongjian.partnership.api;

import io.gongjian.commons.api.ETags;
import io.gongjian.commons.api.IdempotentWrites;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import io.gongjian.partnership.application.PartnershipService;
import io.gongjian.partnership.domain.LifecycleCommand;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * How a partnership comes into force and moves on: the two sides confirm a draft, the bureau or a platform admin
 * activates one on the record of a signed agreement, the parties suspend, resume and terminate it.
 */
@IdempotentWrites
@Path("/api/v1/partnerships")
@Tag(name = "Partnerships")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
public class PartnershipLifecycleResource {

    @Inject
    PartnershipService partnerships;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("/{id}/confirm")
    @Operation(
            operationId = "confirmPartnership",
            summary = "Agree to a DRAFT as it stands at the version in If-Match (org admin of the university or the"
                    + " enterprise); once both sides have agreed it is ACTIVE",
            description = "The drafting side has agreed by drafting; the other side's org admin confirms. A draft"
                    + " changed since you read it answers 412: read it again and confirm what it now says.")
    @APIResponse(
            responseCode = "200",
            description = "Confirmed: ACTIVE, or still DRAFT while the other side has to confirm",
            content = @Content(schema = @Schema(implementation = PartnershipResponse.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "Not a DRAFT, your side has agreed already, or it cannot become ACTIVE (term ended, another ACTIVE partnership of the same organisations)")
    @APIResponse(responseCode = "412", description = "The draft changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match missing: say which version you agree to")
    public Response confirm(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return PartnershipResource.current(
                partnerships.confirm(caller.get(), id, ETags.expectedVersion(ifMatch)), Response.ok());
    }

    @POST
    @Path("/{id}/activate")
    @Operation(
            operationId = "activatePartnership",
            summary = "DRAFT → ACTIVE on the record of a signed agreement (bureau officer of the region, platform"
                    + " admin); refused while the same two organisations have another ACTIVE partnership",
            description = "Org admins of the parties agree by confirming instead (POST …/confirm). If-Match is"
                    + " optional: when sent, a stale version answers 412.")
    @APIResponse(
            responseCode = "200",
            description = "ACTIVE",
            content = @Content(schema = @Schema(implementation = PartnershipResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not allowed from the current status; the problem lists currentStatus and allowedCommands")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one")
    public Response activate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return lifecycle(id, ifMatch, LifecycleCommand.ACTIVATE);
    }

    @POST
    @Path("/{id}/suspend")
    @Operation(operationId = "suspendPartnership", summary = "ACTIVE → SUSPENDED; If-Match optional")
    @APIResponse(
            responseCode = "200",
            description = "SUSPENDED",
            content = @Content(schema = @Schema(implementation = PartnershipResponse.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one")
    public Response suspend(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return lifecycle(id, ifMatch, LifecycleCommand.SUSPEND);
    }

    @POST
    @Path("/{id}/resume")
    @Operation(operationId = "resumePartnership", summary = "SUSPENDED → ACTIVE; If-Match optional")
    @APIResponse(
            responseCode = "200",
            description = "ACTIVE",
            content = @Content(schema = @Schema(implementation = PartnershipResponse.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one")
    public Response resume(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return lifecycle(id, ifMatch, LifecycleCommand.RESUME);
    }

    @POST
    @Path("/{id}/terminate")
    @Operation(operationId = "terminatePartnership", summary = "ACTIVE or SUSPENDED → TERMINATED; If-Match optional")
    @APIResponse(
            responseCode = "200",
            description = "TERMINATED",
            content = @Content(schema = @Schema(implementation = PartnershipResponse.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one")
    public Response terminate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return lifecycle(id, ifMatch, LifecycleCommand.TERMINATE);
    }

    /** If-Match is optional on lifecycle commands: when sent, it must name the current version. */
    private Response lifecycle(UUID id, String ifMatch, LifecycleCommand command) {
        Optional<Long> expectedVersion =
                ifMatch == null ? Optional.empty() : Optional.of(ETags.expectedVersion(ifMatch));
        return PartnershipResource.current(
                partnerships.apply(caller.get(), id, expectedVersion, command), Response.ok());
    }
}
