package io.gongjian.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.events.Topics;
import io.gongjian.testing.Repeats;
import io.gongjian.testing.Tokens;
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
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The platform under a write load (issue 16), on the packaged services and real infrastructure. {@code PARTNERSHIPS}
 * ACTIVE partnerships and {@code RECORDS} records are published straight to the topics (as the partnership and
 * activity contexts would) and applied before anything is measured. Then, each repeat: the maximum acknowledged write
 * rate with {@code CLIENTS} closed-loop clients (unless a rate is given); activities logged through the gateway at a
 * target rate (80 % of that maximum) for {@code DURATION} seconds, open loop, into one partnership or spread over all;
 * the freshness of each write (its 201 → the first score read, started after it, that counts it); the evaluation
 * service's consumer lag; score and ranking reads; and PostgreSQL's raw insert rate ({@link RawInserts}). Run with
 * {@code scripts/benchmark-load.sh}; the report goes to {@code e2e-tests/target/benchmark-load.md}.
 */
@EnabledIfSystemProperty(named = "gongjian.benchmark", matches = "true")
class LoadBenchmarkIT {

    private static final int PARTNERSHIPS = Integer.getInteger("gongjian.benchmark.partnerships", 1_000);
    /** Records published in total: all into the written partnership (one), or evenly over all (spread). */
    private static final int RECORDS = Integer.getInteger("gongjian.benchmark.records", 10_000);
    /** Target acknowledged writes/s; 0: 80 % of the maximum measured in the same repeat. */
    private static final double RATE = Double.parseDouble(System.getProperty("gongjian.benchmark.rate", "0"));

    private static final int DURATION = Integer.getInteger("gongjian.benchmark.duration", 30);
    private static final int CLIENTS = Integer.getInteger("gongjian.benchmark.clients", 16);
    private static final boolean SPREAD =
            switch (System.getProperty("gongjian.benchmark.target", "one")) {
                case "one" -> false;
                case "spread" -> true;
                default -> throw new IllegalArgumentException("gongjian.benchmark.target is one or spread");
            };
    private static final int REPEATS = Integer.getInteger("gongjian.benchmark.repeats", 3);

    private static final double SHARE_OF_MAXIMUM = 0.8;
    private static final int MAXIMUM_SECONDS = 10;
    /**
     * Closed-loop writes before the first repeat, at least this long and then in rounds of {@code MAXIMUM_SECONDS}
     * until the services' JIT compilers take under {@link PlatformCpu#SETTLED_COMPILING_SHARE} of their CPU in a round (or
     * {@code WARM_UP_LIMIT} seconds have passed): four JVMs compiling on two cores under load take minutes, and a
     * service that has run for days has long paid that.
     */
    private static final int WARM_UP_SECONDS = Integer.getInteger("gongjian.benchmark.warm-up", 60);

    private static final int WARM_UP_LIMIT = Integer.getInteger("gongjian.benchmark.warm-up-limit", 600);

    private static final List<Integer> RAW_CLIENTS = List.of(1, 4, 16);
    private static final int RAW_SECONDS = 10;
    private static final int SCORE_READS = 500;
    private static final int RANKING_READS = 200;
    private static final int AS_OF_READS = 20;
    private static final Duration FRESHNESS_PATIENCE = Duration.ofSeconds(60);
    private static final Duration PROVISIONING_PATIENCE = Duration.ofMinutes(15);
    private static final long LAG_SAMPLE_MILLIS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalDate today = Journeys.today();
    private final Random random = new Random(20261203);
    private final String evaluation = Platform.serviceUrl("evaluation-service");
    /** Each figure's value in each repeat, in the report's order. */
    private final Map<String, Figure> figures = new LinkedHashMap<>();

    private record Figure(String format, List<Double> values) {}

    private String provisioning;
    private String warmUp;

    @Test
    void writesUnderLoad() throws Exception {
        List<Tracker> written = provision();
        warmUp(written);
        drain(written);
        Optional<Path> pgbench = RawInserts.pgbench();
        for (int repeat = 1; repeat <= REPEATS; repeat++) {
            measure(written, pgbench);
            System.out.println("load benchmark, repeat " + repeat + ": " + lastValues());
        }
        write(pgbench.isPresent());
    }

    /** Publishes the partnerships and records, waits until both consumers have applied them; the written ones. */
    private List<Tracker> provision() throws Exception {
        long started = System.nanoTime();
        List<UUID> partnerships = new ArrayList<>();
        Map<UUID, Integer> activities = new LinkedHashMap<>();
        try (BenchmarkEvents events = new BenchmarkEvents(random, today)) {
            for (int i = 0; i < PARTNERSHIPS; i++) {
                partnerships.add(events.activePartnership());
            }
            if (SPREAD) {
                for (UUID partnership : partnerships) {
                    activities.put(partnership, events.records(partnership, RECORDS / PARTNERSHIPS));
                }
            } else {
                activities.put(partnerships.get(0), events.records(partnerships.get(0), RECORDS));
                for (UUID partnership : partnerships.subList(1, PARTNERSHIPS)) {
                    events.activity(partnership, today); // each ranked partnership has something to rank by
                }
            }
        }
        try (ConsumerLag evaluationLag =
                        new ConsumerLag("evaluation-service", List.of(Topics.PARTNERSHIP, Topics.ACTIVITY));
                ConsumerLag activityLag = new ConsumerLag("activity-service", List.of(Topics.PARTNERSHIP))) {
            evaluationLag.awaitZero(PROVISIONING_PATIENCE);
            activityLag.awaitZero(PROVISIONING_PATIENCE);
        }
        List<Tracker> written = new ArrayList<>();
        activities.forEach((partnership, count) -> written.add(new Tracker(partnership.toString(), count)));
        drain(written);
        double seconds = (System.nanoTime() - started) / 1e9;
        int events = PARTNERSHIPS + RECORDS + (SPREAD ? 0 : PARTNERSHIPS - 1);
        provisioning = String.format(
                Locale.ROOT,
                "%,d partnerships and %,d events published straight to the topics and applied by both consumers in"
                        + " %.1f s (%.0f events/s)",
                PARTNERSHIPS,
                events,
                seconds,
                events / seconds);
        return written;
    }

    private void measure(List<Tracker> written, Optional<Path> pgbench) throws Exception {
        String token = freshToken();
        ActivityLog log = new ActivityLog(token);
        double maximum = 0;
        if (RATE <= 0) {
            PlatformCpu before = PlatformCpu.now(Platform.get());
            Burst burst = closedLoop(log, written, MAXIMUM_SECONDS);
            maximum = burst.rate();
            record(
                    "maximum acknowledged writes/s (" + CLIENTS + " closed-loop clients, " + MAXIMUM_SECONDS + " s)",
                    "%.0f",
                    maximum);
            awaitApplied();
            PlatformCpu after = PlatformCpu.now(Platform.get());
            after.millisSince(before)
                    .forEach((process, millis) -> record(
                            "CPU-ms per acknowledged write at the maximum, " + process,
                            "%.2f",
                            millis / burst.writes()));
            record(
                    "share of the services' CPU their JIT compilers took at the maximum (%)",
                    "%.1f", 100 * after.compilingShareSince(before));
            drain(written);
        }
        double rate = RATE > 0 ? RATE : SHARE_OF_MAXIMUM * maximum;
        record("target write rate (writes/s)", "%.0f", rate);
        double acknowledged = drive(token, log, written, rate);

        Reads reads = new Reads(token);
        String score = scoreUrl(written.get(0).partnership);
        String ranking = evaluation + "/api/v1/evaluation/rankings?region=46&size=20";
        record(reads.measure("score", score, SCORE_READS), "score of the written partnership, after the load");
        record(reads.measure("ranking", ranking, RANKING_READS), "ranking of province 46, first page of 20");
        record(
                reads.measure("ranking as of", ranking + "&asOf=" + today.minusDays(1), AS_OF_READS),
                "ranking of province 46, asOf yesterday");

        if (pgbench.isPresent()) {
            double best = 0;
            for (int clients : RAW_CLIENTS) {
                double tps = RawInserts.transactionsPerSecond(pgbench.get(), clients, RAW_SECONDS);
                record("raw PostgreSQL inserts, " + clients + " clients (transactions/s)", "%.0f", tps);
                best = Math.max(best, tps);
            }
            record(
                    "ingest ÷ best raw rate (%, "
                            + (RATE > 0 ? "acknowledged at the target rate" : "maximum acknowledged") + ")",
                    "%.2f",
                    100 * (RATE > 0 ? acknowledged : maximum) / best);
        }
    }

    /** Writes acknowledged in a closed loop, over how many seconds. */
    private record Burst(long writes, double seconds) {
        double rate() {
            return writes / seconds;
        }
    }

    /**
     * Until the evaluation service has committed every event of the writes so far: twice, a second apart, so that
     * events still in an outbox when the first check passed are published and applied too.
     */
    private static void awaitApplied() throws Exception {
        try (ConsumerLag lag = new ConsumerLag("evaluation-service", List.of(Topics.PARTNERSHIP, Topics.ACTIVITY))) {
            lag.awaitZero(PROVISIONING_PATIENCE);
            Thread.sleep(1000);
            lag.awaitZero(PROVISIONING_PATIENCE);
        }
    }

    /** Closed-loop writes until the JIT compilers have settled; not measured. */
    private void warmUp(List<Tracker> written) throws Exception {
        ActivityLog log = new ActivityLog(freshToken());
        long started = System.nanoTime();
        closedLoop(log, written, WARM_UP_SECONDS);
        double share;
        do {
            PlatformCpu before = PlatformCpu.now(Platform.get());
            closedLoop(log, written, MAXIMUM_SECONDS);
            share = PlatformCpu.now(Platform.get()).compilingShareSince(before);
            System.out.printf(Locale.ROOT, "warm-up: JIT compilers took %.1f %% of the services' CPU%n", 100 * share);
        } while (share >= PlatformCpu.SETTLED_COMPILING_SHARE && System.nanoTime() - started < WARM_UP_LIMIT * 1e9);
        warmUp = String.format(
                Locale.ROOT,
                "%.0f s of closed-loop writes, not measured, until the services' JIT compilers took under %.0f %% of"
                        + " their CPU over %d s (%.1f %% in the last %d s; at most %d s)",
                (System.nanoTime() - started) / 1e9,
                100 * PlatformCpu.SETTLED_COMPILING_SHARE,
                MAXIMUM_SECONDS,
                100 * share,
                MAXIMUM_SECONDS,
                WARM_UP_LIMIT);
    }

    /** {@code CLIENTS} clients logging back to back for {@code seconds}. */
    private Burst closedLoop(ActivityLog log, List<Tracker> written, int seconds) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong acknowledged = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(seconds).toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            clients.execute(() -> {
                while (System.nanoTime() < deadline) {
                    Tracker tracker = written.get(Math.floorMod(next.getAndIncrement(), written.size()));
                    if (post(log, tracker)) {
                        acknowledged.incrementAndGet();
                    }
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return new Burst(acknowledged.get(), (System.nanoTime() - started) / 1e9);
    }

    /**
     * Logs at {@code rate} for {@code DURATION} seconds, open loop: write i is sent at start + i / rate by a pool of
     * {@code CLIENTS} threads, whatever the answers before it; the score pollers and the lag sampler run until every
     * acknowledged write is counted (or {@code FRESHNESS_PATIENCE} has passed). Answers the acknowledged writes/s.
     */
    private double drive(String token, ActivityLog log, List<Tracker> written, double rate) throws Exception {
        written.forEach(Tracker::rebase);
        Latencies pollReads = new Latencies("score reads during the load");
        Latencies pollIntervals = new Latencies("poll interval");
        AtomicBoolean running = new AtomicBoolean(true);
        int pollerCount = SPREAD ? 2 : 1;
        List<Thread> pollers = new ArrayList<>();
        for (int poller = 0; poller < pollerCount; poller++) {
            List<Tracker> own = new ArrayList<>();
            for (int i = poller; i < written.size(); i += pollerCount) {
                own.add(written.get(i));
            }
            pollers.add(daemon(() -> poll(token, own, running, pollReads, pollIntervals)));
        }
        List<Long> lag = new ArrayList<>();
        Thread sampler = daemon(() -> sampleLag(running, lag));

        int writes = (int) Math.round(rate * DURATION);
        long interval = (long) (1e9 / rate);
        AtomicLong lastAcknowledged = new AtomicLong();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        for (int i = 0; i < writes; i++) {
            LockSupport.parkNanos(started + i * interval - System.nanoTime());
            Tracker tracker = written.get(i % written.size());
            clients.execute(() -> {
                if (post(log, tracker)) {
                    lastAcknowledged.accumulateAndGet(System.nanoTime(), Math::max);
                } else {
                    refused.incrementAndGet();
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(10, TimeUnit.MINUTES);
        long deadline = System.nanoTime() + FRESHNESS_PATIENCE.toNanos();
        while (written.stream().anyMatch(Tracker::outstanding) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        running.set(false);
        for (Thread poller : pollers) {
            poller.join();
        }
        sampler.join();

        int acknowledgedWrites = writes - refused.get();
        double acknowledged = acknowledgedWrites / ((lastAcknowledged.get() - started) / 1e9);
        record("acknowledged writes/s at the target rate", "%.0f", acknowledged);
        record("writes refused or failed", "%.0f", refused.get());
        Latencies freshness = new Latencies("freshness");
        written.forEach(tracker -> tracker.freshness.forEach(freshness::add));
        record("freshness p50 (ms)", "%.0f", freshness.percentile(50));
        record("freshness p99 (ms)", "%.0f", freshness.percentile(99));
        record("freshness max (ms)", "%.0f", freshness.percentile(100));
        record(
                "acknowledged writes not counted within " + FRESHNESS_PATIENCE.toSeconds() + " s",
                "%.0f",
                written.stream().mapToInt(Tracker::unfresh).sum());
        record("time between two score reads of a partnership, median (ms)", "%.1f", pollIntervals.percentile(50));
        record(pollReads, "score reads during the load (the freshness pollers')");
        List<Long> sorted = lag.stream().sorted().toList();
        record("consumer lag of evaluation-service, p99 of samples (events)", "%.0f", percentile(sorted, 99));
        record("consumer lag of evaluation-service, max (events)", "%.0f", percentile(sorted, 100));
        drain(written);
        return acknowledged;
    }

    /** Reads the scores of {@code own} partnerships with writes not yet counted, round and round, until stopped. */
    private void poll(String token, List<Tracker> own, AtomicBoolean running, Latencies reads, Latencies intervals) {
        HttpClient http = HttpClient.newHttpClient();
        while (running.get()) {
            boolean polled = false;
            for (Tracker tracker : own) {
                if (!tracker.outstanding()) {
                    continue;
                }
                polled = true;
                HttpRequest request = HttpRequest.newBuilder(URI.create(scoreUrl(tracker.partnership)))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build();
                try {
                    long started = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long answered = System.nanoTime();
                    if (response.statusCode() == 200) {
                        int counted = ActivityLog.activities(JSON.readTree(response.body()));
                        long sinceLast = tracker.observe(started, answered, counted);
                        synchronized (reads) {
                            reads.add(answered - started);
                            if (sinceLast > 0) {
                                intervals.add(sinceLast);
                            }
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("score read of " + tracker.partnership + " failed", e);
                }
            }
            if (!polled) {
                LockSupport.parkNanos(1_000_000);
            }
        }
    }

    private void sampleLag(AtomicBoolean running, List<Long> samples) {
        try (ConsumerLag lag = new ConsumerLag("evaluation-service", List.of(Topics.PARTNERSHIP, Topics.ACTIVITY))) {
            while (running.get()) {
                samples.add(lag.now());
                Thread.sleep(LAG_SAMPLE_MILLIS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot sample the consumer lag", e);
        }
    }

    /** Logs one activity into the tracker's partnership; true when acknowledged (201). */
    private boolean post(ActivityLog log, Tracker tracker) {
        try {
            if (log.log(tracker.partnership, today) == 201) {
                tracker.acknowledged();
                return true;
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /** Waits until every written partnership's score counts all its acknowledged writes; they become the baseline. */
    private void drain(List<Tracker> written) throws Exception {
        ActivityLog reader = new ActivityLog(freshToken());
        for (Tracker tracker : written) {
            int expected = tracker.expected();
            reader.awaitScore(
                    scoreUrl(tracker.partnership),
                    score -> ActivityLog.activities(score) >= expected,
                    PROVISIONING_PATIENCE);
            tracker.rebase();
        }
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private String scoreUrl(String partnership) {
        return evaluation + "/api/v1/evaluation/partnerships/" + partnership + "/score";
    }

    private static String freshToken() {
        return Tokens.forUser(Platform.keycloakUrl(), "admin");
    }

    private static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private void record(String measure, String format, double value) {
        figures.computeIfAbsent(measure, ignored -> new Figure(format, new ArrayList<>()))
                .values()
                .add(value);
    }

    private void record(Latencies latencies, String measure) {
        record(measure + " p50 (ms)", "%.1f", latencies.percentile(50));
        record(measure + " p99 (ms)", "%.1f", latencies.percentile(99));
    }

    private String lastValues() {
        List<String> values = new ArrayList<>();
        figures.forEach((measure, figure) -> values.add(measure + " "
                + String.format(
                        Locale.ROOT,
                        figure.format(),
                        figure.values().get(figure.values().size() - 1))));
        return String.join("; ", values);
    }

    private void write(boolean measuredRaw) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("# Load benchmark, " + today + "\n");
        lines.add(String.format(
                Locale.ROOT,
                "Parameters: PARTNERSHIPS=%d, RECORDS=%d (%s), TARGET=%s, RATE=%s, DURATION=%d s, CLIENTS=%d,"
                        + " REPEATS=%d.\n",
                PARTNERSHIPS,
                RECORDS,
                SPREAD ? "evenly over all partnerships" : "all in the written partnership",
                SPREAD ? "spread (writes round-robin over every partnership)" : "one",
                RATE > 0 ? String.valueOf(RATE) : "80 % of the maximum measured in each repeat",
                DURATION,
                CLIENTS,
                REPEATS));
        lines.add("Machine: " + Runtime.getRuntime().availableProcessors()
                + " cores shared by the load, the services, PostgreSQL and Kafka; JVM options of the services: "
                + System.getenv().getOrDefault("GONGJIAN_JAVA_OPTS", "(launcher defaults)") + ".\n");
        lines.add("Provisioning: " + provisioning + ". Before the first repeat, " + warmUp + ".\n");
        lines.add("- Writes: joint studies POSTed through the gateway; the target rate is held open loop (write i sent"
                + " at start + i / rate by a pool of CLIENTS threads, whatever the answers before it); acknowledged"
                + " writes/s = 201s ÷ (last 201 − start).");
        lines.add("- Freshness: from a write's 201 to the end of the first score read, started after that 201, that"
                + " counts it. The score (evaluation service, ORG_ACTIVITY_FREQUENCY recordCount) of each partnership"
                + " with uncounted writes is read round and round (" + (SPREAD ? "two pollers" : "one poller")
                + "); the k-th acknowledged write of a partnership is counted by the first such read whose count is at"
                + " least the baseline + k. The median time between two reads of a partnership bounds the resolution.");
        lines.add("- Consumer lag: group evaluation-service on both topics, sum over partitions of end offset −"
                + " committed offset, sampled every " + LAG_SAMPLE_MILLIS + " ms while driving and until the writes"
                + " are counted (commits are throttled: applied but uncommitted events count as lag).");
        lines.add(
                "- CPU per write: CPU time the kernel counted for each service's process and for PostgreSQL (server and"
                        + " backends) from the start of the closed loop until the evaluation service has committed every event"
                        + " of it, ÷ the writes acknowledged in it; Kafka runs in the benchmark's own JVM and is not counted.");
        lines.add("- Reads after the load: sequential, straight to the evaluation service, after a fifth as many"
                + " unmeasured ones: score " + SCORE_READS + ", ranking " + RANKING_READS + ", ranking asOf "
                + AS_OF_READS + ".");
        lines.add(
                measuredRaw
                        ? "- Raw PostgreSQL: pgbench in the same PostgreSQL and run, each transaction one tracked_record row"
                                + " and one outbox row in scratch copies of the activity service's tables, "
                                + RAW_SECONDS
                                + " s at each client count; the ratio divides the maximum acknowledged writes/s (or those at"
                                + " the given RATE) by the best of them."
                        : "- Raw PostgreSQL: not measured, pgbench is not on this machine's PATH.");
        lines.add("");
        lines.add("Over " + REPEATS + " repeat(s):\n");
        lines.add(Repeats.header());
        figures.forEach((measure, figure) -> lines.add(Repeats.row(measure, figure.values(), figure.format())));
        String text = String.join("\n", lines) + "\n";
        Files.writeString(Path.of("target", "benchmark-load.md"), text);
        System.out.println(text);
    }

    /**
     * One written partnership: how many activities its score counted before this phase (baseline), when each write
     * of the phase was acknowledged, and the freshness of those the score reads have counted so far.
     */
    private static final class Tracker {

        private final String partnership;
        private final List<Long> acknowledgedAt = new ArrayList<>();
        private final List<Long> freshness = new ArrayList<>();
        private int baseline;
        private long lastRead;
        /** Whether writes were still uncounted after the last read: the next read follows it without a pause. */
        private boolean uncountedAfterLastRead;

        Tracker(String partnership, int baseline) {
            this.partnership = partnership;
            this.baseline = baseline;
        }

        /** Timed here, under the lock: the acknowledgements stay in the order of their times. */
        synchronized void acknowledged() {
            acknowledgedAt.add(System.nanoTime());
        }

        synchronized int expected() {
            return baseline + acknowledgedAt.size();
        }

        synchronized boolean outstanding() {
            return freshness.size() < acknowledgedAt.size();
        }

        synchronized int unfresh() {
            return acknowledgedAt.size() - freshness.size();
        }

        /** The next phase starts from what is acknowledged now. */
        synchronized void rebase() {
            baseline = expected();
            acknowledgedAt.clear();
            freshness.clear();
            lastRead = 0;
            uncountedAfterLastRead = false;
        }

        /**
         * A score read that started at {@code started}, answered at {@code answered} and counted {@code counted}:
         * every write acknowledged before it started and within the count is fresh at {@code answered}. Answers the
         * time since the previous read when that one left writes uncounted (else 0: the poller had no reason to come).
         */
        synchronized long observe(long started, long answered, int counted) {
            while (freshness.size() < acknowledgedAt.size()
                    && baseline + freshness.size() < counted
                    && acknowledgedAt.get(freshness.size()) <= started) {
                freshness.add(answered - acknowledgedAt.get(freshness.size()));
            }
            long sinceLast = uncountedAfterLastRead ? started - lastRead : 0;
            lastRead = started;
            uncountedAfterLastRead = outstanding();
            return sinceLast;
        }
    }
}
