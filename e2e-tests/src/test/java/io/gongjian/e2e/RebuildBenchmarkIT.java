package io.gongjian.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongjian.events.Topics;
import io.gongjian.localstack.LocalStack;
import io.gongjian.testing.Repeats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How fast one evaluation instance rebuilds its read model (issue 16's goal: 20,000 events/s): {@code PARTNERSHIPS}
 * partnerships with {@code RECORDS} records each, published straight to the topics and applied, then rebuilt
 * {@code ROUNDS} times through the API. Each rebuild is followed every 100 ms, which times its phases: replaying both
 * topics, scoring every partnership, catching up and switching. Reported with min/median/max over the rounds: events
 * read per second of the whole rebuild and of its replay, partnerships scored per second, and the CPU the evaluation
 * service and PostgreSQL spent per 1,000 events. Run with scripts/benchmark-rebuild.sh; report in
 * {@code target/benchmark-rebuild.md}.
 */
@EnabledIfSystemProperty(named = "gongjian.benchmark", matches = "true")
class RebuildBenchmarkIT {

    private static final int PARTNERSHIPS = Integer.getInteger("gongjian.benchmark.partnerships", 1000);
    private static final int RECORDS = Integer.getInteger("gongjian.benchmark.records", 100);
    private static final int ROUNDS = Integer.getInteger("gongjian.benchmark.rounds", 3);
    private static final String SERVICE = "evaluation-service";
    private static final Duration PATIENCE = Duration.ofMinutes(30);

    /** The phases whose time is reported on their own; the others are short and go into the whole. */
    private enum Timed {
        REPLAYING,
        SCORING
    }

    private final LocalStack stack = Platform.get();
    private final EvaluationRebuilds rebuilds = new EvaluationRebuilds(new AdminToken());

    @Test
    void rebuildsTheReadModelOfOneInstance() throws Exception {
        try (BenchmarkEvents publish = new BenchmarkEvents(new Random(20261204), Journeys.today())) {
            for (int i = 0; i < PARTNERSHIPS; i++) {
                publish.records(publish.activePartnership(), RECORDS);
            }
        }
        try (ConsumerLag lag = new ConsumerLag(SERVICE, List.of(Topics.PARTNERSHIP, Topics.ACTIVITY))) {
            lag.awaitZero(PATIENCE);
        }
        List<Double> whole = new ArrayList<>();
        List<Double> replay = new ArrayList<>();
        List<Double> scoring = new ArrayList<>();
        List<Double> serviceCpu = new ArrayList<>();
        List<Double> databaseCpu = new ArrayList<>();
        long events = 0;
        for (int round = 0; round < ROUNDS; round++) {
            PlatformCpu before = PlatformCpu.now(stack);
            Followed rebuild = follow(rebuilds.start());
            Map<String, Double> cpu = PlatformCpu.now(stack).millisSince(before);
            events = rebuild.last.get("eventsRead").asLong();
            assertTrue(events >= (long) PARTNERSHIPS * (RECORDS + 1), "read every event: " + rebuild.last);
            whole.add(events / seconds(rebuild.whole));
            replay.add(events / seconds(rebuild.phases.get(Timed.REPLAYING)));
            scoring.add(rebuild.last.get("partnershipsScored").asInt() / seconds(rebuild.phases.get(Timed.SCORING)));
            serviceCpu.add(cpu.get(SERVICE) / events);
            databaseCpu.add(cpu.get(PlatformCpu.POSTGRES) / events);
        }
        Files.writeString(
                Path.of("target", "benchmark-rebuild.md"),
                String.format(
                                Locale.ROOT,
                                "# Rebuild of the read model by one instance%n%n%,d partnerships with %d records each:"
                                        + " %,d events on the topics, rebuilt %d times; %d cores shared by Kafka (in"
                                        + " the client's JVM), the service and PostgreSQL.%n%n",
                                PARTNERSHIPS,
                                RECORDS,
                                events,
                                ROUNDS,
                                Runtime.getRuntime().availableProcessors())
                        + String.join(
                                "\n",
                                Repeats.header(),
                                Repeats.row("events/s, whole rebuild", whole, "%,.0f"),
                                Repeats.row("events/s, replaying the topics", replay, "%,.0f"),
                                Repeats.row("partnerships scored/s", scoring, "%,.0f"),
                                Repeats.row("evaluation CPU-s per 1,000 events", serviceCpu, "%.2f"),
                                Repeats.row("PostgreSQL CPU-s per 1,000 events", databaseCpu, "%.2f"))
                        + "\n");
    }

    /** A rebuild followed to its end: its last state, how long it took, and how long its timed phases took. */
    private record Followed(JsonNode last, Duration whole, Map<Timed, Duration> phases) {}

    private Followed follow(String location) throws Exception {
        long started = System.nanoTime();
        long deadline = started + PATIENCE.toNanos();
        Map<Timed, Duration> phases = new EnumMap<>(Timed.class);
        String phase = null;
        long phaseStarted = started;
        while (true) {
            JsonNode rebuild = rebuilds.state(location);
            long now = System.nanoTime();
            String current = rebuild.get("phase").asText();
            if (!current.equals(phase)) {
                if (phase != null && isTimed(phase)) {
                    phases.put(Timed.valueOf(phase), Duration.ofNanos(now - phaseStarted));
                }
                phase = current;
                phaseStarted = now;
            }
            if (rebuild.hasNonNull("finishedAt")) {
                assertEquals("SWITCHED", current, rebuild.toString());
                return new Followed(rebuild, Duration.ofNanos(now - started), phases);
            }
            assertTrue(now < deadline, "rebuild still running after " + PATIENCE + ": " + rebuild);
            Thread.sleep(100);
        }
    }

    private static boolean isTimed(String phase) {
        return Stream.of(Timed.values()).map(Timed::name).anyMatch(phase::equals);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
