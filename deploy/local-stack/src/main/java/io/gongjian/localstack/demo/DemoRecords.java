package io.gongjian.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongjian.client.ApiException;
import io.gongjian.client.GongjianApi;
import io.gongjian.client.model.AchievementRequest;
import io.gongjian.client.model.ActivityRequest;
import io.gongjian.client.model.AssessmentRequest;
import io.gongjian.client.model.CompletionRequest;
import io.gongjian.client.model.ConversionRequest;
import io.gongjian.client.model.ExchangeRequest;
import io.gongjian.client.model.FacilityRequest;
import io.gongjian.client.model.RectificationRequest;
import io.gongjian.client.model.SurveyRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Logs a year of a partnership's records through the activity API: its joint facilities, activities and exchanges
 * (some placed in a facility by its key in the plan), achievements and conversions, dated relative to today so that
 * the demo always shows the last twelve months; then the bureau's inputs through the evaluation API. Every write
 * carries the partnership's consistency token, so a service that has not yet applied its activation waits for it
 * instead of refusing the record.
 */
final class DemoRecords {

    private final GongjianApi admin;
    private final RetryAfter retry;
    private final LocalDate today;

    DemoRecords(GongjianApi admin, RetryAfter retry, LocalDate today) {
        this.admin = admin;
        this.retry = retry;
        this.today = today;
    }

    /** Returns how many records and evaluator inputs were logged (0 when the partnership already has them). */
    int load(UUID partnershipId, String consistency, JsonNode plan) {
        if (plan == null) {
            return 0;
        }
        Writes writes = new Writes(partnershipId, consistency);
        return loadRecords(writes, plan) + loadEvaluatorInputs(writes, plan.path("evaluation"));
    }

    /** The writes of one partnership's records: its id in each, its consistency token and a key on each. */
    private record Writes(UUID partnershipId, String consistency) {}

    private int loadRecords(Writes writes, JsonNode plan) {
        UUID partnership = writes.partnershipId();
        long logged = retry.send("GET activities of " + partnership, () -> admin.activities()
                        .listActivities(null, null, null, null, null, partnership, 1, null, null, null, null))
                .getTotalItems();
        if (logged > 0) {
            return 0;
        }
        int count = 0;
        Map<String, UUID> facilities = new HashMap<>();
        int index = 0;
        for (JsonNode facility : plan.path("facilities")) {
            ObjectNode body = dated(facility, "openedOn", writes);
            String name = body.remove("key").asText();
            FacilityRequest request = DemoData.request(body, FacilityRequest.class);
            String key = key(writes, "facilities", index++);
            UUID id = retry.send("POST facility " + name, () -> admin.facilities()
                            .logFacility(request, key, writes.consistency()))
                    .getId();
            facilities.put(name, id);
            count++;
        }
        count += logEach(
                writes,
                plan.path("activities"),
                "activities",
                "occurredOn",
                facilities,
                ActivityRequest.class,
                admin.activities()::logActivity);
        count += logEach(
                writes,
                plan.path("exchanges"),
                "exchanges",
                "occurredOn",
                facilities,
                ExchangeRequest.class,
                admin.exchanges()::logExchange);
        index = 0;
        for (JsonNode achievement : plan.path("achievements")) {
            ObjectNode body = dated(achievement, "registeredOn", writes);
            body.remove("conversions");
            AchievementRequest request = DemoData.request(body, AchievementRequest.class);
            String key = key(writes, "achievements", index);
            UUID id = retry.send("POST achievement", () -> admin.achievements()
                            .registerAchievement(request, key, writes.consistency()))
                    .getId();
            count++;
            int conversion = 0;
            for (JsonNode converted : achievement.path("conversions")) {
                ConversionRequest conversionRequest =
                        DemoData.request(dated(converted, "convertedOn", null), ConversionRequest.class);
                String conversionKey = key(writes, "achievements", index, "conversions", conversion++);
                retry.send("POST conversion of " + id, () -> admin.conversions()
                        .recordConversion(id, conversionRequest, conversionKey, writes.consistency()));
                count++;
            }
            index++;
        }
        return count;
    }

    /** Assessments, survey batches and rectification items (some completed), as the bureau would record them. */
    private int loadEvaluatorInputs(Writes writes, JsonNode plan) {
        UUID partnership = writes.partnershipId();
        if (plan.isMissingNode()
                || retry.send("GET assessments of " + partnership, () -> admin.assessments()
                                        .listAssessments(null, null, null, null, partnership, 1, null, null, null))
                                .getTotalItems()
                        > 0) {
            return 0;
        }
        int count = logEach(
                writes,
                plan.path("assessments"),
                "assessments",
                "assessedOn",
                Map.of(),
                AssessmentRequest.class,
                admin.assessments()::recordAssessment);
        count += logEach(
                writes,
                plan.path("surveys"),
                "surveys",
                "collectedOn",
                Map.of(),
                SurveyRequest.class,
                admin.surveys()::recordSurveyBatch);
        int index = 0;
        for (JsonNode item : plan.path("rectifications")) {
            ObjectNode body = dated(item, "raisedOn", writes);
            JsonNode completedMonthsAgo = body.remove("completedMonthsAgo");
            body.put(
                    "dueOn",
                    LocalDate.parse(body.get("raisedOn").asText()).plusMonths(3).toString());
            RectificationRequest request = DemoData.request(body, RectificationRequest.class);
            int number = index++;
            String key = key(writes, "rectifications", number);
            UUID id = retry.send("POST rectification item", () -> admin.rectifications()
                            .recordRectification(request, key, writes.consistency()))
                    .getId();
            count++;
            if (completedMonthsAgo != null) {
                CompletionRequest completion = new CompletionRequest().completedOn(date(completedMonthsAgo.asInt()));
                retry.send("POST completion of " + id, () -> admin.rectifications()
                        .completeRectification(
                                id,
                                completion,
                                key(writes, "rectifications", number, "complete"),
                                writes.consistency()));
            }
        }
        return count;
    }

    /** One POST of a record of the partnership. */
    @FunctionalInterface
    private interface Write<R> {
        Object send(R request, String idempotencyKey, String consistency) throws ApiException;
    }

    /** Logs each record of the plan's {@code kind}, dated and placed; returns how many. */
    private <R> int logEach(
            Writes writes,
            JsonNode records,
            String kind,
            String dateField,
            Map<String, UUID> facilities,
            Class<R> type,
            Write<R> write) {
        int index = 0;
        for (JsonNode record : records) {
            R request = DemoData.request(placed(dated(record, dateField, writes), facilities), type);
            String key = key(writes, kind, index++);
            retry.send("POST " + kind, () -> write.send(request, key, writes.consistency()));
        }
        return index;
    }

    private String key(Writes writes, Object... write) {
        Object[] parts = new Object[write.length + 2];
        parts[0] = "partnerships";
        parts[1] = writes.partnershipId();
        System.arraycopy(write, 0, parts, 2, write.length);
        return DemoData.key(today, parts);
    }

    /** "facility" (a key of the plan's facilities) → the "facilityId" it was logged with. */
    private static ObjectNode placed(ObjectNode body, Map<String, UUID> facilities) {
        if (!body.has("facility")) {
            return body;
        }
        String key = body.remove("facility").asText();
        UUID id = facilities.get(key);
        if (id == null) {
            throw new IllegalStateException("the demo plan places a record in facility '" + key + "', which it lacks");
        }
        body.put("facilityId", id.toString());
        return body;
    }

    /**
     * "monthsAgo" → a business date that far back, never in the future; the partnership's id into the body of a
     * record of it ({@code writes} not null).
     */
    private ObjectNode dated(JsonNode record, String dateField, Writes writes) {
        ObjectNode body = record.deepCopy();
        body.put(dateField, date(body.remove("monthsAgo").asInt()).toString());
        if (writes != null) {
            body.put("partnershipId", writes.partnershipId().toString());
        }
        return body;
    }

    private LocalDate date(int monthsAgo) {
        return monthsAgo == 0 ? today.minusDays(1) : today.minusMonths(monthsAgo);
    }
}
