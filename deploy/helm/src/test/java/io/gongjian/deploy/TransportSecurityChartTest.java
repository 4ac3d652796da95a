package io.gongjian.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongjian.events.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Encrypted and authenticated in transit: Kafka only over TLS with SCRAM, each service's KafkaUser allowed exactly
 * what its code does; PostgreSQL over TLS with the server verified, the services and Keycloak alike; credentials and
 * CA certificates from the Secrets the operators make, never a CA's private key in a pod.
 */
class TransportSecurityChartTest {

    private static final Pattern INCOMING_TOPIC =
            Pattern.compile("(?m)^mp\\.messaging\\.incoming\\.([\\w-]+)\\.topic=(.+)$");
    private static final Pattern OUTGOING_TOPIC =
            Pattern.compile("(?m)^mp\\.messaging\\.outgoing\\.([\\w-]+)\\.topic=(.+)$");
    private static final Pattern GROUP = Pattern.compile("(?m)^mp\\.messaging\\.incoming\\.[\\w-]+\\.group\\.id=(.+)$");
    private static final Pattern OUTBOX_TOPIC = Pattern.compile("outbox\\.append\\(Topics\\.(\\w+)");
    private static final String OPS_USER = "gongjian-ops";

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void kafkaListensOnlyWithTlsAndScramAndAuthorizesByAcl(String environment) {
        JsonNode kafka = RenderedChart.of(environment)
                .ofKind("Kafka")
                .get(0)
                .path("spec")
                .path("kafka");
        assertFalse(kafka.path("listeners").isEmpty());
        for (JsonNode listener : kafka.path("listeners")) {
            assertTrue(listener.path("tls").asBoolean(), listener.toString());
            assertEquals(
                    "scram-sha-512",
                    listener.path("authentication").path("type").asText(),
                    listener.toString());
        }
        assertEquals("simple", kafka.path("authorization").path("type").asText());
    }

    /**
     * Each KafkaUser may write what its outbox publishes, read what it consumes as its group, write those DLQs; with
     * the dead-letter tools, read those DLQs and write the topics they belong to (a replay).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void eachServicesKafkaUserMayDoExactlyWhatItsCodeDoes(String environment) throws IOException {
        RenderedChart chart = RenderedChart.of(environment);
        Set<String> users = new TreeSet<>(ChartInvariantsTest.CONTEXT_SERVICES);
        users.add(OPS_USER);
        assertEquals(
                users,
                Set.copyOf(chart.ofKind("KafkaUser").stream()
                        .map(u -> u.path("metadata").path("name").asText())
                        .toList()));
        for (String service : ChartInvariantsTest.CONTEXT_SERVICES) {
            String properties = Files.readString(
                    RenderedChart.ROOT.resolve(service).resolve("src/main/resources/application.properties"));
            Map<String, Set<String>> expected = new TreeMap<>();
            for (String topic : publishedTopics(service)) {
                allow(expected, "topic " + topic, "Write", "Describe");
            }
            Matcher incoming = INCOMING_TOPIC.matcher(properties);
            while (incoming.find()) {
                allow(expected, "topic " + incoming.group(2).strip(), "Read", "Describe");
            }
            boolean deadLetterTools = hasDeadLetterTools(service);
            Matcher outgoing = OUTGOING_TOPIC.matcher(properties);
            while (outgoing.find()) {
                String topic = outgoing.group(2).strip();
                assertTrue(topic.endsWith(".dlq"), service + " writes to " + topic + " only as a dead-letter topic");
                allow(expected, "topic " + topic, "Write", "Describe");
                if (deadLetterTools) {
                    // Its admins list the dead letters and replay one to the topic it came from.
                    allow(expected, "topic " + topic, "Read");
                    allow(expected, "topic " + topic.substring(0, topic.length() - ".dlq".length()), "Write");
                }
            }
            Matcher group = GROUP.matcher(properties);
            while (group.find()) {
                allow(expected, "group " + group.group(1).strip(), "Read", "Describe");
            }
            JsonNode user = chart.named("KafkaUser", service).path("spec");
            assertEquals(
                    "scram-sha-512", user.path("authentication").path("type").asText(), service);
            Map<String, Set<String>> granted = new TreeMap<>();
            for (JsonNode acl : user.path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                assertEquals("literal", resource.path("patternType").asText(), service + ": no prefixes, no *");
                assertFalse(acl.has("type") && !acl.path("type").asText().equals("allow"), service);
                acl.path("operations")
                        .forEach(operation -> allow(
                                granted,
                                resource.path("type").asText() + " "
                                        + resource.path("name").asText(),
                                operation.asText()));
            }
            assertEquals(expected, granted, service);
        }
    }

    /** Ops' user reads and looks, under groups of its own; it writes nothing and changes nothing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void theOpsUserOnlyReads(String environment) {
        JsonNode acls = RenderedChart.of(environment)
                .named("KafkaUser", OPS_USER)
                .path("spec")
                .path("authorization")
                .path("acls");
        assertFalse(acls.isEmpty());
        for (JsonNode acl : acls) {
            acl.path("operations")
                    .forEach(operation ->
                            assertTrue(Set.of("Read", "Describe").contains(operation.asText()), acl.toString()));
            JsonNode resource = acl.path("resource");
            if (resource.path("type").asText().equals("group")
                    && acl.path("operations").toString().contains("Read")) {
                assertTrue(resource.path("name").asText().startsWith(OPS_USER), "reads only as its own groups: " + acl);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void theServicesReachKafkaWithTlsAsTheirUserAndTrustOnlyTheClusterCa(String environment) {
        RenderedChart chart = RenderedChart.of(environment);
        JsonNode kafka = chart.ofKind("Kafka").get(0);
        int listenerPort = kafka.path("spec")
                .path("kafka")
                .path("listeners")
                .get(0)
                .path("port")
                .asInt();
        for (String service : ChartInvariantsTest.CONTEXT_SERVICES) {
            Map<String, String> given = chart.environmentOf(service);
            assertEquals("SASL_SSL", given.get("KAFKA_SECURITY_PROTOCOL"), service);
            assertEquals("SCRAM-SHA-512", given.get("KAFKA_SASL_MECHANISM"), service);
            assertEquals("PEM", given.get("KAFKA_SSL_TRUSTSTORE_TYPE"), service);
            assertTrue(given.get("KAFKA_BOOTSTRAP_SERVERS").endsWith(":" + listenerPort), service);
            JsonNode jaas = variable(chart, service, "KAFKA_SASL_JAAS_CONFIG");
            assertEquals(
                    service,
                    jaas.path("valueFrom").path("secretKeyRef").path("name").asText(),
                    "the Secret Strimzi writes for KafkaUser " + service);
            assertEquals(
                    "sasl.jaas.config",
                    jaas.path("valueFrom").path("secretKeyRef").path("key").asText());
            assertMountedCertificate(
                    chart,
                    service,
                    given.get("KAFKA_SSL_TRUSTSTORE_LOCATION"),
                    kafka.path("metadata").path("name").asText() + "-cluster-ca-cert");
            assertTrue(egressPorts(chart, service).contains(listenerPort), service + " may reach the TLS listener");
            assertFalse(egressPorts(chart, service).contains(9092), service + ": no plaintext port");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void theServicesAndKeycloakVerifyTheirDatabaseServerOverTls(String environment) {
        RenderedChart chart = RenderedChart.of(environment);
        for (String service : ChartInvariantsTest.CONTEXT_SERVICES) {
            String url = chart.environmentOf(service).get("DB_URL");
            Map<String, String> parameters = parameters(url.substring(url.indexOf('?') + 1));
            assertEquals("verify-full", parameters.get("sslmode"), url);
            String cluster = service.replace("-service", "") + "-db";
            assertMountedCertificate(chart, service, parameters.get("sslrootcert"), cluster + "-ca");
        }
        JsonNode keycloak = chart.named("Keycloak", "keycloak").path("spec");
        String urlProperties = null;
        for (JsonNode option : keycloak.path("additionalOptions")) {
            if (option.path("name").asText().equals("db-url-properties")) {
                urlProperties = option.path("value").asText();
            }
        }
        assertTrue(urlProperties != null && urlProperties.startsWith("?"), "Keycloak's JDBC URL properties");
        Map<String, String> parameters = parameters(urlProperties.substring(1));
        assertEquals("verify-full", parameters.get("sslmode"));
        JsonNode pod = keycloak.path("unsupported").path("podTemplate").path("spec");
        String caFile = parameters.get("sslrootcert");
        boolean mounted = false;
        for (JsonNode mount : pod.path("containers").get(0).path("volumeMounts")) {
            if (caFile.equals(mount.path("mountPath").asText() + "/ca.crt")) {
                JsonNode volume = volume(pod, mount.path("name").asText());
                assertEquals(
                        keycloak.path("db").path("host").asText().replace("-rw", "-ca"),
                        volume.path("secret").path("secretName").asText());
                assertOnlyTheCertificate(volume, "keycloak");
                mounted = true;
            }
        }
        assertTrue(mounted, "Keycloak's pods have " + caFile);
    }

    /** The file is the ca.crt of the given Secret, mounted read-only, and the Secret's other keys are not. */
    private static void assertMountedCertificate(RenderedChart chart, String service, String file, String secret) {
        JsonNode pod =
                chart.named("Deployment", service).path("spec").path("template").path("spec");
        Path path = Path.of(file);
        for (JsonNode mount : chart.container(service).path("volumeMounts")) {
            if (Path.of(mount.path("mountPath").asText()).equals(path.getParent())) {
                assertTrue(mount.path("readOnly").asBoolean(), service + " " + file);
                JsonNode volume = volume(pod, mount.path("name").asText());
                assertEquals(secret, volume.path("secret").path("secretName").asText(), service + " " + file);
                assertEquals(
                        path.getFileName().toString(),
                        volume.path("secret").path("items").get(0).path("path").asText());
                assertOnlyTheCertificate(volume, service);
                return;
            }
        }
        throw new AssertionError(service + " has no volume at " + path.getParent());
    }

    private static void assertOnlyTheCertificate(JsonNode volume, String who) {
        JsonNode items = volume.path("secret").path("items");
        assertEquals(1, items.size(), who + ": " + volume);
        assertEquals("ca.crt", items.get(0).path("key").asText(), who + ": never ca.key");
    }

    private static JsonNode volume(JsonNode pod, String name) {
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.path("name").asText().equals(name)) {
                return volume;
            }
        }
        throw new AssertionError("no volume " + name);
    }

    private static JsonNode variable(RenderedChart chart, String service, String name) {
        for (JsonNode variable : chart.container(service).path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable;
            }
        }
        throw new AssertionError(service + " has no variable " + name);
    }

    private static Set<Integer> egressPorts(RenderedChart chart, String service) {
        Set<Integer> ports = new HashSet<>();
        for (JsonNode rule : chart.named("NetworkPolicy", service).path("spec").path("egress")) {
            rule.path("ports").forEach(port -> ports.add(port.path("port").asInt()));
        }
        return ports;
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new java.util.HashMap<>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return parameters;
    }

    /** The topics a service's outbox publishes to: outbox.append(Topics.X, …) in its code. */
    private static void allow(Map<String, Set<String>> acls, String resource, String... operations) {
        acls.computeIfAbsent(resource, r -> new TreeSet<>()).addAll(List.of(operations));
    }

    /** Whether the service exposes the dead-letter tools of platform/inbox. */
    private static boolean hasDeadLetterTools(String service) throws IOException {
        try (Stream<Path> files = Files.walk(RenderedChart.ROOT.resolve(service).resolve("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains("extends DeadLettersEndpoint")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> publishedTopics(String service) throws IOException {
        Set<String> topics = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RenderedChart.ROOT.resolve(service).resolve("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = OUTBOX_TOPIC.matcher(Files.readString(file));
                while (matcher.find()) {
                    topics.add(
                            switch (matcher.group(1)) {
                                case "PARTNERSHIP" -> Topics.PARTNERSHIP;
                                case "ACTIVITY" -> Topics.ACTIVITY;
                                default -> throw new AssertionError("unknown topic constant " + matcher.group(1));
                            });
                }
            }
        }
        return topics;
    }
}
