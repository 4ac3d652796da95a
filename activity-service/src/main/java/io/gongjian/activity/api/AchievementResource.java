package io.gongjian.activity.api;

import io.gongjian.activity.application.RecordService;
import io.gongjian.activity.domain.AchievementType;
import io.gongjian.activity.domain.RecordDetails;
import io.gongjian.activity.domain.RecordKind;
import io.gongjian.commons.api.ETags;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.security.Role;
import io.gongjian.export.ExportMediaTypes;
import io.gongjian.records.api.RecordResource;
import io.gongjian.records.application.RecordLifecycle;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/achievements")
@Tag(name = "Achievements", description = "Achievements (共建成果) of a partnership: awards, research outputs, cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
public class AchievementResource extends RecordResource<RecordDetails, AchievementRequest, AchievementResponse> {

    @Inject
    RecordService records;

    AchievementResource() {
        super(RecordKind.ACHIEVEMENT, AchievementResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "registerAchievement",
            summary = "Register an achievement (共建成果) (organisation admins of its partnership's parties)")
    @APIResponseSchema(value = AchievementResponse.class, responseCode = "201", responseDescription = "Logged")
    @APIResponse(responseCode = "409", description = "The partnership is not ACTIVE")
    public RestResponse<AchievementResponse> log(@NotNull @Valid AchievementRequest request, UriInfo uri) {
        return created(request.partnershipId(), request.externalRef(), request.toDetails(), uri);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportMediaTypes.CSV, ExportMediaTypes.XLSX})
    @Operation(
            operationId = "listAchievements",
            summary = "List what you may see, newest first, paginated and filterable")
    public RestResponse<Page<AchievementResponse>> list(@Valid @BeanParam RecordListParameters parameters) {
        return list(
                parameters.query(RecordKind.ACHIEVEMENT, AchievementType.class), parameters, AchievementResponse.TABLE);
    }

    /** The revoked achievement, with the conversions revoked along with it. */
    @Override
    protected RestResponse<AchievementResponse> closed(UUID id, String reason) {
        RecordService.AchievementRevocation revocation = records.revokeAchievement(caller(), id, reason);
        return RestResponse.ResponseBuilder.ok(AchievementResponse.revoked(revocation))
                .tag(ETags.of(revocation.achievement().version()))
                .build();
    }

    @Override
    protected RecordLifecycle<RecordDetails, ?, ?> records() {
        return records;
    }
}
