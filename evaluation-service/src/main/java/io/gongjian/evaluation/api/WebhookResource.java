package io.gongjian.evaluation.api;

import io.gongjian.commons.api.ETags;
import io.gongjian.commons.api.IdempotentWrites;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.CurrentCaller;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.application.WebhookService;
import io.gongjian.evaluation.domain.WebhookEndpoint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@IdempotentWrites
@Path("/api/v1/evaluation/webhooks")
@Tag(
        name = "Webhooks",
        description = "Endpoints that receive score, grade, status and overdue-rectification events, signed as the"
                + " Standard Webhooks specification describes (docs/integrating-as-a-bureau.md)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PLATFORM_ADMIN_NAME, Role.BUREAU_OFFICER_NAME})
public class WebhookResource {

    static final int MAX_DELIVERIES = 100;

    @Inject
    WebhookService webhooks;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "registerWebhookEndpoint",
            summary = "Register an endpoint (bureau officers for their region, platform admins)",
            description = "The answer carries the signing secret, this once. Deliveries start with the changes after"
                    + " the registration.")
    @APIResponseSchema(
            value = WebhookResponse.class,
            responseCode = "201",
            responseDescription = "Registered; `secret` is shown this once")
    public RestResponse<WebhookResponse> register(@NotNull WebhookRequest request, UriInfo uri) {
        WebhookService.WithSecret registered = webhooks.register(caller.get(), request.toSettings());
        return RestResponse.ResponseBuilder.<WebhookResponse>created(uri.getAbsolutePathBuilder()
                        .path(registered.endpoint().id().toString())
                        .build())
                .tag(ETags.of(registered.endpoint().version()))
                .entity(WebhookResponse.of(registered))
                .build();
    }

    @GET
    @Operation(operationId = "listWebhookEndpoints", summary = "The endpoints of your region, oldest first")
    public Page<WebhookResponse> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return webhooks.list(caller.get(), new PageRequest(page, size, "createdAt", false))
                .map(WebhookResponse::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookEndpoint", summary = "One endpoint, with why it is disabled if it is")
    @APIResponse(responseCode = "200", description = "With its ETag")
    public RestResponse<WebhookResponse> get(@PathParam("id") UUID id) {
        return current(webhooks.get(caller.get(), id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeWebhookEndpoint",
            summary = "Change the URL, events, region filter or description, or turn it off or on again;"
                    + " If-Match carries the version it is based on")
    @APIResponse(responseCode = "200", description = "Changed")
    public RestResponse<WebhookResponse> change(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull WebhookRequest request) {
        long expected = ETags.expectedVersion(ifMatch);
        return current(webhooks.change(caller.get(), id, expected, request.toSettings()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Remove the endpoint and its delivery log")
    @APIResponse(responseCode = "204", description = "Removed")
    public RestResponse<Void> delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        webhooks.remove(caller.get(), id, ETags.expectedVersion(ifMatch));
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "A new signing secret; the previous one keeps signing beside it for a grace period",
            description = "Until `previousSecretValidUntil` each delivery carries two signatures (`v1,… v1,…`),"
                    + " so the receiver can switch to the new secret at its own pace.")
    @APIResponse(responseCode = "200", description = "Rotated; `secret` is shown this once")
    public RestResponse<WebhookResponse> rotate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        WebhookService.WithSecret rotated = webhooks.rotateSecret(caller.get(), id, ETags.expectedVersion(ifMatch));
        return RestResponse.ResponseBuilder.ok(WebhookResponse.of(rotated))
                .tag(ETags.of(rotated.endpoint().version()))
                .build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "The endpoint's delivery log, newest first: every attempt with its status, latency and error")
    public List<WebhookDeliveryResponse> deliveries(
            @PathParam("id") UUID id, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_DELIVERIES) int limit) {
        return webhooks.deliveries(caller.get(), id, limit).stream()
                .map(WebhookDeliveryResponse::of)
                .toList();
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(
            operationId = "redeliverWebhook",
            summary = "Send a delivery again (delivered, failed or still pending), now, with a fresh retry period")
    @APIResponse(responseCode = "202", description = "Queued; the delivery log shows the attempts")
    public RestResponse<Void> redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        webhooks.redeliver(caller.get(), id, deliveryId);
        return RestResponse.accepted();
    }

    private static RestResponse<WebhookResponse> current(WebhookEndpoint endpoint) {
        return RestResponse.ResponseBuilder.ok(WebhookResponse.of(endpoint))
                .tag(ETags.of(endpoint.version()))
                .build();
    }
}
