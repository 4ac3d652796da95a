package io.gongjian.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.client.GongjianApi;
import io.gongjian.client.model.Partnership;
import io.gongjian.localstack.demo.DemoData;
import java.io.InputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The demo loader of {@code ./gongjian start} on the real platform: it loads every organisation, partnership, record
 * and evaluator input of {@code demo/demo-data.json} through the generated client (right after bringing each
 * partnership into force, with its consistency token: no spurious refusal), and a second start finds it all there.
 */
class DemoDataIT {

    @Test
    void loadsTheDemoOnceAndASecondStartFindsItLoaded() throws Exception {
        JsonNode plan = plan();
        DemoData demo =
                new DemoData(Platform.gatewayUrl(), Platform.get().settings().realmUrl());

        long started = System.nanoTime();
        String first = demo.load();
        System.out.printf("Demo data: %s in %d ms%n", first, (System.nanoTime() - started) / 1_000_000);
        String second = demo.load();

        // Another test of this JVM (the console's) may have loaded it first.
        if (!first.equals("already loaded")) {
            assertEquals(
                    plan.get("organizations").size() + " organisations, "
                            + plan.get("partnerships").size() + " partnerships, " + records(plan)
                            + " records and evaluator inputs",
                    first);
        }
        assertEquals("already loaded", second);
        GongjianApi admin = Journeys.as("admin");
        for (JsonNode planned : plan.get("partnerships")) {
            String university = planned.get("universityOrganizationId").asText();
            UUID enterprise =
                    UUID.fromString(planned.get("enterpriseOrganizationId").asText());
            Partnership loaded =
                    admin
                            .partnerships()
                            .listPartnerships(university, null, null, null, 100, null, null)
                            .getItems()
                            .stream()
                            .filter(partnership ->
                                    partnership.getEnterpriseOrganizationId().equals(enterprise))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("not loaded: " + planned.get("title")));
            assertEquals(Partnership.StatusEnum.ACTIVE, loaded.getStatus(), loaded.getTitle());
            JsonNode records = planned.path("records");
            assertEquals(
                    records.path("activities").size(),
                    admin.activities()
                            .listActivities(null, null, null, null, null, loaded.getId(), 1, null, null, null, null)
                            .getTotalItems(),
                    loaded.getTitle());
            assertEquals(
                    records.path("evaluation").path("assessments").size(),
                    admin.assessments()
                            .listAssessments(null, null, null, null, loaded.getId(), 1, null, null, null)
                            .getTotalItems(),
                    loaded.getTitle());
        }
    }

    /** What the loader counts: records, conversions and evaluator inputs. */
    private static int records(JsonNode plan) {
        int count = 0;
        for (JsonNode partnership : plan.get("partnerships")) {
            JsonNode records = partnership.path("records");
            for (String kind : new String[] {"facilities", "activities", "exchanges", "achievements"}) {
                count += records.path(kind).size();
            }
            for (JsonNode achievement : records.path("achievements")) {
                count += achievement.path("conversions").size();
            }
            for (String kind : new String[] {"assessments", "surveys", "rectifications"}) {
                count += records.path("evaluation").path(kind).size();
            }
        }
        return count;
    }

    private static JsonNode plan() throws Exception {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/demo-data.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
