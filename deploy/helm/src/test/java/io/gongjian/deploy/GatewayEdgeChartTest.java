package io.gongjian.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gateway's edge as deployed: health and metrics on its management port, which the kubelet and Prometheus reach
 * and the Ingress and ingress controller do not; and one list of web origins for both ends of a browser login, the
 * gateway's CORS and the realm's public client.
 */
class GatewayEdgeChartTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void theGatewaysProbesUseItsManagementPortWhichIsTheOneItListensOnForThem(String environment) {
        RenderedChart chart = RenderedChart.of(environment);
        JsonNode container = chart.container("gateway");
        Map<String, Integer> ports = new LinkedHashMap<>();
        container
                .path("ports")
                .forEach(port -> ports.put(
                        port.path("name").asText(), port.path("containerPort").asInt()));
        String managementPort = chart.environmentOf("gateway").get("MANAGEMENT_PORT");
        assertEquals(Integer.valueOf(managementPort), ports.get("management"), "MANAGEMENT_PORT is the port declared");
        assertTrue(ports.get("management") != ports.get("http").intValue(), "a port of its own");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertEquals(
                    "management",
                    container.path(probe).path("httpGet").path("port").asText(),
                    probe);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void prometheusReachesTheGatewaysManagementPortAndTheIngressControllerOnlyItsHttpPort(String environment)
            throws IOException {
        RenderedChart chart = RenderedChart.of(environment);
        JsonNode values = RenderedChart.values(environment);
        String monitoring = values.path("monitoring").path("namespace").asText();
        String ingress = values.path("ingress").path("controllerNamespace").asText();
        Map<String, List<String>> portsByNamespace = new LinkedHashMap<>();
        for (JsonNode rule :
                chart.named("NetworkPolicy", "gateway").path("spec").path("ingress")) {
            List<String> ports = new ArrayList<>();
            rule.path("ports").forEach(port -> ports.add(port.path("port").asText()));
            for (JsonNode peer : rule.path("from")) {
                portsByNamespace.put(
                        peer.path("namespaceSelector")
                                .path("matchLabels")
                                .path("kubernetes.io/metadata.name")
                                .asText(),
                        ports);
            }
        }
        assertEquals(Map.of(ingress, List.of("http"), monitoring, List.of("management")), portsByNamespace);
        JsonNode service = chart.named("Service", "gateway").path("spec").path("ports");
        assertEquals("management", service.get(1).path("targetPort").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void theGatewaysCorsOriginsAndTheRealmsPublicClientAreOneList(String environment) throws IOException {
        RenderedChart chart = RenderedChart.of(environment);
        JsonNode values = RenderedChart.values(environment);
        List<String> gateway =
                List.of(chart.environmentOf("gateway").get("WEB_ORIGINS").split(","));
        JsonNode web = RenderedChart.realmClient(
                chart.named("KeycloakRealmImport", "gongjian-realm")
                        .path("spec")
                        .path("realm"),
                "gongjian-web");
        List<String> webOrigins = new ArrayList<>();
        web.path("webOrigins").forEach(origin -> webOrigins.add(origin.asText()));
        List<String> redirectOrigins = new ArrayList<>();
        web.path("redirectUris").forEach(uri -> redirectOrigins.add(uri.asText().replaceFirst("/\\*$", "")));
        assertEquals(gateway, webOrigins, "CORS origins of the gateway and web origins of the realm");
        assertEquals(gateway, redirectOrigins, "CORS origins of the gateway and redirect URIs of the realm");
        assertTrue(
                gateway.contains(
                        "https://" + values.path("ingress").path("host").asText()),
                gateway.toString());
        values.path("webOrigins").forEach(origin -> assertTrue(gateway.contains(origin.asText()), origin.asText()));
    }
}
