package io.gongjian.evaluation.domain;

import io.gongjian.commons.domain.RuleViolation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the registrant of a webhook endpoint chooses: where deliveries go, which events, optionally only those of a
 * region (a region-code prefix), a description, and whether it is on.
 */
public record WebhookSettings(
        URI url, Set<WebhookEventType> eventTypes, String regionFilter, String description, boolean enabled) {

    public static final int MAX_URL = 2048;
    public static final int MAX_DESCRIPTION = 200;

    public WebhookSettings {
        eventTypes = Set.copyOf(eventTypes);
    }

    /** Checks the request's fields one by one; the first that is wrong is refused (422 naming it). */
    public static WebhookSettings of(
            String url, Collection<String> eventTypes, String regionFilter, String description, Boolean enabled) {
        return new WebhookSettings(
                target(url),
                types(eventTypes),
                region(regionFilter),
                description(description),
                enabled == null || enabled);
    }

    public boolean subscribes(WebhookEventType type) {
        return eventTypes.contains(type);
    }

    private static URI target(String url) {
        if (url == null || url.isBlank()) {
            throw new RuleViolation("url", "required.text", "url");
        }
        if (url.length() > MAX_URL) {
            throw new RuleViolation("url", "text.too-long", "url", url.length(), MAX_URL);
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http"))
                    || uri.getHost() == null
                    || uri.getUserInfo() != null
                    || uri.getFragment() != null) {
                throw new RuleViolation("url", "webhook.url-not-http", url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new RuleViolation("url", "webhook.url-not-http", url);
        }
    }

    private static Set<WebhookEventType> types(Collection<String> wire) {
        if (wire == null || wire.isEmpty()) {
            throw new RuleViolation("eventTypes", "required.one-of", "eventTypes", WebhookEventType.allWire());
        }
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        for (String name : wire) {
            types.add(WebhookEventType.ofWire(name)
                    .orElseThrow(() -> new RuleViolation(
                            "eventTypes", "webhook.event-type-unknown", name, WebhookEventType.allWire())));
        }
        return types;
    }

    private static String region(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return null;
        }
        if (!prefix.matches("\\d{2}|\\d{4}|\\d{6}")) {
            throw new RuleViolation("regionFilter", "score.region-prefix");
        }
        return prefix;
    }

    private static String description(String text) {
        if (text != null && text.length() > MAX_DESCRIPTION) {
            throw new RuleViolation("description", "text.too-long", "description", text.length(), MAX_DESCRIPTION);
        }
        return text == null || text.isBlank() ? null : text.strip();
    }
}
