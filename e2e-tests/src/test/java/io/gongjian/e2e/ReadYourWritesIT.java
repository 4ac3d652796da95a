package io.gongjian.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's read-your-writes check through the gateway, with the documented flow: draft, activate, and at once log
 * a talent exchange for the partnership with the activation's {@code Gongjian-Consistency} token (and an
 * Idempotency-Key). No sequence may be refused. {@code -Dgongjian.read-your-writes.sequences} sets how many
 * (default 50 in the build; {@code scripts/benchmark-read-your-writes.sh} runs 1,000 and reports in
 * {@code e2e-tests/target/benchmark-read-your-writes.md}).
 */
class ReadYourWritesIT {

    private static final int SEQUENCES = Integer.getInteger("gongjian.read-your-writes.sequences", 50);

    @Test
    void activateThenLogAtOnceIsNeverRefused() throws Exception {
        String admin = Tokens.forUser(Platform.keycloakUrl(), "admin");
        String university = Journeys.register(admin, "UNIVERSITY", "12450200498600571A");
        String api = Platform.gatewayUrl() + "/api/v1";
        List<String> refusals = new ArrayList<>();
        Latencies logged = new Latencies("log right after activate, with the token");
        for (int i = 0; i < SEQUENCES; i++) {
            if (i % 200 == 199) {
                admin = Tokens.forUser(Platform.keycloakUrl(), "admin"); // tokens live 5 minutes
            }
            String enterprise = Journeys.register(admin, "ENTERPRISE", "914502001982294574");
            String partnership = Journeys.draft(admin, university, enterprise);
            Response activated = given().auth().oauth2(admin).post(api + "/partnerships/" + partnership + "/activate");
            assertEquals(200, activated.statusCode(), activated.asString());
            long started = System.nanoTime();
            Response exchange = given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .header("Gongjian-Consistency", activated.header("Gongjian-Consistency"))
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of(
                            "partnershipId",
                            partnership,
                            "type",
                            "INTERNSHIP",
                            "direction",
                            "UNIVERSITY_TO_ENTERPRISE",
                            "occurredOn",
                            LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                            "headcount",
                            3))
                    .post(api + "/exchanges");
            logged.add(System.nanoTime() - started);
            if (exchange.statusCode() != 201) {
                refusals.add(partnership + ": " + exchange.statusCode() + " " + exchange.asString());
            }
            // Terminated, so that the university's next partnership is not refused as a second ACTIVE one.
            given().auth().oauth2(admin).post(api + "/partnerships/" + partnership + "/terminate");
        }
        String report = "# Read-your-writes through the gateway, " + LocalDate.now() + "\n\n" + SEQUENCES
                + " sequences draft → activate → log at once with the activation's token; refused: " + refusals.size()
                + "\n\n" + Latencies.header() + "\n" + logged.row() + "\n";
        Files.writeString(Path.of("target", "benchmark-read-your-writes.md"), report);
        System.out.println(report);
        assertEquals(List.of(), refusals);
    }
}
