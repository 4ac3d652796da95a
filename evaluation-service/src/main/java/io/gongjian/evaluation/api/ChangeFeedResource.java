package io.gongjian.evaluation.api;

import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.application.ChangeFeedService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/evaluation/changes")
@Tag(name = "Change feed", description = "Every change of the current scores and statuses, to follow with a cursor")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME, Role.ORG_ADMIN_NAME})
public class ChangeFeedResource {

    static final int MAX_LIMIT = 500;

    @Inject
    ChangeFeedService feed;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(
            operationId = "listScoreChanges",
            summary = "The changes of current scores (composite, grade, dimensions) and partnership statuses after a"
                    + " cursor, oldest first, that you may see",
            description = "Start without `after`; then ask with the `next` of each page, as often as you like: you see"
                    + " every change once, in order, none twice. A bureau sees its region, an organisation admin its"
                    + " own partnerships. Entries are kept for 30 days: an older cursor answers 410.")
    @APIResponse(responseCode = "200", description = "One page; `next` is the cursor to ask with next")
    @APIResponse(
            responseCode = "410",
            description = "The cursor is older than the retention: read the current scores, then follow the feed from"
                    + " a fresh cursor")
    public ChangeFeedResponse changes(
            @QueryParam("after")
                    @Parameter(
                            description = "The `next` cursor of the page you read last; omit to"
                                    + " start from the oldest kept change")
                    String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT) int limit) {
        return ChangeFeedResponse.of(feed.after(caller.get(), after, limit));
    }
}
