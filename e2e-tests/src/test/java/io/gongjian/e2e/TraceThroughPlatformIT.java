package io.gongjian.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.e2e.TraceReceiver.ReceivedSpan;
import io.gongjian.testing.Tokens;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One logged activity followed from the client's request to the stored score, as an operator would in a tracing
 * backend: one trace with the spans of the gateway, the activity service (its request, then the outbox relay's
 * publish) and the evaluation service (the consumer's apply and its rescore), each the child of the one before; the
 * request id the user sees finds it; the services' log lines carry its trace id.
 */
class TraceThroughPlatformIT {

    private static final String TOPIC = "gongjian.activity.events";

    @Test
    void oneTraceFromTheRequestToTheStoredScore() throws Exception {
        String admin = Tokens.forUser(Platform.keycloakUrl(), "admin");
        String partnership =
                Journeys.activePartnership(Journeys.withToken(admin)).id().toString();
        String score = Platform.gatewayUrl() + "/api/v1/evaluation/partnerships/" + partnership + "/score";
        ActivityLog log = new ActivityLog(admin);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // The activity service learns of the activation through the broker too: retry until it does.
        String[] requestId = new String[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    requestId[0] = "trace-it-" + UUID.randomUUID();
                    return log.log(partnership, today, requestId[0]) == 201;
                });
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> given().auth()
                                .oauth2(admin)
                                .get(score)
                                .jsonPath()
                                .getFloat("indicators.find { it.code == 'ORG_ACTIVITY_FREQUENCY' }.raw")
                        == 1.0f);

        // The request id the user saw names the request's spans, and so the trace.
        String traceId = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> Platform.traces().spans().stream()
                                .filter(span ->
                                        requestId[0].equals(span.attributes().get("gongjian.request_id")))
                                .map(ReceivedSpan::traceId)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        List<ReceivedSpan> trace = await().atMost(Duration.ofSeconds(20))
                .until(() -> spansOf(traceId), spans -> find(spans, "evaluation-service", "rescore")
                        .isPresent());
        System.out.println("Trace " + traceId + " of request " + requestId[0] + ":\n" + describe(trace));

        ReceivedSpan gateway = root(trace);
        assertEquals("gateway", gateway.service(), "the trace starts at the gateway:\n" + describe(trace));
        assertEquals(requestId[0], gateway.attributes().get("gongjian.request_id"), "the gateway's span names it");
        ReceivedSpan write = trace.stream()
                .filter(span -> span.service().equals("activity-service")
                        && gateway.traceId().equals(span.traceId())
                        && span.name().contains("/api/v1/activities"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no activity-service request span:\n" + describe(trace)));
        ReceivedSpan publish = find(trace, "activity-service", "publish " + TOPIC)
                .orElseThrow(() -> new AssertionError("no relay span:\n" + describe(trace)));
        ReceivedSpan process = find(trace, "evaluation-service", "process " + TOPIC)
                .orElseThrow(() -> new AssertionError("no consumer span:\n" + describe(trace)));
        ReceivedSpan rescore = find(trace, "evaluation-service", "rescore").orElseThrow();

        assertTrue(descends(trace, write, gateway), "the service's span is below the gateway's");
        assertTrue(descends(trace, publish, write), "the relay's publish continues the write's trace");
        assertEquals(publish.spanId(), process.parentSpanId(), "the consumer continues the record's trace");
        assertEquals(process.spanId(), rescore.parentSpanId(), "the rescore is part of applying the event");

        for (String service : List.of("activity-service", "evaluation-service")) {
            String lines = Files.readString(Platform.get().settings().log(service));
            assertTrue(lines.contains(traceId), service + "'s log names trace " + traceId);
        }
    }

    private static List<ReceivedSpan> spansOf(String traceId) {
        return Platform.traces().spans().stream()
                .filter(span -> traceId.equals(span.traceId()))
                .sorted(Comparator.comparingLong(ReceivedSpan::startNanos))
                .toList();
    }

    private static Optional<ReceivedSpan> find(List<ReceivedSpan> trace, String service, String name) {
        return trace.stream()
                .filter(span -> span.service().equals(service) && span.name().equals(name))
                .findFirst();
    }

    private static ReceivedSpan root(List<ReceivedSpan> trace) {
        return trace.stream()
                .filter(span -> span.parentSpanId() == null)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no root span:\n" + describe(trace)));
    }

    /** Whether {@code ancestor} is {@code span} or above it. */
    private static boolean descends(List<ReceivedSpan> trace, ReceivedSpan span, ReceivedSpan ancestor) {
        Map<String, ReceivedSpan> byId =
                trace.stream().collect(Collectors.toMap(ReceivedSpan::spanId, s -> s, (a, b) -> a));
        for (ReceivedSpan current = span; current != null; current = byId.get(current.parentSpanId())) {
            if (current.spanId().equals(ancestor.spanId())) {
                return true;
            }
        }
        return false;
    }

    /** Each span as service, name, start (ms after the trace's first) and duration, in start order. */
    static String describe(List<ReceivedSpan> trace) {
        long start = trace.isEmpty() ? 0 : trace.get(0).startNanos();
        return trace.stream()
                .map(span -> String.format(
                        "  %-19s %-45s +%8.1f ms  %8.1f ms  span %s parent %s",
                        span.service(),
                        span.name(),
                        (span.startNanos() - start) / 1e6,
                        span.millis(),
                        span.spanId(),
                        span.parentSpanId()))
                .collect(Collectors.joining("\n"));
    }
}
