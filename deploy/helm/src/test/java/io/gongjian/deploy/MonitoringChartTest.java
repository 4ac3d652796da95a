package io.gongjian.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Monitoring as deployed: Prometheus scrapes every service where it serves its metrics and reaches nothing else of
 * it; the alerts each have a runbook; the dashboard and the alerts query only metrics this test knows, and it knows
 * which of them the services export today and which they are still to export.
 */
class MonitoringChartTest {

    /** Series the platform exports today: from the code (gongjian_*), Quarkus's binders, Prometheus, kube-state-metrics. */
    static final Set<String> EXPORTED = Set.of(
            "up",
            "http_server_requests_seconds_count",
            "http_server_requests_seconds_sum",
            "http_server_requests_seconds_max",
            // fixed buckets from 5 ms to 10 s (commons' RequestHistograms)
            "http_server_requests_seconds_bucket",
            "gongjian_outbox_pending",
            "gongjian_outbox_oldest_pending_age_seconds",
            "gongjian_outbox_parked",
            // label channel (partnership-events, activity-events)
            "gongjian_events_dead_lettered_total",
            // labels topic, type
            "gongjian_events_applied_total",
            "gongjian_events_duplicates_skipped_total",
            // label topic: age of the newest applied event while records wait, and the records waiting
            "gongjian_consumer_lag_seconds",
            "gongjian_consumer_lag_records",
            // event time → score stored, a histogram
            "gongjian_score_freshness_seconds_bucket",
            // a timer per recomputation (the partnerships one change moved), with a histogram
            "gongjian_score_recomputations_seconds_count",
            "gongjian_score_recomputations_seconds_sum",
            "gongjian_score_recomputations_seconds_max",
            // a timer per webhook delivery attempt, label outcome (delivered, failed, refused), with a histogram
            "gongjian_webhook_deliveries_seconds_count",
            "gongjian_webhook_deliveries_seconds_bucket",
            "jvm_memory_used_bytes",
            "jvm_memory_max_bytes",
            "jvm_gc_pause_seconds_sum",
            "process_cpu_usage",
            "kube_deployment_status_replicas_unavailable");

    /**
     * Series the dashboard or alerts may use before a service exports them (Prometheus conventions: counters _total,
     * durations in seconds as histograms); until a service exports one, its panel is empty and its alert silent. When
     * the code registers one, move it to {@link #EXPORTED}. Issue 17's are all exported now.
     */
    static final Set<String> PROMISED = Set.of();

    static final Set<String> ALERTS = Set.of(
            "GongjianOutboxBehind",
            "GongjianOutboxParked",
            "GongjianConsumerLagging",
            "GongjianDeadLetters",
            "GongjianServerErrors",
            "GongjianScoresStale",
            "GongjianServiceNotReady");

    /** A metric name where PromQL selects a series: name{…}. Every query here names its series with a selector. */
    private static final Pattern SERIES = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void everyServiceIsScrapedWhereItServesMetricsAndPrometheusReachesOnlyThat(String environment) throws IOException {
        RenderedChart chart = RenderedChart.of(environment);
        String monitoring = RenderedChart.value(environment, "monitoring.namespace");
        for (String service : ChartInvariantsTest.SERVICES) {
            JsonNode monitor = chart.named("ServiceMonitor", service).path("spec");
            JsonNode kubeService = chart.named("Service", service);
            monitor.path("selector")
                    .path("matchLabels")
                    .fields()
                    .forEachRemaining(label -> assertEquals(
                            label.getValue().asText(),
                            kubeService
                                    .path("metadata")
                                    .path("labels")
                                    .path(label.getKey())
                                    .asText(),
                            service + " ServiceMonitor selects its Service by " + label.getKey()));
            assertEquals(
                    List.of("gongjian"), texts(monitor.path("namespaceSelector").path("matchNames")));
            JsonNode endpoint = monitor.path("endpoints").get(0);
            assertEquals(1, monitor.path("endpoints").size(), service);
            assertEquals("/q/metrics", endpoint.path("path").asText(), service);
            String port = endpoint.path("port").asText();
            // The Service port of that name leads to the container port the service answers health and metrics on.
            String target = null;
            for (JsonNode servicePort : kubeService.path("spec").path("ports")) {
                if (servicePort.path("name").asText().equals(port)) {
                    target = servicePort.path("targetPort").asText();
                }
            }
            String healthPort = chart.container(service)
                    .path("readinessProbe")
                    .path("httpGet")
                    .path("port")
                    .asText();
            assertEquals(healthPort, target, service + ": scraped where its health is served");
            // From the monitoring namespace, that port and nothing else.
            List<String> reachable = new ArrayList<>();
            for (JsonNode rule :
                    chart.named("NetworkPolicy", service).path("spec").path("ingress")) {
                for (JsonNode peer : rule.path("from")) {
                    if (monitoring.equals(peer.path("namespaceSelector")
                            .path("matchLabels")
                            .path("kubernetes.io/metadata.name")
                            .asText())) {
                        assertFalse(peer.has("podSelector"), "the whole namespace's Prometheus");
                        rule.path("ports")
                                .forEach(p -> reachable.add(p.path("port").asText()));
                    }
                }
            }
            assertEquals(List.of(healthPort), reachable, service + " from namespace " + monitoring);
        }
    }

    /** The chart's list of services with a management port (gongjian.managedServices) is the code's. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void aServiceHasAManagementPortInTheChartExactlyWhenItsImageServesOne(String environment) throws IOException {
        RenderedChart chart = RenderedChart.of(environment);
        for (String service : ChartInvariantsTest.SERVICES) {
            boolean inCode = ChartInvariantsTest.servesManagementPort(service);
            String port = chart.container(service)
                    .path("readinessProbe")
                    .path("httpGet")
                    .path("port")
                    .asText();
            assertEquals(
                    inCode,
                    port.equals("management"),
                    service + (inCode ? " serves" : " does not serve")
                            + " health and metrics on a management port (MANAGEMENT_PORT): keep the list"
                            + " gongjian.managedServices in templates/_helpers.tpl in step");
            assertEquals(inCode, chart.environmentOf(service).containsKey("MANAGEMENT_PORT"), service);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void everyAlertHasItsRunbookAndQueriesKnownMetrics(String environment) throws IOException {
        RenderedChart chart = RenderedChart.of(environment);
        String base = RenderedChart.value(environment, "monitoring.runbookBaseUrl");
        Set<String> anchors = runbookAnchors();
        Map<String, JsonNode> alerts = new LinkedHashMap<>();
        for (JsonNode group :
                chart.named("PrometheusRule", "gongjian").path("spec").path("groups")) {
            group.path("rules").forEach(rule -> alerts.put(rule.path("alert").asText(), rule));
        }
        assertEquals(ALERTS, alerts.keySet());
        for (var alert : alerts.entrySet()) {
            String name = alert.getKey();
            JsonNode rule = alert.getValue();
            String anchor = name.toLowerCase();
            assertEquals(
                    base + "#" + anchor,
                    rule.path("annotations").path("runbook_url").asText(),
                    name);
            assertTrue(anchors.contains(anchor), "deploy/README.md has a section \"### " + name + "\"");
            assertFalse(rule.path("annotations").path("summary").asText().isBlank(), name);
            assertTrue(
                    Set.of("critical", "warning")
                            .contains(rule.path("labels").path("severity").asText()),
                    name);
            Set<String> series = seriesIn(rule.path("expr").asText());
            assertFalse(series.isEmpty(), name + " selects its series with a selector: " + rule.path("expr"));
            assertKnown(series, "alert " + name);
            assertTrue(rule.path("expr").asText().contains("namespace=\"gongjian\""), name + ": this release's only");
        }
    }

    @Test
    void theDashboardIsJsonAndQueriesOnlyKnownMetrics() throws IOException {
        Path file = RenderedChart.CHART.resolve("files/grafana-dashboard.json");
        JsonNode dashboard = new ObjectMapper().readTree(file.toFile());
        assertEquals("gongjian-platform", dashboard.path("uid").asText());
        List<String> queries = new ArrayList<>();
        strings(dashboard, queries);
        Set<String> series = new TreeSet<>();
        queries.forEach(q -> series.addAll(seriesIn(q)));
        assertKnown(series, "the dashboard");
        // Every panel queries something; what the issue asks to see is there.
        for (JsonNode panel : dashboard.path("panels")) {
            if (!panel.path("type").asText().equals("row")) {
                assertFalse(panel.path("targets").isEmpty(), panel.path("title").asText());
            }
        }
        for (String wanted : List.of(
                "http_server_requests_seconds_count",
                "gongjian_outbox_pending",
                "gongjian_outbox_oldest_pending_age_seconds",
                "gongjian_outbox_parked",
                "gongjian_consumer_lag_seconds",
                "gongjian_score_freshness_seconds_bucket",
                "gongjian_events_dead_lettered_total",
                "gongjian_score_recomputations_seconds_sum",
                "gongjian_webhook_deliveries_seconds_count",
                "jvm_memory_used_bytes",
                "jvm_gc_pause_seconds_sum")) {
            assertTrue(series.contains(wanted), "the dashboard shows " + wanted);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void theDashboardIsAConfigMapGrafanasSidecarLoads(String environment) throws IOException {
        JsonNode configMap = RenderedChart.of(environment).named("ConfigMap", "gongjian-dashboard");
        assertEquals(
                "1",
                configMap
                        .path("metadata")
                        .path("labels")
                        .path("grafana_dashboard")
                        .asText());
        JsonNode rendered = new ObjectMapper()
                .readTree(configMap.path("data").path("gongjian.json").asText());
        assertEquals(
                new ObjectMapper()
                        .readTree(RenderedChart.CHART
                                .resolve("files/grafana-dashboard.json")
                                .toFile()),
                rendered);
    }

    /** A name stays in one list: exported names are registered by the code, promised ones not yet. */
    @Test
    void theExportedMetricsAreTheOnesTheCodeRegisters() {
        String sources = mainSources();
        for (String metric : EXPORTED) {
            if (metric.startsWith("gongjian_")) {
                assertTrue(registered(sources, metric), metric + " is registered by the code (Micrometer name)");
            }
        }
        for (String metric : PROMISED) {
            if (metric.startsWith("gongjian_")) {
                assertFalse(
                        registered(sources, metric),
                        metric + " is registered by the code now: move it to EXPORTED in MonitoringChartTest");
            }
        }
        assertTrue(Set.copyOf(EXPORTED).stream().noneMatch(PROMISED::contains));
    }

    @Test
    void monitoringCanBeSwitchedOff() {
        RenderedChart chart = RenderedChart.of("prod", Map.of("monitoring.enabled", "false"));
        for (String kind : List.of("ServiceMonitor", "PrometheusRule")) {
            assertTrue(chart.ofKind(kind).isEmpty(), kind);
        }
        assertFalse(chart.has("ConfigMap", "gongjian-dashboard"));
        for (JsonNode policy : chart.ofKind("NetworkPolicy")) {
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                for (JsonNode peer : rule.path("from")) {
                    assertFalse(
                            peer.toString().contains("\"monitoring\""),
                            policy.path("metadata").path("name").asText());
                }
            }
        }
        chart.ofKind("Cluster")
                .forEach(cluster -> assertFalse(cluster.path("spec")
                        .path("monitoring")
                        .path("enablePodMonitor")
                        .asBoolean(true)));
    }

    private static void assertKnown(Set<String> series, String where) {
        Set<String> unknown = series.stream()
                .filter(s -> !EXPORTED.contains(s) && !PROMISED.contains(s))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(unknown.isEmpty(), where + " queries " + unknown + ", in neither EXPORTED nor PROMISED");
    }

    static Set<String> seriesIn(String query) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = SERIES.matcher(query);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The GitHub anchors of deploy/README.md's headings: lower case, spaces to dashes, punctuation dropped. */
    static Set<String> runbookAnchors() throws IOException {
        Set<String> anchors = new TreeSet<>();
        for (String line : Files.readAllLines(RenderedChart.ROOT.resolve("deploy/README.md"))) {
            if (line.startsWith("#")) {
                anchors.add(line.replaceFirst("^#+\\s*", "")
                        .strip()
                        .toLowerCase()
                        .replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-'));
            }
        }
        return anchors;
    }

    /** A Prometheus series name as Micrometer registers its meter: dotted, without unit and type suffixes. */
    private static boolean registered(String sources, String metric) {
        String base = metric.replaceFirst("_(bucket|count|sum|max)$", "")
                .replaceFirst("_total$", "")
                .replaceFirst("_seconds$", "");
        return sources.contains("\"" + base.replace('_', '.') + "\"") || sources.contains("\"" + base + "\"");
    }

    /** The Java sources of the services and the platform modules they share. */
    private static String mainSources() {
        List<Path> roots = new ArrayList<>();
        roots.add(RenderedChart.ROOT.resolve("platform"));
        ChartInvariantsTest.SERVICES.forEach(service -> roots.add(RenderedChart.ROOT.resolve(service)));
        StringBuilder sources = new StringBuilder();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> p.toString().contains("/src/main/java/"))
                        .forEach(p -> sources.append(read(p)).append('\n'));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void strings(JsonNode node, List<String> into) {
        if (node.isTextual()) {
            into.add(node.asText());
        }
        node.forEach(child -> strings(child, into));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
