package io.gongjian.evaluation.api;

import io.gongjian.commons.api.EnumLabels;
import io.gongjian.commons.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The labels of every enum value of the platform's APIs in Chinese and English, for a front-end to load once (the
 * same labels the OpenAPI documents carry as {@code x-enum-labels}). Served here, beside the indicator catalogue,
 * though the labels are the platform's (commons' {@link EnumLabels}): one address for a front-end's catalogues.
 */
@Path("/api/v1/evaluation/labels")
@Tag(name = "Scores")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME, Role.VIEWER_NAME})
public class LabelResource {

    /** The catalogue changes only with a release: clients keep it an hour, then revalidate with its ETag (304). */
    private static final CacheControl AN_HOUR = CacheControl.valueOf("private, max-age=3600");

    @Schema(name = "LabelCatalogue", description = "Chinese and English labels of every enum value, by enum")
    public record LabelCatalogue(
            @Schema(description = "The languages of the labels", example = "[\"zh\", \"en\"]") List<String> languages,
            @Schema(
                            description = "Enum name (as in the OpenAPI documents) → value → its labels; indicators"
                                    + " and dimensions are named by the indicator catalogue")
                    Map<String, Map<String, EnumLabels.Label>> enums) {}

    @GET
    @Operation(
            operationId = "getLabelCatalogue",
            summary =
                    "The labels (zh, en) of every enum value of the APIs, to load once; revalidate with If-None-Match")
    public RestResponse<LabelCatalogue> labels() {
        return RestResponse.ResponseBuilder.ok(new LabelCatalogue(List.of("zh", "en"), EnumLabels.all()))
                .tag(new EntityTag(EnumLabels.version()))
                .cacheControl(AN_HOUR)
                .build();
    }
}
