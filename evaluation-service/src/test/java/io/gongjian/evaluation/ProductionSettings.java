package io.gongjian.evaluation;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * What the Helm chart sets where the tests' defaults differ (docs/configuration.md): JSON logs, and webhook targets
 * in private or loopback ranges refused. One profile for every {@code *ProfiledTest}, so that they share one start.
 */
public class ProductionSettings implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("LOG_JSON", "true", "gongjian.webhooks.allow-private-targets", "false");
    }
}
