package io.gongjian.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.events.Topics;
import io.gongjian.localstack.LocalStack;
import io.gongjian.localstack.ServiceProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.ConsumerGroupState;
import org.junit.jupiter.api.Test;

/**
 * The evaluation service scaled out (issue 16): three instances in one consumer group share the topics' partitions
 * (three here, six in the chart), each applies some of the events, and together they reach exactly the scores one
 * instance gets by replaying every event (a rebuild). A rebuild run by one of the three while they apply new events
 * loses none of them. The CPU each instance spent per applied event, with one and
 * with three (with {@code gongjian.scale-out.warm-up}, each after phases that warm the new instances' JIT up), goes
 * to {@code target/scale-out.md};
 * {@code PARTNERSHIPS} and {@code RECORDS} (per partnership, per phase) scale it up: scripts/benchmark-scale-out.sh.
 */
class ScaleOutIT {

    private static final int PARTNERSHIPS = Integer.getInteger("gongjian.scale-out.partnerships", 30);
    private static final int RECORDS = Integer.getInteger("gongjian.scale-out.records", 20);
    /** Phases that let the JIT compile before CPU is compared: worth their time only when measuring. */
    private static final boolean WARM_UP = Boolean.getBoolean("gongjian.scale-out.warm-up");

    private static final int WARM_UP_PHASES = 8;

    private static final String SERVICE = "evaluation-service";
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack = Platform.get();
    private final HttpClient http = HttpClient.newHttpClient();
    private final AdminToken token = new AdminToken();
    private final EvaluationRebuilds rebuilds = new EvaluationRebuilds(token);
    private final Random random = new Random(20261204);
    private final LocalDate today = Journeys.today();
    private final List<UUID> partnerships = new ArrayList<>();
    private final List<String> report = new ArrayList<>();

    @Test
    void threeInstancesShareTheEventsAndScoreExactlyAsOneReplayingThem() throws Exception {
        List<ServiceProcess> one = stack.processes().stream()
                .filter(process -> process.name().equals(SERVICE))
                .toList();
        if (WARM_UP) {
            warmUp("one instance", one);
        }
        phase("one instance", one);

        List<ServiceProcess> added = new ArrayList<>();
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.kafkaBootstrapServers()))) {
            int membersOfOne = group(admin).members().size();
            added.add(stack.startInstance(SERVICE));
            added.add(stack.startInstance(SERVICE));
            awaitGroup(admin, 3 * membersOfOne);
            List<ServiceProcess> three = stack.processes().stream()
                    .filter(process -> process.name().startsWith(SERVICE))
                    .toList();
            if (WARM_UP) {
                warmUp("three instances, the two new ones", three);
            }
            Map<String, Double> applied = phase("three instances", three).applied();
            applied.forEach(
                    (instance, events) -> assertTrue(events > 0, instance + " applied none of the events: " + applied));
            // A rebuild on one instance while the three go on applying new events: nothing they apply is lost.
            String rebuilding = rebuilds.start();
            phase("three instances, one of them rebuilding", three);
            report.add("Rebuild while three instances apply events: " + awaitRebuilt(rebuilding));
            try (ConsumerLag lag = new ConsumerLag(SERVICE, List.of(Topics.PARTNERSHIP, Topics.ACTIVITY))) {
                lag.awaitZero(PATIENCE);
            }
            Map<UUID, JsonNode> scoredByThree = scores();

            added.forEach(stack::stopInstance);
            added.clear();
            report.add("Rebuild by one instance: " + awaitRebuilt(rebuilds.start()));
            assertEquals(scores(), scoredByThree, "scores of three instances against one instance's replay");
        } finally {
            added.forEach(stack::stopInstance);
            Files.write(Path.of("target", "scale-out.md"), report);
        }
    }

    /**
     * Publishes {@code PARTNERSHIPS} new partnerships with {@code RECORDS} records each and a record for every earlier
     * one, waits until the group has committed them all, and reports each instance's CPU per event it applied.
     * Answers how many events each instance applied, and the JIT compilers' share of the CPU.
     */
    private Phase phase(String name, List<ServiceProcess> instances) throws Exception {
        Map<String, Double> appliedBefore = applied(instances);
        PlatformCpu before = PlatformCpu.now(stack);
        int events = 0;
        try (BenchmarkEvents publish = new BenchmarkEvents(random, today)) {
            for (UUID earlier : partnerships) {
                publish.activity(earlier, today);
                events++;
            }
            for (int i = 0; i < PARTNERSHIPS; i++) {
                UUID partnership = publish.activePartnership();
                partnerships.add(partnership);
                publish.records(partnership, RECORDS);
                events += 1 + RECORDS;
            }
        }
        try (ConsumerLag lag = new ConsumerLag(SERVICE, List.of(Topics.PARTNERSHIP, Topics.ACTIVITY))) {
            lag.awaitZero(PATIENCE);
        }
        PlatformCpu after = PlatformCpu.now(stack);
        Map<String, Double> cpu = after.millisSince(before);
        Map<String, Double> applied = new LinkedHashMap<>(applied(instances));
        applied.replaceAll((instance, total) -> total - appliedBefore.get(instance));
        double totalCpu = 0;
        report.add(String.format(Locale.ROOT, "## %s: %,d events published%n", name, events));
        for (ServiceProcess instance : instances) {
            double millis = cpu.get(instance.name());
            totalCpu += millis;
            report.add(String.format(
                    Locale.ROOT,
                    "- %s: applied %.0f events, %.0f CPU-ms, %.2f CPU-s per 1,000 events applied",
                    instance.name(),
                    applied.get(instance.name()),
                    millis,
                    millis / applied.get(instance.name())));
        }
        report.add(String.format(
                Locale.ROOT, "- all instances: %.2f CPU-s per 1,000 events published", totalCpu / events));
        double compilingShare = after.compilingShareSince(before);
        report.add(String.format(
                Locale.ROOT, "- JIT compilers: %.1f %% of the services' CPU in this phase%n", 100 * compilingShare));
        return new Phase(applied, compilingShare);
    }

    /** What a phase measured: the events each instance applied, and the JIT compilers' share of the CPU. */
    private record Phase(Map<String, Double> applied, double compilingShare) {}

    /**
     * Phases until the JIT compilers of the services take under {@link PlatformCpu#SETTLED_COMPILING_SHARE} of their CPU in one
     * (at most {@code WARM_UP_PHASES}): each new instance compiles the same code again, for minutes on two cores, a
     * cost a long-running instance has long paid. Not compared.
     */
    private void warmUp(String name, List<ServiceProcess> instances) throws Exception {
        for (int round = 1; round <= WARM_UP_PHASES; round++) {
            if (phase(name + ", warming up (" + round + ")", instances).compilingShare()
                    < PlatformCpu.SETTLED_COMPILING_SHARE) {
                return;
            }
        }
    }

    /** Events each instance has applied since it started (its gongjian_events_applied_total counters). */
    private Map<String, Double> applied(List<ServiceProcess> instances) throws Exception {
        Map<String, Double> applied = new LinkedHashMap<>();
        for (ServiceProcess instance : instances) {
            String metrics = get(instance.url() + "/q/metrics").body();
            applied.put(
                    instance.name(),
                    metrics.lines()
                            .filter(line -> line.startsWith("gongjian_events_applied_total"))
                            .mapToDouble(ScaleOutIT::sampleValue)
                            .sum());
        }
        return applied;
    }

    /** The value of a Prometheus sample line: after the name and labels, before any exemplar ({@code # {…} v t}). */
    private static double sampleValue(String line) {
        String[] tokens = line.split(" # ")[0].trim().split("\\s+");
        return Double.parseDouble(tokens[tokens.length - 1]);
    }

    private static ConsumerGroupDescription group(Admin admin) throws Exception {
        return admin.describeConsumerGroups(List.of(SERVICE))
                .describedGroups()
                .get(SERVICE)
                .get(10, TimeUnit.SECONDS);
    }

    /** Until the group is stable with {@code members} members, each with partitions of its own. */
    private static void awaitGroup(Admin admin, int members) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        ConsumerGroupDescription group;
        while ((group = group(admin)).state() != ConsumerGroupState.STABLE
                || group.members().size() != members
                || group.members().stream()
                        .anyMatch(
                                member -> member.assignment().topicPartitions().isEmpty())) {
            assertTrue(System.nanoTime() < deadline, "the group did not settle: " + group);
            Thread.sleep(200);
        }
    }

    /** The stored score of every partnership of this test, as the evaluation service answers it. */
    private Map<UUID, JsonNode> scores() throws Exception {
        String evaluation = Platform.serviceUrl(SERVICE);
        Map<UUID, JsonNode> scores = new LinkedHashMap<>();
        for (UUID partnership : partnerships) {
            HttpResponse<String> score = get(evaluation + "/api/v1/evaluation/partnerships/" + partnership + "/score");
            assertEquals(200, score.statusCode(), score.body());
            scores.put(partnership, JSON.readTree(score.body()));
        }
        return scores;
    }

    /** Waits until the rebuild ended and the rebuilt model is live; answers its last state. */
    private String awaitRebuilt(String location) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            JsonNode rebuild = rebuilds.state(location);
            if (rebuild.hasNonNull("finishedAt")) {
                assertEquals("SWITCHED", rebuild.get("phase").asText(), rebuild.toString());
                return rebuild.toString();
            }
            assertTrue(System.nanoTime() < deadline, "rebuild still running after " + PATIENCE + ": " + rebuild);
            Thread.sleep(200);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token.get())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
