package io.gongjian.partnership.api;

import io.gongjian.commons.api.ConsistencyToken;
import io.gongjian.commons.api.ETags;
import io.gongjian.commons.api.IdempotentWrites;
import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import io.gongjian.export.ExportMediaTypes;
import io.gongjian.history.ChangeHistory;
import io.gongjian.partnership.application.PartnershipQuery;
import io.gongjian.partnership.application.PartnershipService;
import io.gongjian.partnership.domain.KeyProject;
import io.gongjian.partnership.domain.Partnership;
import io.gongjian.partnership.domain.PartnershipStatus;
import io.gongjian.records.api.ListExports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@IdempotentWrites
@Path("/api/v1/partnerships")
@Tag(
        name = "Partnerships",
        description = "Co-construction partnerships (共建关系): agreement, two-sided activation, lifecycle, key projects,"
                + " targets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
public class PartnershipResource {

    static final List<String> SORTABLE = List.of("code", "title", "signedOn", "status", "regionCode", "termEnd");

    @Inject
    PartnershipService partnerships;

    @Inject
    CurrentCaller caller;

    @Inject
    ListExports exports;

    @POST
    @Operation(
            operationId = "draftPartnership",
            summary = "Draft a partnership between a university and an enterprise organisation (status DRAFT)",
            description = "Platform admins, or the org admin of the university or the enterprise: the drafting side"
                    + " agrees to the draft, and the other side's org admin confirms it.")
    @APIResponse(
            responseCode = "201",
            description = "Drafted",
            content = @Content(schema = @Schema(implementation = PartnershipResponse.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draft(@NotNull @Valid PartnershipRequest request, UriInfo uri) {
        Partnership partnership = partnerships.draft(caller.get(), request.toDraft());
        return current(
                partnership,
                Response.created(uri.getAbsolutePathBuilder()
                        .path(partnership.id().toString())
                        .build()));
    }

    @GET
    @Path("/invitations")
    @RolesAllowed(Role.ORG_ADMIN_NAME)
    @Operation(
            operationId = "listInvitations",
            summary = "Drafts that wait for your organisation's confirmation (org admins), oldest code first")
    @APIResponse(responseCode = "200", description = "One page of invitations")
    public Page<InvitationResponse> invitations(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return partnerships
                .invitations(caller.get(), PageRequest.of(page, size, null, List.of("code"), "code"))
                .map(InvitationResponse::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartnership", summary = "Read a partnership")
    @APIResponse(
            responseCode = "200",
            description = "The partnership, with its ETag",
            content = @Content(schema = @Schema(implementation = PartnershipResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return current(partnerships.get(caller.get(), id), Response.ok());
    }

    @GET
    @Path("/{id}/parties")
    @Operation(
            operationId = "listPartnershipParties",
            summary = "The parties as the public register shows them (name, kind, level, region)",
            description = "What each side may know of the other, before and after the agreement: an organisation's"
                    + " credit code, member counts and history are for its partners once the partnership is agreed.")
    @APIResponse(
            responseCode = "200",
            description = "University, enterprise, then government parties",
            content = @Content(schema = @Schema(implementation = RegisterEntryResponse[].class)))
    public List<RegisterEntryResponse> parties(@PathParam("id") UUID id) {
        return partnerships.parties(caller.get(), id).stream()
                .map(RegisterEntryResponse::of)
                .toList();
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "revisePartnership",
            summary = "Revise the agreement (title, signing date, term, modes); If-Match required",
            description = "A revised DRAFT is agreed only by the side that revised it: the other side confirms again.")
    @APIResponse(
            responseCode = "200",
            description = "Revised",
            content = @Content(schema = @Schema(implementation = PartnershipResponse.class)))
    @APIResponse(responseCode = "409", description = "TERMINATED or EXPIRED")
    @APIResponse(responseCode = "412", description = "Changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AgreementRequest request) {
        return current(
                partnerships.revise(caller.get(), id, ETags.expectedVersion(ifMatch), request.toAgreement()),
                Response.ok());
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportMediaTypes.CSV, ExportMediaTypes.XLSX})
    @Operation(operationId = "listPartnerships", summary = "List partnerships you may see, paginated and filterable")
    @APIResponse(responseCode = "200", description = "One page of partnerships")
    public RestResponse<Page<PartnershipResponse>> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @QueryParam("sort")
                    @Schema(
                            description =
                                    "code, title, signedOn, status, regionCode or termEnd; prefix '-' for descending")
                    String sort,
            @QueryParam("region")
                    @Pattern(
                            regexp = "\\d{2}|\\d{4}|\\d{6}",
                            message = "must be a 2-, 4- or 6-digit region-code prefix")
                    String region,
            @QueryParam("status") @Schema(enumeration = {"DRAFT", "ACTIVE", "SUSPENDED", "TERMINATED", "EXPIRED"})
                    String status,
            @QueryParam("organization") @Schema(description = "Partnerships this organisation (id) is a party to")
                    String organization,
            @QueryParam("q") @Schema(description = "Text in the title or code") String text) {
        Caller who = caller.get();
        PartnershipQuery query = new PartnershipQuery(
                region,
                QueryParameters.enumValue("status", status, PartnershipStatus.class),
                QueryParameters.uuid("organization", organization),
                text);
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "code");
        return exports.answer(
                () -> partnerships.list(who, query, request).map(PartnershipResponse::of),
                PartnershipResponse.TABLE,
                rows -> partnerships.export(
                        who, query, request, partnership -> rows.accept(PartnershipResponse.of(partnership))));
    }

    @GET
    @Path("/{id}/key-projects")
    @Operation(operationId = "listKeyProjects", summary = "The agreement's key projects (重点工程)")
    @APIResponse(
            responseCode = "200",
            description = "In the order they were added",
            content = @Content(schema = @Schema(implementation = PartnershipResponse.KeyProjectResponse[].class)))
    public List<PartnershipResponse.KeyProjectResponse> keyProjects(@PathParam("id") UUID id) {
        return PartnershipResponse.of(partnerships.get(caller.get(), id)).keyProjects();
    }

    @POST
    @Path("/{id}/key-projects")
    @Operation(operationId = "addKeyProject", summary = "Add a key project")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = PartnershipResponse.KeyProjectResponse.class)))
    @APIResponse(responseCode = "409", description = "TERMINATED or EXPIRED")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addKeyProject(@PathParam("id") UUID id, @NotNull @Valid KeyProjectRequest request, UriInfo uri) {
        KeyProject project = partnerships.addKeyProject(caller.get(), id, request.toKeyProject(UUID.randomUUID()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(project.id().toString())
                        .build())
                .entity(PartnershipResponse.KeyProjectResponse.of(project))
                .build();
    }

    @PUT
    @Path("/{id}/key-projects/{keyProjectId}")
    @Operation(
            operationId = "reviseKeyProject",
            summary = "Revise a key project (e.g. its status); If-Match carries the partnership's version")
    @APIResponse(
            responseCode = "200",
            description = "Revised",
            content = @Content(schema = @Schema(implementation = PartnershipResponse.KeyProjectResponse.class)))
    @APIResponse(responseCode = "409", description = "TERMINATED or EXPIRED")
    @APIResponse(responseCode = "412", description = "Changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @Consumes(MediaType.APPLICATION_JSON)
    public PartnershipResponse.KeyProjectResponse reviseKeyProject(
            @PathParam("id") UUID id,
            @PathParam("keyProjectId") UUID keyProjectId,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid KeyProjectRequest request) {
        return PartnershipResponse.KeyProjectResponse.of(partnerships.reviseKeyProject(
                caller.get(), id, ETags.expectedVersion(ifMatch), request.toKeyProject(keyProjectId)));
    }

    @GET
    @Path("/{id}/targets")
    @Operation(
            operationId = "getTargets",
            summary = "Annual targets of the volume indicators (docs/evaluation-method.md) set by the agreement")
    @APIResponse(responseCode = "200", description = "Volume indicator code → annual target")
    public Map<String, BigDecimal> targets(@PathParam("id") UUID id) {
        return PartnershipResponse.targets(partnerships.get(caller.get(), id));
    }

    @PUT
    @Path("/{id}/targets")
    @Operation(
            operationId = "setTargets",
            summary = "Replace the annual targets; keys are volume indicator codes, values 0 ≤ v < 10¹² with at most"
                    + " two decimals; If-Match required")
    @APIResponse(responseCode = "200", description = "The targets now in force")
    @APIResponse(responseCode = "409", description = "TERMINATED or EXPIRED")
    @APIResponse(responseCode = "412", description = "Changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setTargets(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Schema(example = "{\"ORG_ACTIVITY_FREQUENCY\": 12, \"RES_TALENT_EXCHANGES\": 220}")
                    Map<String, BigDecimal> targets) {
        Partnership partnership = partnerships.setTargets(caller.get(), id, ETags.expectedVersion(ifMatch), targets);
        return Response.ok(PartnershipResponse.targets(partnership))
                .tag(ETags.of(partnership.version()))
                .build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getPartnershipHistory", summary = "Who changed what, when, oldest first")
    @APIResponse(responseCode = "200", description = "One entry per version")
    public List<ChangeHistory.Entry> history(@PathParam("id") UUID id) {
        return partnerships.history(caller.get(), id);
    }

    /**
     * A partnership as answered: its version as ETag and, for writes that depend on it in the other services, as a
     * consistency token (read-your-writes, {@link ConsistencyToken}).
     */
    static Response current(Partnership partnership, Response.ResponseBuilder builder) {
        return builder.tag(ETags.of(partnership.version()))
                .header(
                        ConsistencyToken.HEADER,
                        new ConsistencyToken(partnership.id(), partnership.version()).toString())
                .entity(PartnershipResponse.of(partnership))
                .build();
    }
}
