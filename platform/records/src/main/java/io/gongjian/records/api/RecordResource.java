package io.gongjian.records.api;

import io.gongjian.commons.api.ETags;
import io.gongjian.history.ChangeHistory;
import io.gongjian.records.domain.Details;
import io.gongjian.records.domain.Kind;
import io.gongjian.records.domain.VersionedRecord;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The routes every record type has under its collection: read one, amend it with If-Match, revoke or withdraw it
 * with a reason, its history. A record type's resource extends it with its path, tag and roles, and adds only its
 * own routes: recording one (its request and its answer, documented as its own) and its list (its filters).
 *
 * @param <D> what the service's records say
 * @param <Q> the record type's request body
 * @param <R> the record type's response body
 */
// The routes below are inherited: a record type's own class-level @Produces does not reach them, and without one a
// caller accepting anything could be answered by a spreadsheet writer.
@Produces(MediaType.APPLICATION_JSON)
public abstract class RecordResource<D extends Details, Q extends RecordRequest<? extends D>, R>
        extends RecordEndpoints<D, R> {

    protected RecordResource(Kind kind, Function<VersionedRecord<D>, R> response) {
        super(kind, response);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "get" + RecordOperationIds.RECORD,
            summary = "Read one, revoked or withdrawn ones included")
    @APIResponse(responseCode = "200", description = "With its ETag")
    public RestResponse<R> get(@PathParam("id") UUID id) {
        return current(records().get(caller(), kind(), id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "amend" + RecordOperationIds.RECORD,
            summary = "Amend: its latest content counts; If-Match carries the version it is based on")
    @APIResponse(responseCode = "200", description = "Amended")
    @APIResponse(responseCode = "409", description = "Revoked or withdrawn, or the partnership is not ACTIVE")
    public RestResponse<R> amend(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Q request) {
        return current(records()
                .amend(
                        caller(),
                        kind(),
                        id,
                        ETags.expectedVersion(ifMatch),
                        request.partnershipId(),
                        request.externalRef(),
                        request.toDetails()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = RecordOperationIds.CLOSE + RecordOperationIds.RECORD,
            summary = "Revoke or withdraw with a reason: it stays readable and no longer counts")
    @APIResponse(responseCode = "200", description = "Revoked or withdrawn")
    @APIResponse(responseCode = "409", description = "Already revoked or withdrawn")
    public RestResponse<R> close(
            @PathParam("id") UUID id,
            @QueryParam("reason")
                    @Schema(description = "Why, in words (required)", maxLength = VersionedRecord.MAX_REASON)
                    String reason) {
        return closed(id, reason);
    }

    /** Revokes or withdraws and answers with the record; a type whose revocation does more says so here. */
    protected RestResponse<R> closed(UUID id, String reason) {
        return current(records().close(caller(), kind(), id, reason));
    }

    @GET
    @Path("/{id}/history")
    @Operation(
            operationId = "get" + RecordOperationIds.RECORD + "History",
            summary = "Who changed what, when, oldest first")
    public List<ChangeHistory.Entry> history(@PathParam("id") UUID id) {
        return records().history(caller(), kind(), id);
    }
}
