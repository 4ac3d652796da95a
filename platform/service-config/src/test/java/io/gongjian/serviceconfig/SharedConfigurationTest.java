package io.gongjian.serviceconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

/**
 * The shared settings sit below everything a deployment sets: an environment variable overrides each of them, and
 * so does a service's own application.properties. (That each service reads them is checked by every service's
 * ServiceFoundationTest.)
 */
class SharedConfigurationTest {

    private static final String FILE = "META-INF/microprofile-config.properties";

    @Test
    void anEnvironmentVariableOverridesEverySharedSetting() throws IOException {
        Properties shared = shared();
        assertFalse(shared.isEmpty());
        for (String key : shared.stringPropertyNames()) {
            String name = key.startsWith("%test.") ? key.substring("%test.".length()) : key;
            SmallRyeConfig config = config(new EnvConfigSource(Map.of(environmentName(key), "from-environment"), 300));
            assertEquals("from-environment", config.getConfigValue(name).getValue(), key);
        }
    }

    @Test
    void theVariablesTheSharedSettingsNameOverrideThem() throws IOException {
        SmallRyeConfig config = config(new EnvConfigSource(
                Map.of(
                        "DB_POOL_MAX", "40",
                        "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                        "OIDC_AUTH_SERVER_URL", "https://sso.example.cn/realms/gongjian",
                        "LOG_JSON", "true",
                        "OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector.monitoring:4317",
                        "OTEL_TRACES_SAMPLER_ARG", "0.25"),
                300));
        assertEquals(
                "true",
                config.getConfigValue("quarkus.log.console.json.enabled").getValue());
        assertEquals(
                "http://otel-collector.monitoring:4317",
                config.getConfigValue("quarkus.otel.exporter.otlp.traces.endpoint")
                        .getValue());
        assertEquals(
                "0.25", config.getConfigValue("quarkus.otel.traces.sampler.arg").getValue());
        assertEquals(
                "40", config.getConfigValue("quarkus.datasource.jdbc.max-size").getValue());
        assertEquals(
                "kafka:9092", config.getConfigValue("kafka.bootstrap.servers").getValue());
        assertEquals(
                "https://sso.example.cn/realms/gongjian/.well-known/openid-configuration",
                config.getConfigValue("quarkus.smallrye-openapi.oidc-open-id-connect-url")
                        .getValue());
    }

    @Test
    void locallyLogsAreTextAndNoSpanIsRecorded() throws IOException {
        SmallRyeConfig config = config(new EnvConfigSource(Map.of(), 300));
        assertEquals(
                "false",
                config.getConfigValue("quarkus.log.console.json.enabled").getValue());
        assertEquals("false", config.getConfigValue("quarkus.log.console.json").getValue());
        assertEquals(
                "0", config.getConfigValue("quarkus.otel.traces.sampler.arg").getValue());
    }

    @Test
    void aServicesOwnApplicationPropertiesOverrideASharedSetting() throws IOException {
        SmallRyeConfig config = config(new PropertiesConfigSource(
                Map.of("quarkus.oidc.token.audience", "another-api"), "application.properties", 250));
        assertEquals(
                "another-api",
                config.getConfigValue("quarkus.oidc.token.audience").getValue());
        assertEquals(
                "Bearer",
                config.getConfigValue("quarkus.oidc.token.required-claims.typ").getValue());
    }

    /** The shared file at MicroProfile Config's ordinal for it (100), under {@code above}, in the test profile. */
    private static SmallRyeConfig config(ConfigSource above) throws IOException {
        URL file = SharedConfigurationTest.class.getClassLoader().getResource(FILE);
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withProfile("test")
                .withSources(new PropertiesConfigSource(file, 100), above)
                .build();
    }

    private static Properties shared() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SharedConfigurationTest.class.getClassLoader().getResourceAsStream(FILE)) {
            properties.load(in);
        }
        return properties;
    }

    /** How MicroProfile Config names a property as an environment variable: QUARKUS_OIDC_TOKEN_AUDIENCE. */
    private static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }
}
