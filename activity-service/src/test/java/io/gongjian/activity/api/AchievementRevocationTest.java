package io.gongjian.activity.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.events.Topics;
import io.gongjian.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A conversion never outlives its research output: revoking the output revokes its live conversions (issue 11). */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class AchievementRevocationTest {

    @Inject
    PartnershipViews views;

    @Inject
    BusinessCalendar calendar;

    @Test
    void revokingAResearchOutputRevokesEachLiveConversionWithItsOwnHistoryAndEvent() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        String output = researchOutput(partnership);
        String live = convert(output, "250");
        String other = convert(output, "30");
        String earlier = convert(output, "10");
        given().queryParam("reason", "重复登记")
                .delete("/api/v1/achievements/" + output + "/conversions/" + earlier)
                .then()
                .statusCode(200);

        try (TopicReader topic = TopicReader.fromNow(Topics.ACTIVITY)) {
            given().queryParam("reason", "专利被宣告无效")
                    .delete("/api/v1/achievements/" + output)
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"2\""))
                    .body("status", equalTo("REVOKED"))
                    .body("revokedConversions.id", containsInAnyOrder(live, other))
                    .body("revokedConversions.status", contains("REVOKED", "REVOKED"))
                    .body("revokedConversions.version", contains(2, 2))
                    .body("revokedConversions.revocationReason", contains("成果已撤销: 专利被宣告无效", "成果已撤销: 专利被宣告无效"));

            Set<String> published = new HashSet<>();
            List<TopicReader.Event> events = topic.awaitUntil(
                    record -> {
                        JsonNode data = record.value().get("data");
                        if (data.get("revoked").asBoolean()
                                && List.of(live, other).contains(data.get("id").asText())) {
                            published.add(data.get("id").asText());
                        }
                        return published.size() == 2;
                    },
                    Duration.ofSeconds(15));
            for (String conversion : List.of(live, other)) {
                JsonNode event = events.stream()
                        .map(TopicReader.Event::value)
                        .filter(value -> value.get("data").get("id").asText().equals(conversion))
                        .findFirst()
                        .orElseThrow();
                assertEquals(
                        "io.gongjian.activity.ConversionChanged.v1",
                        event.get("type").asText());
                assertEquals(
                        "成果已撤销: 专利被宣告无效",
                        event.get("data").get("revocationReason").asText());
                given().get("/api/v1/achievements/" + output + "/conversions/" + conversion + "/history")
                        .then()
                        .body("action", contains("logged", "revoked"))
                        .body("actor", contains("admin", "admin"));
            }
        }
        // The conversion revoked before keeps its own reason and history.
        given().get("/api/v1/achievements/" + output + "/conversions/" + earlier)
                .then()
                .body("revocationReason", equalTo("重复登记"))
                .body("version", equalTo(2));
        given().get("/api/v1/achievements/" + output + "/conversions?status=ACTIVE")
                .then()
                .body("items", empty());
        // An ordinary read of the achievement says nothing of a revocation's conversions.
        given().get("/api/v1/achievements/" + output).then().body("$", not(hasKey("revokedConversions")));
    }

    @Test
    void amendingAResearchOutputLeavesItsConversionsAlone() {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        String output = researchOutput(partnership);
        String conversion = convert(output, "40");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of(
                        "partnershipId",
                        partnership,
                        "type",
                        "RESEARCH_OUTPUT",
                        "title",
                        "热管理装置专利（授权）",
                        "registeredOn",
                        calendar.today().minusDays(5).toString()))
                .put("/api/v1/achievements/" + output)
                .then()
                .statusCode(200)
                .body("revokedConversions", nullValue());
        given().get("/api/v1/achievements/" + output + "/conversions/" + conversion)
                .then()
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(1));
    }

    /** Conversions recorded while the output is revoked: each is either refused or revoked with it, never left live. */
    @Test
    void conversionsRecordedDuringTheRevocationAreRefusedOrRevokedWithIt() throws Exception {
        UUID partnership = Partnerships.known(views, "ACTIVE", "450200");
        String output = researchOutput(partnership);
        convert(output, "5");
        int recorders = 8;
        CyclicBarrier start = new CyclicBarrier(recorders + 1);
        ExecutorService pool = Executors.newFixedThreadPool(recorders + 1);
        try {
            List<Future<Response>> conversions = new ArrayList<>();
            for (int i = 0; i < recorders; i++) {
                conversions.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON)
                            .body(conversion("1"))
                            .post("/api/v1/achievements/" + output + "/conversions");
                }));
            }
            Future<Response> revocation = pool.submit(() -> {
                start.await();
                return given().queryParam("reason", "撤回成果").delete("/api/v1/achievements/" + output);
            });
            assertEquals(200, revocation.get().statusCode());
            List<String> recorded = new ArrayList<>();
            for (Future<Response> answer : conversions) {
                Response response = answer.get();
                assertTrue(
                        response.statusCode() == 201 || response.statusCode() == 422,
                        "201 or 422, not " + response.statusCode() + ": " + response.asString());
                if (response.statusCode() == 201) {
                    recorded.add(response.path("id"));
                }
            }
            List<String> revokedWithIt = revocation.get().path("revokedConversions.id");
            assertEquals(recorded.size() + 1, revokedWithIt.size());
            assertTrue(revokedWithIt.containsAll(recorded));
        } finally {
            pool.shutdownNow();
        }
        given().get("/api/v1/achievements/" + output + "/conversions?status=ACTIVE&size=100")
                .then()
                .body("items", hasSize(0));
    }

    private String researchOutput(UUID partnership) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "partnershipId",
                        partnership,
                        "type",
                        "RESEARCH_OUTPUT",
                        "title",
                        "热管理装置专利",
                        "registeredOn",
                        calendar.today().minusDays(5).toString()))
                .post("/api/v1/achievements")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private Map<String, Object> conversion(String outputValue) {
        return Map.of(
                "convertedOn",
                calendar.today().minusDays(1).toString(),
                "form",
                "LICENSE",
                "outputValue",
                new BigDecimal(outputValue),
                "jobsCreated",
                1);
    }

    private String convert(String output, String outputValue) {
        return given().contentType(ContentType.JSON)
                .body(conversion(outputValue))
                .post("/api/v1/achievements/" + output + "/conversions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
