package io.gongjian.partnership.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** A CSV uploaded to this service's imports as the current test caller, the job once it ended, and its report. */
final class ImportUploads {

    private ImportUploads() {}

    static Response imported(String kind, String csv, String mode) {
        String location = given().multiPart("file", kind + ".csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("kind", kind)
                .multiPart("mode", mode)
                .post("/api/v1/imports")
                .then()
                .statusCode(202)
                .header("Location", matchesPattern(".*/api/v1/imports/" + kind + "/[0-9a-f-]{36}"))
                .extract()
                .header("Location");
        Response[] last = new Response[1];
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    last[0] = given().get(location);
                    return !List.of("QUEUED", "RUNNING").contains(last[0].<String>path("state"));
                });
        return last[0];
    }

    static List<String> report(String kind, Response job) {
        String body = given().get("/api/v1/imports/" + kind + "/" + job.path("id") + "/report")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return List.of(body.split("\r\n"));
    }
}
