package io.gongjian.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Logs a year of a partnership's records through the activity API: activities, exchanges, achievements and
 * conversions, dated relative to today so that the demo always shows the last twelve months.
 */
final class DemoRecords {

    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(60);

    private final ApiClient admin;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    DemoRecords(ApiClient admin) {
        this.admin = admin;
    }

    /** Returns how many records were logged (0 when the partnership already has records). */
    int load(String partnershipId, JsonNode plan) {
        if (plan == null
                || admin.get("/api/v1/activities?partnership=" + partnershipId)
                                .get("totalItems")
                                .asLong()
                        > 0) {
            return 0;
        }
        int logged = 0;
        for (JsonNode activity : plan.path("activities")) {
            logged += log("/api/v1/activities", partnershipId, activity, "occurredOn");
        }
        for (JsonNode exchange : plan.path("exchanges")) {
            logged += log("/api/v1/exchanges", partnershipId, exchange, "occurredOn");
        }
        for (JsonNode achievement : plan.path("achievements")) {
            ObjectNode body = dated(achievement, "registeredOn");
            body.remove("conversions");
            body.put("partnershipId", partnershipId);
            String id = postOnceKnown("/api/v1/achievements", body).get("id").asText();
            logged++;
            for (JsonNode conversion : achievement.path("conversions")) {
                admin.post("/api/v1/achievements/" + id + "/conversions", dated(conversion, "convertedOn"), 201);
                logged++;
            }
        }
        return logged;
    }

    private int log(String collection, String partnershipId, JsonNode record, String dateField) {
        ObjectNode body = dated(record, dateField);
        body.put("partnershipId", partnershipId);
        postOnceKnown(collection, body);
        return 1;
    }

    /** "monthsAgo" → a business date that far back, never in the future. */
    private ObjectNode dated(JsonNode record, String dateField) {
        ObjectNode body = record.deepCopy();
        int monthsAgo = body.remove("monthsAgo").asInt();
        LocalDate date = monthsAgo == 0 ? today.minusDays(1) : today.minusMonths(monthsAgo);
        body.put(dateField, date.toString());
        return body;
    }

    /**
     * The activity service learns a new partnership from its event a moment after the partnership service
     * activated it: until then it answers 422 on partnershipId, so wait for it.
     */
    private JsonNode postOnceKnown(String collection, ObjectNode body) {
        long deadline = System.nanoTime() + READ_MODEL_WAIT.toNanos();
        while (true) {
            ApiClient.Answer answer = admin.postAnswer(collection, body);
            if (answer.status() == 201) {
                return answer.body();
            }
            boolean partnershipNotYetKnown = answer.status() == 422
                    && "partnershipId".equals(answer.body().path("field").asText());
            if (!partnershipNotYetKnown || System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "POST " + collection + " answered " + answer.status() + ": " + answer.body());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
