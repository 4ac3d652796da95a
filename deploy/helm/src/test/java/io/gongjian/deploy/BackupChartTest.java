package io.gongjian.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongjian.events.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing lost if a database is lost: every database archives its WAL continuously to the object store and gets base
 * backups on a schedule (CloudNativePG with the Barman Cloud plugin), the store's credentials come from a Secret ops
 * create, the topics keep every event the evaluation read model is rebuilt from, and the runbook says how to restore.
 */
class BackupChartTest {

    private static final String PLUGIN = "barman-cloud.cloudnative-pg.io";

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void everyDatabaseArchivesItsWalAndIsBackedUpOnASchedule(String environment) {
        RenderedChart chart = RenderedChart.of(environment);
        assertEquals(1, chart.ofKind("ObjectStore").size());
        JsonNode store = chart.ofKind("ObjectStore").get(0);
        String storeName = store.path("metadata").path("name").asText();
        JsonNode configuration = store.path("spec").path("configuration");
        assertTrue(
                configuration.path("destinationPath").asText().matches("(s3|gs|https)://.+"), configuration.toString());
        assertTrue(store.path("spec").path("retentionPolicy").asText().matches(OperatorSchemas.RETENTION_POLICY));
        for (String part : List.of("wal", "data")) {
            assertTrue(OperatorSchemas.COMPRESSIONS.contains(
                    configuration.path(part).path("compression").asText()));
        }
        Set<String> clusters = new TreeSet<>();
        for (JsonNode cluster : chart.ofKind("Cluster")) {
            String name = cluster.path("metadata").path("name").asText();
            clusters.add(name);
            List<JsonNode> archivers = new java.util.ArrayList<>();
            cluster.path("spec").path("plugins").forEach(plugin -> {
                if (plugin.path("isWALArchiver").asBoolean()) {
                    archivers.add(plugin);
                }
            });
            assertEquals(1, archivers.size(), name + " has one WAL archiver");
            assertEquals(PLUGIN, archivers.get(0).path("name").asText(), name);
            assertEquals(
                    storeName,
                    archivers.get(0).path("parameters").path("barmanObjectName").asText(),
                    name + " archives to the chart's object store");
        }
        assertEquals(
                Set.of("partnership-db", "activity-db", "evaluation-db", "keycloak-db"),
                clusters,
                "every database: the evaluation one holds the evaluator inputs, found nowhere else");
        Set<String> scheduled = new TreeSet<>();
        for (JsonNode backup : chart.ofKind("ScheduledBackup")) {
            JsonNode spec = backup.path("spec");
            scheduled.add(spec.path("cluster").path("name").asText());
            assertEquals("plugin", spec.path("method").asText());
            assertTrue(
                    OperatorSchemas.BACKUP_METHODS.contains(spec.path("method").asText()));
            assertTrue(OperatorSchemas.BACKUP_OWNER_REFERENCES.contains(
                    spec.path("backupOwnerReference").asText()));
            assertEquals(PLUGIN, spec.path("pluginConfiguration").path("name").asText());
            // CloudNativePG's schedules have six fields, seconds first.
            assertEquals(6, spec.path("schedule").asText().trim().split("\\s+").length, spec.toString());
            assertTrue(spec.path("immediate").asBoolean(), "a first base backup right away");
        }
        assertEquals(clusters, scheduled, "a ScheduledBackup per database");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void theTopicsKeepEveryEventTheReadModelIsRebuiltFrom(String environment) {
        RenderedChart chart = RenderedChart.of(environment);
        for (JsonNode topic : chart.ofKind("KafkaTopic")) {
            String name = topic.path("spec").path("topicName").asText();
            if (Set.of(Topics.PARTNERSHIP, Topics.ACTIVITY).contains(name)) {
                JsonNode config = topic.path("spec").path("config");
                // Compaction would keep only each key's latest event; the rebuild replays every one.
                assertEquals("delete", config.path("cleanup.policy").asText(), name);
                assertEquals(-1L, config.path("retention.ms").asLong(), name);
                assertTrue(
                        config.path("retention.bytes").isMissingNode()
                                || config.path("retention.bytes").asLong() == -1L,
                        name);
            }
        }
    }

    @Test
    void backupsCanBeSwitchedOff() {
        RenderedChart chart = RenderedChart.of("dev", Map.of("backup.enabled", "false"));
        assertTrue(chart.ofKind("ObjectStore").isEmpty());
        assertTrue(chart.ofKind("ScheduledBackup").isEmpty());
        chart.ofKind("Cluster")
                .forEach(cluster ->
                        assertTrue(cluster.path("spec").path("plugins").isMissingNode()));
    }

    @Test
    void aDatabaseIsRestoredFromItsArchiveToAPointInTimeAndArchivesAnew() {
        RenderedChart chart = RenderedChart.of(
                "prod",
                Map.of(
                        "backup.restore.partnership.fromServerName", "partnership-db",
                        "backup.restore.partnership.targetTime", "2026-12-03 01:55:00+00",
                        "backup.restore.partnership.serverName", "partnership-db-r1"));
        JsonNode spec = chart.named("Cluster", "partnership-db").path("spec");
        JsonNode recovery = spec.path("bootstrap").path("recovery");
        assertTrue(spec.path("bootstrap").path("initdb").isMissingNode(), "recovered, not initialised");
        assertEquals(
                "2026-12-03 01:55:00+00",
                recovery.path("recoveryTarget").path("targetTime").asText());
        assertEquals("partnership", recovery.path("database").asText(), "the app user and Secret are made again");
        JsonNode origin = spec.path("externalClusters").get(0);
        assertEquals(recovery.path("source").asText(), origin.path("name").asText());
        assertEquals(PLUGIN, origin.path("plugin").path("name").asText());
        assertEquals(
                "partnership-db",
                origin.path("plugin").path("parameters").path("serverName").asText());
        String store =
                chart.ofKind("ObjectStore").get(0).path("metadata").path("name").asText();
        assertEquals(
                store,
                origin.path("plugin")
                        .path("parameters")
                        .path("barmanObjectName")
                        .asText());
        JsonNode archiver = spec.path("plugins").get(0).path("parameters");
        assertEquals("partnership-db-r1", archiver.path("serverName").asText(), "the old archive stays untouched");
        for (String other : List.of("activity-db", "evaluation-db", "keycloak-db")) {
            assertTrue(
                    chart.named("Cluster", other).path("spec").path("bootstrap").has("initdb"), other + " as before");
        }
    }

    @Test
    void theReadmeHasTheRestoreRunbook() throws IOException {
        String readme = Files.readString(RenderedChart.ROOT.resolve("deploy/README.md"));
        Set<String> anchors = MonitoringChartTest.runbookAnchors();
        assertTrue(anchors.contains("restoring-a-database"), anchors.toString());
        for (String step : List.of("backup.restore.", "fromServerName", "targetTime", "kubectl delete cluster")) {
            assertTrue(readme.contains(step), "the restore runbook shows " + step);
        }
    }
}
