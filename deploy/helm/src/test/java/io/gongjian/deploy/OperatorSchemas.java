package io.gongjian.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The fields of the CloudNativePG and Keycloak Operator resources this chart uses, with their types, transcribed
 * from the operators' CRDs (CloudNativePG 1.27 {@code postgresql.cnpg.io/v1 Cluster}; Keycloak Operator 26
 * {@code k8s.keycloak.org/v2beta1 Keycloak}, {@code v2alpha1 KeycloakRealmImport}). Neither publishes a Java model
 * to Maven Central, unlike Kubernetes (fabric8) and Strimzi; read strictly, a misspelt or misplaced field fails.
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
            CnpgMonitoring monitoring) {}

    record CnpgBootstrap(CnpgInitDb initdb) {}

    record CnpgInitDb(String database, String owner) {}

    record CnpgStorage(String size, String storageClass) {}

    record CnpgAffinity(Boolean enablePodAntiAffinity, String topologyKey) {}

    record CnpgMonitoring(Boolean enablePodMonitor) {}

    // k8s.keycloak.org/v2beta1 Keycloak
    record Keycloak(String apiVersion, String kind, Metadata metadata, KeycloakSpec spec) {}

    record KeycloakSpec(
            int instances,
            KeycloakDb db,
            KeycloakHttp http,
            KeycloakHostname hostname,
            KeycloakProxy proxy,
            KeycloakIngress ingress) {}

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
            "k8s.keycloak.org/v2beta1/Keycloak", Keycloak.class,
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", RealmImport.class);

    static final List<String> KEYCLOAK_PROXY_HEADERS = List.of("forwarded", "xforwarded");
}
