package io.gongjian.partnership.api;

import io.gongjian.commons.api.ETags;
import io.gongjian.commons.api.IdempotentWrites;
import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.export.ExportMediaTypes;
import io.gongjian.history.ChangeHistory;
import io.gongjian.partnership.application.OrganizationQuery;
import io.gongjian.partnership.application.OrganizationService;
import io.gongjian.partnership.domain.MemberCount;
import io.gongjian.partnership.domain.Organization;
import io.gongjian.partnership.domain.OrganizationKind;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@IdempotentWrites
@Path("/api/v1/organizations")
@Tag(name = "Organizations", description = "Party organisations (党组织) and their party-member counts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
public class OrganizationResource {

    static final List<String> SORTABLE = List.of("name", "regionCode", "kind", "institution");

    @Inject
    OrganizationService organizations;

    @Inject
    CurrentCaller caller;

    @Inject
    ListExports exports;

    @Inject
    BusinessCalendar calendar;

    @POST
    @RolesAllowed(Role.PLATFORM_ADMIN_NAME)
    @Operation(operationId = "registerOrganization", summary = "Register a party organisation (platform admins)")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "409", description = "The id is taken")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@NotNull @Valid OrganizationRequest request, UriInfo uri) {
        Organization organization =
                organizations.register(caller.get(), Optional.ofNullable(request.id()), request.toProfile());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(organization.id().toString())
                        .build())
                .tag(ETags.of(organization.version()))
                .entity(OrganizationResponse.of(organization, calendar.today()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganization", summary = "Read an organisation")
    @APIResponse(
            responseCode = "200",
            description = "The organisation, with its ETag",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return current(organizations.get(caller.get(), id), Response.ok());
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "reviseOrganization",
            summary = "Revise an organisation (its platform or organisation admins); If-Match required")
    @APIResponse(
            responseCode = "200",
            description = "Revised",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "412", description = "Changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid OrganizationRequest request) {
        Organization organization =
                organizations.revise(caller.get(), id, ETags.expectedVersion(ifMatch), request.toProfile());
        return current(organization, Response.ok());
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportMediaTypes.CSV, ExportMediaTypes.XLSX})
    @Operation(operationId = "listOrganizations", summary = "List organisations you may see, paginated and filterable")
    @APIResponse(responseCode = "200", description = "One page of organisations")
    public RestResponse<Page<OrganizationResponse>> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @QueryParam("sort")
                    @Schema(description = "name, regionCode, kind or institution; prefix '-' for descending")
                    String sort,
            @QueryParam("region")
                    @Pattern(
                            regexp = "\\d{2}|\\d{4}|\\d{6}",
                            message = "must be a 2-, 4- or 6-digit region-code prefix")
                    String region,
            @QueryParam("kind") @Schema(enumeration = {"UNIVERSITY", "ENTERPRISE", "GOVERNMENT"}) String kind,
            @QueryParam("q") @Schema(description = "Text in the name or institution") String text) {
        Caller who = caller.get();
        OrganizationQuery query =
                new OrganizationQuery(region, QueryParameters.enumValue("kind", kind, OrganizationKind.class), text);
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "name");
        LocalDate today = calendar.today();
        return exports.answer(
                () -> organizations.list(who, query, request).map(found -> OrganizationResponse.of(found, today)),
                OrganizationResponse.TABLE,
                rows -> organizations.export(
                        who, query, request, found -> rows.accept(OrganizationResponse.of(found, today))));
    }

    @POST
    @Path("/{id}/member-counts")
    @Operation(
            operationId = "recordMemberCount",
            summary = "Record the party-member count effective on a date (1949-10-01 … today; same date: replaced)")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; the full history",
            content = @Content(schema = @Schema(implementation = MemberCountRequest[].class)))
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordMemberCount(@PathParam("id") UUID id, @NotNull @Valid MemberCountRequest request) {
        Organization organization = organizations.recordMemberCount(
                caller.get(), id, new MemberCount(request.effectiveOn(), request.count()));
        return Response.status(Response.Status.CREATED)
                .tag(ETags.of(organization.version()))
                .entity(OrganizationResponse.of(organization, calendar.today()).memberCounts())
                .build();
    }

    @GET
    @Path("/{id}/member-counts")
    @Operation(operationId = "listMemberCounts", summary = "The history of the party-member count, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "Oldest first",
            content = @Content(schema = @Schema(implementation = MemberCountRequest[].class)))
    public List<MemberCountRequest> memberCounts(@PathParam("id") UUID id) {
        return OrganizationResponse.of(organizations.get(caller.get(), id), calendar.today())
                .memberCounts();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getOrganizationHistory", summary = "Who changed what, when, oldest first")
    @APIResponse(responseCode = "200", description = "One entry per version")
    public List<ChangeHistory.Entry> history(@PathParam("id") UUID id) {
        return organizations.history(caller.get(), id);
    }

    private Response current(Organization organization, Response.ResponseBuilder builder) {
        return builder.tag(ETags.of(organization.version()))
                .entity(OrganizationResponse.of(organization, calendar.today()))
                .build();
    }
}
