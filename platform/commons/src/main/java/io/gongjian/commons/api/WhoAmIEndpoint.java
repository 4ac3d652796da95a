package io.gongjian.commons.api;

import io.gongjian.commons.security.CurrentCaller;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** "Who am I" for any service: a subclass only adds the {@code @Path} under the service's own prefix. */
@Authenticated
public abstract class WhoAmIEndpoint {

    @Inject
    CurrentCaller caller;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = OpenApiConventions.SERVICE + "WhoAmI",
            summary = "What this service understood of your token: roles, region and organisation",
            description = "Any caller with a valid bearer token of the gongjian realm; a first call to check a token.")
    @APIResponse(
            responseCode = "200",
            description = "The caller as this service sees it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WhoAmI.class)))
    @APIResponse(
            responseCode = "401",
            description = "No valid bearer token from the gongjian realm",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public WhoAmI whoAmI() {
        return WhoAmI.of(service, caller.get());
    }
}
