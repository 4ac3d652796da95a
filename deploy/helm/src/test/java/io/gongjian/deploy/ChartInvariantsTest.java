package io.gongjian.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.events.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What must stay true of the rendered chart, checked against the code it deploys: probes on the paths the services
 * serve, limits, non-root read-only containers, every reference resolving, environment variables the services
 * really read, the network reachable only through the gateway, topics the code publishes to.
 */
class ChartInvariantsTest {

    static final List<String> SERVICES =
            List.of("gateway", "partnership-service", "activity-service", "evaluation-service");
    static final List<String> CONTEXT_SERVICES =
            List.of("partnership-service", "activity-service", "evaluation-service");
    static final Map<String, String> PROBES = Map.of(
            "startupProbe", "/q/health/started",
            "livenessProbe", "/q/health/live",
            "readinessProbe", "/q/health/ready");
    /** Secrets ops provide (deploy/README.md, "What to configure"); everything else must be rendered or generated. */
    static final Set<String> PROVIDED_BY_OPS = Set.of(
            "gongjian-tls",
            "gongjian-dev-tls",
            "auth-tls",
            "auth-dev-tls",
            "gongjian-client-secrets",
            "gongjian-backup-credentials");

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void everyContainerHasTheThreeProbesOnThePathsTheServicesServe(String environment) throws IOException {
        RenderedChart chart = RenderedChart.of(environment);
        for (String service : SERVICES) {
            JsonNode container = chart.container(service);
            // Health on the management port where the service has one (the gateway: GatewayEdgeChartTest), else http.
            String healthPort = servesManagementPort(service) ? "management" : "http";
            for (var probe : PROBES.entrySet()) {
                JsonNode httpGet = container.path(probe.getKey()).path("httpGet");
                assertEquals(probe.getValue(), httpGet.path("path").asText(), service + " " + probe.getKey());
                assertEquals(healthPort, httpGet.path("port").asText(), service + " " + probe.getKey());
            }
            assertEquals("http", container.path("ports").get(0).path("name").asText());
            // The port the container declares is the one the service listens on (HTTP_PORT).
            assertEquals(
                    container.path("ports").get(0).path("containerPort").asText(),
                    chart.environmentOf(service).get("HTTP_PORT"),
                    service);
        }
        assertTrue(readsHealthChecks(), "the services have SmallRye Health (the probes' endpoints)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void everyContainerHasLimitsAndRunsAsNonRootOnAReadOnlyFileSystem(String environment) {
        RenderedChart chart = RenderedChart.of(environment);
        for (String service : SERVICES) {
            JsonNode pod = chart.named("Deployment", service)
                    .path("spec")
                    .path("template")
                    .path("spec");
            JsonNode container = chart.container(service);
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertFalse(
                            container
                                    .path("resources")
                                    .path(bound)
                                    .path(resource)
                                    .asText()
                                    .isBlank(),
                            service + " " + bound + "." + resource);
                }
            }
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), service);
            assertTrue(pod.path("securityContext").path("runAsUser").asInt() > 0, service);
            JsonNode security = container.path("securityContext");
            assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), service);
            assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), service);
            assertEquals(
                    "ALL", security.path("capabilities").path("drop").get(0).asText(), service);
            assertFalse(pod.path("affinity").path("podAntiAffinity").isMissingNode(), service + " anti-affinity");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void everyServiceHasItsServiceDisruptionBudgetAndWhenAskedItsAutoscaler(String environment) throws IOException {
        RenderedChart chart = RenderedChart.of(environment);
        JsonNode values = RenderedChart.values(environment);
        for (String service : SERVICES) {
            JsonNode podLabels = chart.named("Deployment", service)
                    .path("spec")
                    .path("template")
                    .path("metadata")
                    .path("labels");
            assertSelects(
                    chart.named("Service", service).path("spec").path("selector"), podLabels, "Service " + service);
            assertSelects(
                    chart.named("PodDisruptionBudget", service)
                            .path("spec")
                            .path("selector")
                            .path("matchLabels"),
                    podLabels,
                    "PodDisruptionBudget " + service);
            assertEquals(
                    "http",
                    chart.named("Service", service)
                            .path("spec")
                            .path("ports")
                            .get(0)
                            .path("targetPort")
                            .asText());
            boolean autoscaled = values.path("services")
                    .path(service)
                    .path("autoscaling")
                    .path("enabled")
                    .asBoolean(true);
            assertEquals(autoscaled, chart.has("HorizontalPodAutoscaler", service), service + " autoscaler");
            if (autoscaled) {
                JsonNode target = chart.named("HorizontalPodAutoscaler", service)
                        .path("spec")
                        .path("scaleTargetRef");
                assertEquals("Deployment", target.path("kind").asText());
                assertEquals(service, target.path("name").asText());
            }
        }
        // Consumers beyond the partition count would idle: the evaluation service never scales past it.
        if (chart.has("HorizontalPodAutoscaler", "evaluation-service")) {
            int maxReplicas = chart.named("HorizontalPodAutoscaler", "evaluation-service")
                    .path("spec")
                    .path("maxReplicas")
                    .asInt();
            for (JsonNode topic : chart.ofKind("KafkaTopic")) {
                assertTrue(topic.path("spec").path("partitions").asInt() >= maxReplicas, topic.toString());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void onlyTheGatewayHasAnIngress(String environment) {
        RenderedChart chart = RenderedChart.of(environment);
        assertEquals(1, chart.ofKind("Ingress").size());
        for (JsonNode rule : chart.ofKind("Ingress").get(0).path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                JsonNode backend = path.path("backend").path("service");
                assertEquals("gateway", backend.path("name").asText());
                assertEquals("http", backend.path("port").path("name").asText());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void everyReferencedConfigMapAndSecretExists(String environment) {
        RenderedChart chart = RenderedChart.of(environment);
        Set<String> generatedSecrets = generatedSecrets(chart);
        for (String service : SERVICES) {
            JsonNode container = chart.container(service);
            for (JsonNode source : container.path("envFrom")) {
                assertTrue(
                        chart.has(
                                "ConfigMap",
                                source.path("configMapRef").path("name").asText()),
                        service);
            }
            for (JsonNode variable : container.path("env")) {
                String secret = variable.path("valueFrom")
                        .path("secretKeyRef")
                        .path("name")
                        .asText();
                assertTrue(generatedSecrets.contains(secret), service + " reads Secret " + secret + " nobody creates");
            }
            for (JsonNode volume : chart.named("Deployment", service)
                    .path("spec")
                    .path("template")
                    .path("spec")
                    .path("volumes")) {
                if (volume.has("secret")) {
                    String secret = volume.path("secret").path("secretName").asText();
                    assertTrue(
                            generatedSecrets.contains(secret),
                            service + " mounts Secret " + secret + " nobody creates");
                }
            }
        }
        chart.ofKind("ObjectStore").forEach(store -> {
            JsonNode credentials = store.path("spec").path("configuration").path("s3Credentials");
            for (String key : List.of("accessKeyId", "secretAccessKey")) {
                assertTrue(PROVIDED_BY_OPS.contains(
                        credentials.path(key).path("name").asText()));
            }
        });
        JsonNode keycloak = chart.named("Keycloak", "keycloak").path("spec");
        assertTrue(generatedSecrets.contains(
                keycloak.path("db").path("usernameSecret").path("name").asText()));
        assertTrue(generatedSecrets.contains(
                keycloak.path("db").path("passwordSecret").path("name").asText()));
        assertTrue(
                PROVIDED_BY_OPS.contains(keycloak.path("http").path("tlsSecret").asText()));
        for (JsonNode tls : chart.ofKind("Ingress").get(0).path("spec").path("tls")) {
            assertTrue(PROVIDED_BY_OPS.contains(tls.path("secretName").asText()));
        }
        chart.named("KeycloakRealmImport", "gongjian-realm")
                .path("spec")
                .path("placeholders")
                .forEach(placeholder -> assertTrue(PROVIDED_BY_OPS.contains(
                        placeholder.path("secret").path("name").asText())));
        assertTrue(chart.ofKind("Secret").isEmpty(), "no credentials in the chart");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void theSecretsOpsProvideAreDocumented(String environment) throws IOException {
        String readme = Files.readString(RenderedChart.ROOT.resolve("deploy/README.md"));
        for (String secret : PROVIDED_BY_OPS) {
            assertTrue(readme.contains(secret), "deploy/README.md tells ops to create Secret " + secret);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void everyEnvironmentVariableIsOneTheServiceReadsAndPointsAtSomethingRendered(String environment)
            throws IOException {
        RenderedChart chart = RenderedChart.of(environment);
        for (String service : SERVICES) {
            Set<String> read = variablesReadBy(service);
            Map<String, String> given = chart.environmentOf(service);
            for (JsonNode variable : chart.container(service).path("env")) {
                given.put(variable.path("name").asText(), "(from a Secret)");
            }
            for (String name : given.keySet()) {
                assertTrue(
                        read.contains(name) || kafkaClientProperty(service, name),
                        service + " does not read " + name + "; it reads " + read);
            }
            assertTrue(given.containsKey("OIDC_AUTH_SERVER_URL"), service);
            assertTrue(given.get("OIDC_AUTH_SERVER_URL").startsWith("http://keycloak-service:8080/"), service);
        }
        for (String service : CONTEXT_SERVICES) {
            Map<String, String> given = chart.environmentOf(service);
            String database = service.replace("-service", "");
            assertTrue(
                    given.get("DB_URL").startsWith("jdbc:postgresql://" + database + "-db-rw:5432/" + database + "?"),
                    given.get("DB_URL"));
            JsonNode cluster = chart.named("Cluster", database + "-db")
                    .path("spec")
                    .path("bootstrap")
                    .path("initdb");
            assertEquals(database, cluster.path("database").asText());
            JsonNode kafka = chart.ofKind("Kafka").get(0);
            String bootstrap = kafka.path("metadata").path("name").asText() + "-kafka-bootstrap:"
                    + kafka.path("spec")
                            .path("kafka")
                            .path("listeners")
                            .get(0)
                            .path("port")
                            .asText();
            assertEquals(bootstrap, given.get("KAFKA_BOOTSTRAP_SERVERS"), service);
            Set<String> secretVariables = new HashSet<>();
            chart.container(service)
                    .path("env")
                    .forEach(v -> secretVariables.add(v.path("name").asText()));
            assertEquals(Set.of("DB_USER", "DB_PASSWORD", "KAFKA_SASL_JAAS_CONFIG"), secretVariables, service);
        }
        Map<String, String> gateway = chart.environmentOf("gateway");
        for (String backend : CONTEXT_SERVICES) {
            String variable = backend.replace("-service", "").toUpperCase() + "_SERVICE_URL";
            assertEquals("http://" + backend + ":8080", gateway.get(variable));
            assertEquals(
                    8080,
                    chart.named("Service", backend)
                            .path("spec")
                            .path("ports")
                            .get(0)
                            .path("port")
                            .asInt());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void onlyTheGatewayIsReachableFromOutsideAndEachServiceOnlyFromTheGateway(String environment) throws IOException {
        RenderedChart chart = RenderedChart.of(environment);
        String ingressNamespace = RenderedChart.value(environment, "ingress.controllerNamespace");
        for (String service : SERVICES) {
            JsonNode policy = chart.named("NetworkPolicy", service).path("spec");
            assertSelects(
                    policy.path("podSelector").path("matchLabels"),
                    chart.named("Deployment", service)
                            .path("spec")
                            .path("template")
                            .path("metadata")
                            .path("labels"),
                    "NetworkPolicy " + service);
            assertEquals(List.of("Ingress", "Egress"), texts(policy.path("policyTypes")));
            for (JsonNode rule : policy.path("ingress")) {
                for (JsonNode peer : rule.path("from")) {
                    String namespace = peer.path("namespaceSelector")
                            .path("matchLabels")
                            .path("kubernetes.io/metadata.name")
                            .asText();
                    String pod = peer.path("podSelector")
                            .path("matchLabels")
                            .path("app.kubernetes.io/name")
                            .asText();
                    boolean allowed = service.equals("gateway")
                            ? namespace.equals(ingressNamespace) || namespace.equals("monitoring")
                            : pod.equals("gateway") || namespace.equals("monitoring");
                    assertTrue(allowed, service + " is reachable from " + peer);
                }
            }
        }
        // The evaluation service needs its database, Kafka, Keycloak and DNS: no other service.
        for (JsonNode rule :
                chart.named("NetworkPolicy", "evaluation-service").path("spec").path("egress")) {
            for (JsonNode peer : rule.path("to")) {
                String pod = peer.path("podSelector")
                        .path("matchLabels")
                        .path("app.kubernetes.io/name")
                        .asText();
                assertFalse(SERVICES.contains(pod), "the evaluation service may reach " + pod);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void theTopicsAreThoseTheServicesUseAndKeepTheirEventsForARebuild(String environment) {
        RenderedChart chart = RenderedChart.of(environment);
        Map<String, JsonNode> topics = new HashMap<>();
        chart.ofKind("KafkaTopic")
                .forEach(t -> topics.put(t.path("spec").path("topicName").asText(), t.path("spec")));
        assertEquals(
                Set.of(Topics.PARTNERSHIP, Topics.ACTIVITY, Topics.PARTNERSHIP + ".dlq", Topics.ACTIVITY + ".dlq"),
                topics.keySet());
        for (String topic : List.of(Topics.PARTNERSHIP, Topics.ACTIVITY)) {
            assertEquals(
                    -1L, topics.get(topic).path("config").path("retention.ms").asLong(), topic);
            assertEquals(
                    "delete",
                    topics.get(topic).path("config").path("cleanup.policy").asText(),
                    topic);
        }
        JsonNode kafka = chart.ofKind("Kafka").get(0);
        assertEquals(
                "false",
                kafka.path("spec")
                        .path("kafka")
                        .path("config")
                        .path("auto.create.topics.enable")
                        .asText());
        assertEquals(
                List.of("controller", "broker"),
                texts(chart.ofKind("KafkaNodePool").get(0).path("spec").path("roles")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void theRealmIsTheOneTheLocalPlatformUses(String environment) throws IOException {
        RenderedChart chart = RenderedChart.of(environment);
        JsonNode source = new ObjectMapper()
                .readTree(RenderedChart.ROOT
                        .resolve("deploy/keycloak/gongjian-realm.json")
                        .toFile());
        JsonNode imported = chart.named("KeycloakRealmImport", "gongjian-realm")
                .path("spec")
                .path("realm");
        assertEquals(source.path("realm"), imported.path("realm"));
        assertEquals(source.path("roles"), imported.path("roles"));
        assertEquals(source.path("attributes"), imported.path("attributes"));
        assertEquals(clientIds(source), clientIds(imported));
        boolean demo = environment.equals("dev");
        assertEquals(
                demo ? source.path("users").size() : 1, imported.path("users").size(), "users imported");
        if (!demo) {
            JsonNode bureau = RenderedChart.realmClient(imported, "bureau-guangxi");
            assertEquals("${BUREAU_GUANGXI}", bureau.path("secret").asText(), "no client secret in the chart");
            assertFalse(RenderedChart.realmClient(imported, "gongjian-web")
                    .path("directAccessGrantsEnabled")
                    .asBoolean());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void theImagesAreTheOnesTheBuildMakes(String environment) throws IOException {
        RenderedChart chart = RenderedChart.of(environment);
        JsonNode image = RenderedChart.values(environment).path("image");
        for (String service : SERVICES) {
            String properties = settingsOf(service);
            Matcher group = Pattern.compile("(?m)^quarkus\\.container-image\\.group=(.+)$")
                    .matcher(properties);
            assertTrue(group.find(), service + " names its image group");
            assertEquals(image.path("group").asText(), group.group(1).strip(), service);
            String artifactId = artifactId(service);
            assertEquals(service, artifactId, "the image is named after the artifact");
            assertEquals(
                    image.path("registry").asText() + "/" + group.group(1).strip() + "/" + artifactId + ":0.1.0",
                    chart.container(service).path("image").asText());
        }
    }

    /**
     * What a service is configured with: its application.properties and, for a bounded-context service, the settings
     * the three share (platform/service-config).
     */
    private static String settingsOf(String service) throws IOException {
        String own = Files.readString(
                RenderedChart.ROOT.resolve(service).resolve("src/main/resources/application.properties"));
        if (!CONTEXT_SERVICES.contains(service)) {
            return own;
        }
        return own + "\n"
                + Files.readString(RenderedChart.ROOT.resolve(
                        "platform/service-config/src/main/resources/META-INF/microprofile-config.properties"));
    }

    private static String artifactId(String service) throws IOException {
        String pom = Files.readString(RenderedChart.ROOT.resolve(service).resolve("pom.xml"));
        Matcher matcher =
                Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>").matcher(pom);
        assertTrue(matcher.find(), service + "/pom.xml");
        return matcher.group(1);
    }

    /** Whether the service's image answers health and metrics on a port of their own (MANAGEMENT_PORT). */
    static boolean servesManagementPort(String service) throws IOException {
        String properties = Files.readString(
                RenderedChart.ROOT.resolve(service).resolve("src/main/resources/application.properties"));
        return Pattern.compile("(?m)^quarkus\\.management\\.enabled\\s*=\\s*true\\s*$")
                        .matcher(properties)
                        .find()
                && properties.contains("quarkus.management.port=${MANAGEMENT_PORT");
    }

    /** The Secrets the operators make: CloudNativePG's per cluster, Strimzi's cluster CA and per KafkaUser. */
    static Set<String> generatedSecrets(RenderedChart chart) {
        Set<String> secrets = new HashSet<>();
        for (JsonNode cluster : chart.ofKind("Cluster")) {
            String name = cluster.path("metadata").path("name").asText();
            secrets.add(name + "-app");
            secrets.add(name + "-ca");
        }
        for (JsonNode kafka : chart.ofKind("Kafka")) {
            secrets.add(kafka.path("metadata").path("name").asText() + "-cluster-ca-cert");
        }
        for (JsonNode user : chart.ofKind("KafkaUser")) {
            secrets.add(user.path("metadata").path("name").asText());
        }
        return secrets;
    }

    /**
     * Quarkus gives the Kafka clients of a service that uses Kafka every {@code KAFKA_*} variable as a client property
     * ({@code KAFKA_SASL_MECHANISM} → {@code sasl.mechanism}: the kafka client extension's default-kafka-broker
     * configuration lower-cases the name and turns {@code _} into {@code .}), so such a variable need not appear in
     * application.properties. Only the client properties the chart sets on purpose count.
     */
    static boolean kafkaClientProperty(String service, String variable) {
        return !service.equals("gateway") && KAFKA_CLIENT_VARIABLES.contains(variable);
    }

    static final Set<String> KAFKA_CLIENT_VARIABLES = Set.of(
            "KAFKA_SECURITY_PROTOCOL",
            "KAFKA_SASL_MECHANISM",
            "KAFKA_SASL_JAAS_CONFIG",
            "KAFKA_SSL_TRUSTSTORE_TYPE",
            "KAFKA_SSL_TRUSTSTORE_LOCATION");

    /** Every ${NAME} or ${NAME:default} in the service's settings. */
    private static Set<String> variablesReadBy(String service) throws IOException {
        String properties = settingsOf(service);
        Set<String> names = new HashSet<>();
        Matcher matcher = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]").matcher(properties);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        assertFalse(names.isEmpty(), service);
        return names;
    }

    private static boolean readsHealthChecks() {
        try {
            return Files.readString(RenderedChart.ROOT.resolve("platform/service-parent/pom.xml"))
                            .contains("quarkus-smallrye-health")
                    && Files.readString(RenderedChart.ROOT.resolve("gateway/pom.xml"))
                            .contains("quarkus-smallrye-health");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertSelects(JsonNode selector, JsonNode labels, String what) {
        assertNotNull(selector, what);
        assertFalse(selector.isEmpty(), what + " selects everything");
        selector.fields()
                .forEachRemaining(e -> assertEquals(
                        e.getValue().asText(), labels.path(e.getKey()).asText(), what + " selects " + e.getKey()));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    private static Set<String> clientIds(JsonNode realm) {
        Set<String> ids = new HashSet<>();
        realm.path("clients").forEach(c -> ids.add(c.path("clientId").asText()));
        return ids;
    }
}
