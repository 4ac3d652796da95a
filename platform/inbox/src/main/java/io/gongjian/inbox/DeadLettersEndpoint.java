package io.gongjian.inbox;

import io.gongjian.commons.api.IdempotentWrites;
import io.gongjian.commons.api.OpenApiConventions;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The events this service's consumers could never apply, for platform admins: what, when and why, and replaying one
 * once its cause is fixed (deploy/README.md, "GongjianDeadLetters"). A consuming service exposes it by extending this
 * class with a {@code @Path} under its own API prefix (the gateway routes by prefix), as with the outbox's
 * {@code ParkedEventsEndpoint}; its operation ids get the prefix's name. Problem answers get their problem+json
 * body from the document's filter ({@code ProblemResponses}): only what they mean here is said.
 */
@IdempotentWrites
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
@Tag(name = "Inbox", description = "Events the consumers could never apply, set aside in dead-letter topics")
@Produces(MediaType.APPLICATION_JSON)
public abstract class DeadLettersEndpoint {

    /** The class's @RolesAllowed is not seen by the document scanner on a subclass: said in words instead. */
    private static final String PLATFORM_ADMINS = "Platform admins only (role platform-admin).";

    static final String LIST = OpenApiConventions.SERVICE + "ListDeadLetters";
    static final String REPLAY = OpenApiConventions.SERVICE + "ReplayDeadLetter";

    @Inject
    DeadLetters deadLetters;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(
            operationId = LIST,
            summary = "Events this service's consumers could never apply, oldest first, with the reason and whether"
                    + " they were replayed",
            description = PLATFORM_ADMINS + " Reads the dead-letter topics as far as their retention keeps them; 400"
                    + " names the service's dead-letter topics when topic is not one of them.")
    // No @APIResponse here: with one, the scanner would no longer document the page as the 200 answer.
    public Page<DeadLetter> list(
            @Parameter(
                            description = "Only this dead-letter topic (default: all of this service's)",
                            example = "gongjian.activity.events.dlq")
                    @QueryParam("topic")
                    String topic,
            @Parameter(description = "Only the replayed ones (true) or only those not replayed (false)")
                    @QueryParam("replayed")
                    Boolean replayed,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") @DefaultValue("20") int size) {
        return deadLetters.list(
                Optional.ofNullable(topic),
                Optional.ofNullable(replayed),
                new PageRequest(page, size, "deadLetteredAt", false));
    }

    @POST
    @Path("/{topic}/{partition}/{offset}/replay")
    @Operation(
            operationId = REPLAY,
            description = PLATFORM_ADMINS
                    + " Consumers that applied the event before skip it as a duplicate; one that fails again sends it"
                    + " back to the dead-letter topic with its new reason. Each dead letter is replayed at most once.",
            summary = "Send a dead letter again to the topic it came from, once its cause is fixed")
    @APIResponse(
            responseCode = "200",
            description = "Sent again; the dead letter, now with when and by whom it was replayed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeadLetter.class)))
    @APIResponse(
            responseCode = "404",
            description = "No dead letter of this service at this place (or the topic's retention dropped it)")
    @APIResponse(responseCode = "409", description = "Replayed before: the problem says when and by whom")
    @APIResponse(
            responseCode = "503",
            description = "The broker cannot be reached; nothing was replayed, try again after Retry-After")
    public RestResponse<DeadLetter> replay(
            @Parameter(description = "The dead-letter topic", example = "gongjian.activity.events.dlq")
                    @PathParam("topic")
                    String topic,
            @Parameter(description = "The dead letter's partition") @PathParam("partition") int partition,
            @Parameter(description = "The dead letter's offset") @PathParam("offset") long offset) {
        return RestResponse.ok(
                deadLetters.replay(topic, partition, offset, caller.get().username()));
    }
}
