package io.gongjian.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.client.ApiException;
import io.gongjian.client.GongjianApi;
import io.gongjian.client.model.ExchangeDirection;
import io.gongjian.client.model.ExchangeRequest;
import io.gongjian.client.model.ExchangeType;
import io.gongjian.client.model.OrganizationKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's read-your-writes check through the gateway, with the documented flow and the generated client: draft,
 * activate, and at once log a talent exchange for the partnership with the activation's {@code Gongjian-Consistency}
 * token (and an Idempotency-Key). No sequence may be refused. {@code -Dgongjian.read-your-writes.sequences} sets how
 * many (default 50 in the build; {@code scripts/benchmark-read-your-writes.sh} runs 1,000 and reports in
 * {@code e2e-tests/target/benchmark-read-your-writes.md}).
 */
class ReadYourWritesIT {

    private static final int SEQUENCES = Integer.getInteger("gongjian.read-your-writes.sequences", 50);

    @Test
    void activateThenLogAtOnceIsNeverRefused() throws Exception {
        GongjianApi admin = Journeys.as("admin");
        UUID university = Journeys.register(admin, OrganizationKind.UNIVERSITY, "12450200498600571A");
        List<String> refusals = new ArrayList<>();
        Latencies logged = new Latencies("log right after activate, with the token");
        for (int i = 0; i < SEQUENCES; i++) {
            if (i % 200 == 199) {
                admin = Journeys.as("admin"); // tokens live 5 minutes
            }
            UUID enterprise = Journeys.register(admin, OrganizationKind.ENTERPRISE, "914502001982294574");
            Journeys.Activated partnership = Journeys.activate(admin, Journeys.draft(admin, university, enterprise));
            ExchangeRequest exchange = new ExchangeRequest()
                    .partnershipId(partnership.id())
                    .type(ExchangeType.INTERNSHIP)
                    .direction(ExchangeDirection.UNIVERSITY_TO_ENTERPRISE)
                    .occurredOn(Journeys.today())
                    .headcount(3);
            long started = System.nanoTime();
            try {
                admin.exchanges().logExchange(exchange, Journeys.key(), partnership.consistency());
            } catch (ApiException refused) {
                refusals.add(partnership.id() + ": " + refused.getCode() + " " + refused.getResponseBody());
            }
            logged.add(System.nanoTime() - started);
            // Terminated, so that the university's next partnership is not refused as a second ACTIVE one.
            admin.partnerships().terminatePartnership(partnership.id(), null, Journeys.key());
        }
        String report = "# Read-your-writes through the gateway, " + LocalDate.now() + "\n\n" + SEQUENCES
                + " sequences draft → activate → log at once with the activation's token; refused: " + refusals.size()
                + "\n\n" + Latencies.header() + "\n" + logged.row() + "\n";
        Files.writeString(Path.of("target", "benchmark-read-your-writes.md"), report);
        System.out.println(report);
        assertEquals(List.of(), refusals);
    }
}
