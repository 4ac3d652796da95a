package io.gongjian.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Logs a year of a partnership's records through the activity API: its joint facilities, activities and exchanges
 * (some placed in a facility by its key in the plan), achievements and conversions, dated relative to today so that
 * the demo always shows the last twelve months.
 */
final class DemoRecords {

    private final ApiClient admin;
    private final CatchUp catchUp = CatchUp.standard();
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    DemoRecords(ApiClient admin) {
        this.admin = admin;
    }

    /** Returns how many records and evaluator inputs were logged (0 when the partnership already has them). */
    int load(String partnershipId, JsonNode plan) {
        if (plan == null) {
            return 0;
        }
        return loadRecords(partnershipId, plan) + loadEvaluatorInputs(partnershipId, plan.path("evaluation"));
    }

    private int loadRecords(String partnershipId, JsonNode plan) {
        if (admin.get("/api/v1/activities?partnership=" + partnershipId)
                        .get("totalItems")
                        .asLong()
                > 0) {
            return 0;
        }
        int logged = 0;
        Map<String, String> facilities = new HashMap<>();
        for (JsonNode facility : plan.path("facilities")) {
            ObjectNode body = dated(facility, "openedOn");
            String key = body.remove("key").asText();
            body.put("partnershipId", partnershipId);
            facilities.put(
                    key, postOnceKnown("/api/v1/facilities", body).get("id").asText());
            logged++;
        }
        for (JsonNode activity : plan.path("activities")) {
            logged += log("/api/v1/activities", partnershipId, placed(activity, facilities), "occurredOn");
        }
        for (JsonNode exchange : plan.path("exchanges")) {
            logged += log("/api/v1/exchanges", partnershipId, placed(exchange, facilities), "occurredOn");
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

    /** Assessments, survey batches and rectification items (some completed), as the bureau would record them. */
    private int loadEvaluatorInputs(String partnershipId, JsonNode plan) {
        if (plan.isMissingNode()
                || admin.get("/api/v1/evaluation/assessments?partnership=" + partnershipId)
                                .get("totalItems")
                                .asLong()
                        > 0) {
            return 0;
        }
        int recorded = 0;
        for (JsonNode assessment : plan.path("assessments")) {
            recorded += log("/api/v1/evaluation/assessments", partnershipId, assessment, "assessedOn");
        }
        for (JsonNode survey : plan.path("surveys")) {
            recorded += log("/api/v1/evaluation/surveys", partnershipId, survey, "collectedOn");
        }
        for (JsonNode item : plan.path("rectifications")) {
            ObjectNode body = dated(item, "raisedOn");
            JsonNode completedMonthsAgo = body.remove("completedMonthsAgo");
            body.put(
                    "dueOn",
                    LocalDate.parse(body.get("raisedOn").asText()).plusMonths(3).toString());
            body.put("partnershipId", partnershipId);
            String id = postOnceKnown("/api/v1/evaluation/rectifications", body)
                    .get("id")
                    .asText();
            recorded++;
            if (completedMonthsAgo != null) {
                ObjectNode completion = new ObjectMapper().createObjectNode();
                completion.put("completedOn", date(completedMonthsAgo.asInt()).toString());
                admin.post("/api/v1/evaluation/rectifications/" + id + "/complete", completion, 200);
            }
        }
        return recorded;
    }

    private int log(String collection, String partnershipId, JsonNode record, String dateField) {
        ObjectNode body = dated(record, dateField);
        body.put("partnershipId", partnershipId);
        postOnceKnown(collection, body);
        return 1;
    }

    /** "facility" (a key of the plan's facilities) → the "facilityId" it was logged with. */
    private static JsonNode placed(JsonNode record, Map<String, String> facilities) {
        if (!record.has("facility")) {
            return record;
        }
        ObjectNode body = record.deepCopy();
        String key = body.remove("facility").asText();
        String id = facilities.get(key);
        if (id == null) {
            throw new IllegalStateException("the demo plan places a record in facility '" + key + "', which it lacks");
        }
        body.put("facilityId", id);
        return body;
    }

    /** "monthsAgo" → a business date that far back, never in the future. */
    private ObjectNode dated(JsonNode record, String dateField) {
        ObjectNode body = record.deepCopy();
        body.put(dateField, date(body.remove("monthsAgo").asInt()).toString());
        return body;
    }

    private LocalDate date(int monthsAgo) {
        return monthsAgo == 0 ? today.minusDays(1) : today.minusMonths(monthsAgo);
    }

    /**
     * The activity and evaluation services learn of a partnership's activation from its event a moment after the
     * partnership service made it: until then they refuse records of it, so wait for them to catch up.
     */
    private JsonNode postOnceKnown(String collection, ObjectNode body) {
        ApiClient.Answer answer = catchUp.send(() -> admin.postAnswer(collection, body));
        if (answer.status() != 201) {
            throw new IllegalStateException(
                    "POST " + collection + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }
}
