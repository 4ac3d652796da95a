package io.gongjian.evaluation.api;

import io.gongjian.evaluation.domain.WebhookSettings;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookEndpointRequest", description = "Where to deliver which events")
public record WebhookRequest(
        @Schema(
                        required = true,
                        description = "An absolute http(s) URL with a public address (private, loopback and"
                                + " link-local targets are refused)",
                        maxLength = WebhookSettings.MAX_URL,
                        example = "https://bureau.example.gov.cn/gongjian/webhooks")
                String url,
        @Schema(required = true, description = "The events to deliver, at least one", minItems = 1)
                List<WebhookEventTypeName> eventTypes,
        @Schema(
                        nullable = true,
                        description = "Only the events of partnerships in this region (a region-code prefix of 2, 4"
                                + " or 6 digits within yours)",
                        example = "4502")
                String regionFilter,
        @Schema(nullable = true, maxLength = WebhookSettings.MAX_DESCRIPTION, example = "Provincial dashboard sync")
                String description,
        @Schema(
                        nullable = true,
                        description = "Whether deliveries are sent (default true); true again re-enables an"
                                + " endpoint disabled for failures")
                Boolean enabled) {

    WebhookSettings toSettings() {
        return WebhookSettings.of(
                url,
                eventTypes == null
                        ? null
                        : eventTypes.stream().map(WebhookEventTypeName::wire).toList(),
                regionFilter,
                description,
                enabled);
    }
}
