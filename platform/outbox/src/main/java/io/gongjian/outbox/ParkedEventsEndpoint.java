package io.gongjian.outbox;

import io.gongjian.commons.api.IdempotentWrites;
import io.gongjian.commons.api.OpenApiConventions;
import io.gongjian.commons.api.ProblemDetail;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The events this service's relay parked, for platform admins: what, since when and why, and sending one again
 * once the cause is fixed (a topic's size limit raised, say). A producing service exposes it by extending this class
 * with a {@code @Path} under its own API prefix (the gateway routes by prefix), as with {@code WhoAmIEndpoint}; its
 * operation ids get the prefix's name ({@link ParkedEventsOperationIds}).
 */
@IdempotentWrites
@RolesAllowed(Role.PLATFORM_ADMIN_NAME)
@Tag(name = "Outbox", description = "Events the broker refused, set aside so that the others go on")
@Produces(MediaType.APPLICATION_JSON)
public abstract class ParkedEventsEndpoint {

    /** The class's @RolesAllowed is not seen by the document scanner on a subclass: said in words instead. */
    private static final String PLATFORM_ADMINS = "Platform admins only (role platform-admin).";

    static final String LIST = OpenApiConventions.SERVICE + "ListParkedEvents";
    static final String RETRY = OpenApiConventions.SERVICE + "RetryParkedEvent";

    @Inject
    OutboxEntries entries;

    @Inject
    OutboxRelay relay;

    @GET
    @Transactional
    @Operation(
            operationId = LIST,
            summary = "Events the relay parked after the broker refused them repeatedly, oldest first, with the reason",
            description = PLATFORM_ADMINS)
    public Page<ParkedEvent> list(
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") @DefaultValue("20") int size) {
        PageRequest request = new PageRequest(page, size, "position", false);
        long offset = (long) page * size;
        var items = offset > Integer.MAX_VALUE - size ? List.<OutboxEntry>of() : entries.parked((int) offset, size);
        return Page.of(items.stream().map(ParkedEvent::of).toList(), request, entries.countParked());
    }

    @POST
    @Path("/{eventId}/retry")
    @Transactional
    @Operation(
            operationId = RETRY,
            description = PLATFORM_ADMINS,
            summary =
                    "Send a parked event again, after the cause was fixed; it goes out after the events pending before"
                            + " it, and is parked again if the broker still refuses it")
    @APIResponse(responseCode = "202", description = "Pending again; the relay sends it within seconds")
    @APIResponse(
            responseCode = "404",
            description = "No parked event with this id",
            content =
                    @Content(
                            mediaType = ProblemDetail.MEDIA_TYPE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    public Response retry(@PathParam("eventId") UUID eventId) {
        entries.unpark(eventId).orElseThrow(() -> new NotFound("parked event", eventId));
        relay.wakeUpAfterCommit();
        return Response.accepted().build();
    }
}
