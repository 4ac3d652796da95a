package io.gongjian.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every object the chart renders, read against the model of its API version: Kubernetes 1.33 (fabric8 7.6),
 * Strimzi 0.49 (its own API model), CloudNativePG, its Barman Cloud plugin, the Keycloak Operator and the Prometheus
 * Operator (transcribed schemas). A field the model does not know, a value of the wrong type or a kind nobody checks
 * fails the build.
 */
class ChartSchemaTest {

    /** Kinds the target Kubernetes and operators serve, by apiVersion/kind. */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class));

    private static final ObjectMapper STRICT = RenderedChart.YAML
            .copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void everyObjectIsValidForItsApiVersion(String environment) {
        RenderedChart chart = RenderedChart.of(environment);
        assertTrue(chart.objects.size() > 30, environment + " renders " + chart.objects.size() + " objects");
        List<String> problems = new ArrayList<>();
        for (JsonNode object : chart.objects) {
            String type = object.path("apiVersion").asText() + "/"
                    + object.path("kind").asText();
            String name = type + " " + object.path("metadata").path("name").asText();
            Class<?> model = MODELS.getOrDefault(type, OperatorSchemas.BY_KIND.get(type));
            if (model == null) {
                problems.add(name + ": no schema for this kind; add its model to the check");
                continue;
            }
            try {
                Object typed = STRICT.treeToValue(object, model);
                unknownFields(typed, name, new IdentityHashMap<>(), problems);
            } catch (Exception e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            fail(environment + ":\n" + String.join("\n", problems));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.gongjian.deploy.RenderedChart#environments")
    void everyObjectHasANameAndThePlatformsLabel(String environment) {
        for (JsonNode object : RenderedChart.of(environment).objects) {
            JsonNode metadata = object.path("metadata");
            assertNotNull(metadata.get("name"), object.toString());
            assertEquals(
                    "gongjian",
                    metadata.path("labels").path("app.kubernetes.io/part-of").asText(),
                    object.toString());
        }
    }

    /**
     * fabric8 and Strimzi keep fields their model does not know in {@code additionalProperties} instead of failing:
     * any such field, anywhere in the object, is a field the API server or the operator would not understand.
     */
    private static void unknownFields(Object value, String path, Map<Object, Boolean> seen, List<String> problems)
            throws IllegalAccessException, InvocationTargetException {
        if (value == null || seen.put(value, true) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                unknownFields(item, path, seen, problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                unknownFields(entry.getValue(), path + "." + entry.getKey(), seen, problems);
            }
            return;
        }
        if (value instanceof Record record) {
            // A transcribed schema: its own fields are read strictly; look inside for Kubernetes objects it embeds.
            for (var component : record.getClass().getRecordComponents()) {
                unknownFields(component.getAccessor().invoke(record), path + "." + component.getName(), seen, problems);
            }
            return;
        }
        String type = value.getClass().getName();
        if (!type.startsWith("io.fabric8.kubernetes.api.model") && !type.startsWith("io.strimzi.api")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object property = getter.invoke(value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(
                            path + " (" + value.getClass().getSimpleName() + "): unknown fields " + extra.keySet());
                }
                continue;
            }
            unknownFields(property, path + "." + getter.getName().substring(3), seen, problems);
        }
    }
}
