package io.gongjian.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Logs and traces as deployed: every service logs JSON for the cluster's collector; traces are exported exactly
 * where a collector is named, sampled by the gateway's choice, and the NetworkPolicies let the spans out to it.
 */
class ObservabilityChartTest {

    private static final String COLLECTOR = "http://otel-collector.monitoring:4317";

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void everyServiceLogsJsonAndExportsNoTracesUntilACollectorIsNamed(String environment) {
        RenderedChart chart = RenderedChart.of(environment);
        for (String service : ChartInvariantsTest.SERVICES) {
            Map<String, String> given = chart.environmentOf(service);
            assertEquals("true", given.get("LOG_JSON"), service);
            assertFalse(given.containsKey("OTEL_EXPORTER_OTLP_ENDPOINT"), service);
            assertFalse(given.containsKey("OTEL_TRACES_SAMPLER_ARG"), service);
            assertFalse(egressTo(chart, service, "monitoring", 4317), service);
        }
    }

    @Test
    void withACollectorEveryServiceExportsItsSpansThereAndMayReachIt() {
        RenderedChart chart =
                RenderedChart.of("prod", Map.of("tracing.otlpEndpoint", COLLECTOR, "tracing.samplerRatio", "0.25"));
        for (String service : ChartInvariantsTest.SERVICES) {
            Map<String, String> given = chart.environmentOf(service);
            assertEquals(COLLECTOR, given.get("OTEL_EXPORTER_OTLP_ENDPOINT"), service);
            assertEquals("grpc", given.get("OTEL_EXPORTER_OTLP_PROTOCOL"), service);
            // The gateway samples this share; the services follow the sampled flag of the traceparent they receive.
            assertEquals("0.25", given.get("OTEL_TRACES_SAMPLER_ARG"), service);
            assertTrue(egressTo(chart, service, "monitoring", 4317), service + " may reach the collector");
        }
    }

    @Test
    void theLocalLookIsOneSettingAway() {
        RenderedChart chart = RenderedChart.of("dev", Map.of("logging.json", "false"));
        for (String service : ChartInvariantsTest.SERVICES) {
            assertEquals("false", chart.environmentOf(service).get("LOG_JSON"), service);
        }
    }

    private static boolean egressTo(RenderedChart chart, String service, String namespace, int port) {
        for (JsonNode rule : chart.named("NetworkPolicy", service).path("spec").path("egress")) {
            boolean toNamespace = false;
            for (JsonNode peer : rule.path("to")) {
                toNamespace |= namespace.equals(peer.path("namespaceSelector")
                        .path("matchLabels")
                        .path("kubernetes.io/metadata.name")
                        .asText());
            }
            boolean onPort = false;
            for (JsonNode allowed : rule.path("ports")) {
                onPort |= allowed.path("port").asInt() == port;
            }
            if (toNamespace && onPort) {
                return true;
            }
        }
        return false;
    }
}
