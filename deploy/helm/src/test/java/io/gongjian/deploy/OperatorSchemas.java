package io.gongjian.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.List;
import java.util.Map;

/**
 * The fields of the operator resources this chart uses, with their types, transcribed from the operators' CRDs:
 * CloudNativePG 1.27 ({@code postgresql.cnpg.io/v1 Cluster, ScheduledBackup}), its Barman Cloud plugin 0.11
 * ({@code barmancloud.cnpg.io/v1 ObjectStore}), Keycloak Operator 26 ({@code k8s.keycloak.org/v2beta1 Keycloak},
 * {@code v2alpha1 KeycloakRealmImport}) and the Prometheus Operator ({@code monitoring.coreos.com/v1 ServiceMonitor,
 * PrometheusRule}). None publishes a Java model to Maven Central, unlike Kubernetes (fabric8) and Strimzi; read
 * strictly, a misspelt or misplaced field fails.
 */
final class OperatorSchemas {

    private OperatorSchemas() {}

    record Metadata(String name, Map<String, String> labels, Map<String, String> annotations) {}

    record Resources(Map<String, String> requests, Map<String, String> limits) {}

    // postgresql.cnpg.io/v1 Cluster
    record CnpgCluster(String apiVersion, String kind, Metadata metadata, CnpgSpec spec) {}

    record CnpgSpec(
            int instances,
            String imageName,
            String primaryUpdateStrategy,
            CnpgBootstrap bootstrap,
            CnpgStorage storage,
            Resources resources,
            CnpgAffinity affinity,
            CnpgMonitoring monitoring,
            List<CnpgPlugin> plugins,
            List<CnpgExternalCluster> externalClusters) {}

    /** A CNPG-I plugin of the cluster; the Barman Cloud plugin archives WAL when {@code isWALArchiver}. */
    record CnpgPlugin(String name, Boolean isWALArchiver, Map<String, String> parameters) {}

    record CnpgBootstrap(CnpgInitDb initdb, CnpgRecovery recovery) {}

    record CnpgRecovery(String source, String database, String owner, CnpgRecoveryTarget recoveryTarget) {}

    record CnpgRecoveryTarget(String targetTime) {}

    /** Another cluster's data: here an archive in the object store, read through the Barman Cloud plugin. */
    record CnpgExternalCluster(String name, CnpgPlugin plugin) {}

    record CnpgInitDb(String database, String owner) {}

    record CnpgStorage(String size, String storageClass) {}

    record CnpgAffinity(Boolean enablePodAntiAffinity, String topologyKey) {}

    record CnpgMonitoring(Boolean enablePodMonitor) {}

    // postgresql.cnpg.io/v1 ScheduledBackup
    record ScheduledBackup(String apiVersion, String kind, Metadata metadata, ScheduledBackupSpec spec) {}

    record ScheduledBackupSpec(
            String schedule,
            Boolean immediate,
            String backupOwnerReference,
            LocalObjectReference cluster,
            String method,
            PluginConfiguration pluginConfiguration) {}

    record LocalObjectReference(String name) {}

    record PluginConfiguration(String name, Map<String, String> parameters) {}

    static final List<String> BACKUP_METHODS = List.of("barmanObjectStore", "volumeSnapshot", "plugin");

    static final List<String> BACKUP_OWNER_REFERENCES = List.of("none", "self", "cluster");

    // barmancloud.cnpg.io/v1 ObjectStore: spec.configuration is barman-cloud's BarmanObjectStoreConfiguration
    record ObjectStore(String apiVersion, String kind, Metadata metadata, ObjectStoreSpec spec) {}

    record ObjectStoreSpec(BarmanObjectStoreConfiguration configuration, String retentionPolicy) {}

    record BarmanObjectStoreConfiguration(
            String destinationPath,
            String endpointURL,
            S3Credentials s3Credentials,
            WalBackupConfiguration wal,
            DataBackupConfiguration data) {}

    record S3Credentials(SecretKeySelector accessKeyId, SecretKeySelector secretAccessKey) {}

    record WalBackupConfiguration(String compression, Integer maxParallel) {}

    record DataBackupConfiguration(String compression, Integer jobs) {}

    /** The ObjectStore's retentionPolicy pattern, from the CRD's validation. */
    static final String RETENTION_POLICY = "^[1-9][0-9]*[dwm]$";

    static final List<String> COMPRESSIONS = List.of("bzip2", "gzip", "lz4", "snappy", "xz", "zstd");

    // monitoring.coreos.com/v1 ServiceMonitor
    record ServiceMonitor(String apiVersion, String kind, Metadata metadata, ServiceMonitorSpec spec) {}

    record ServiceMonitorSpec(
            LabelSelector selector, NamespaceSelector namespaceSelector, List<ScrapeEndpoint> endpoints) {}

    record LabelSelector(Map<String, String> matchLabels) {}

    record NamespaceSelector(List<String> matchNames) {}

    record ScrapeEndpoint(String port, String path, String interval) {}

    // monitoring.coreos.com/v1 PrometheusRule
    record PrometheusRule(String apiVersion, String kind, Metadata metadata, PrometheusRuleSpec spec) {}

    record PrometheusRuleSpec(List<RuleGroup> groups) {}

    record RuleGroup(String name, List<Rule> rules) {}

    record Rule(
            String alert,
            String expr,
            @JsonProperty("for") String pendingFor,
            Map<String, String> labels,
            Map<String, String> annotations) {}

    // k8s.keycloak.org/v2beta1 Keycloak
    record Keycloak(String apiVersion, String kind, Metadata metadata, KeycloakSpec spec) {}

    record KeycloakSpec(
            int instances,
            KeycloakDb db,
            KeycloakHttp http,
            KeycloakHostname hostname,
            KeycloakProxy proxy,
            KeycloakIngress ingress,
            List<KeycloakOption> additionalOptions,
            KeycloakUnsupported unsupported) {}

    /** A server option the CR has no field for (kc.sh --name=value). */
    record KeycloakOption(String name, String value) {}

    /** What the operator merges into the pods it makes: the first container is merged into Keycloak's. */
    record KeycloakUnsupported(PodTemplateSpec podTemplate) {}

    record KeycloakDb(
            String vendor,
            String host,
            int port,
            String database,
            SecretKeySelector usernameSecret,
            SecretKeySelector passwordSecret) {}

    record SecretKeySelector(String name, String key) {}

    record KeycloakHttp(Boolean httpEnabled, String tlsSecret) {}

    record KeycloakHostname(String hostname, Boolean backchannelDynamic) {}

    record KeycloakProxy(String headers) {}

    record KeycloakIngress(Boolean enabled, String className) {}

    // k8s.keycloak.org/v2alpha1 KeycloakRealmImport
    record RealmImport(String apiVersion, String kind, Metadata metadata, RealmImportSpec spec) {}

    record RealmImportSpec(String keycloakCRName, JsonNode realm, Map<String, Placeholder> placeholders) {}

    record Placeholder(SecretKeySelector secret) {}

    static final Map<String, Class<?>> BY_KIND = Map.of(
            "postgresql.cnpg.io/v1/Cluster", CnpgCluster.class,
            "postgresql.cnpg.io/v1/ScheduledBackup", ScheduledBackup.class,
            "barmancloud.cnpg.io/v1/ObjectStore", ObjectStore.class,
            "k8s.keycloak.org/v2beta1/Keycloak", Keycloak.class,
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", RealmImport.class,
            "monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class,
            "monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class);

    static final List<String> KEYCLOAK_PROXY_HEADERS = List.of("forwarded", "xforwarded");
}
