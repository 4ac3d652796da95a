package io.gongjian.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.testing.TestInfrastructure;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The gateway's default web origins are the ones the realm file lets its public client use, so that the module's
 * tests and anyone running the gateway with its defaults get a realm and a gateway that agree. (The launcher and the
 * chart hand both one value: GatewayFrontDoorIT and GatewayEdgeChartTest.)
 */
class WebOriginsTest {

    @Test
    void theGatewaysDefaultOriginsAreExactlyThoseOfTheRealmsPublicClient() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        Matcher value =
                Pattern.compile("\\$\\{WEB_ORIGINS:(.+)}").matcher(properties.getProperty("gateway.web-origins"));
        assertTrue(value.matches(), properties.getProperty("gateway.web-origins"));
        List<String> gateway = List.of(value.group(1).split(","));

        JsonNode realm = new ObjectMapper()
                .readTree(TestInfrastructure.root()
                        .resolve("deploy/keycloak/gongjian-realm.json")
                        .toFile());
        JsonNode web = null;
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("gongjian-web")) {
                web = client;
            }
        }
        List<String> webOrigins = new ArrayList<>();
        List<String> redirectOrigins = new ArrayList<>();
        web.path("webOrigins").forEach(origin -> webOrigins.add(origin.asText()));
        web.path("redirectUris").forEach(uri -> redirectOrigins.add(uri.asText().replaceFirst("/\\*$", "")));
        assertEquals(gateway, webOrigins);
        assertEquals(gateway, redirectOrigins);
    }
}
