package io.gongjian.activity.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.activity.application.PartnershipViews;
import io.gongjian.commons.time.BusinessCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A 100,000-record list exported through HTTP: the service reads it through a database cursor and lets each row go
 * once written, so that its heap does not grow with the list. The client (in the same JVM) reads the file as it
 * comes and measures the heap after a full collection every 10,000 lines.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class ListExportStreamingTest {

    static final int RECORDS = 100_000;

    @Inject
    PartnershipViews views;

    @Inject
    BusinessCalendar calendar;

    @Inject
    EntityManager database;

    @TestHTTPResource("/api/v1/activities")
    URL activities;

    @Test
    void aHundredThousandRecordsStreamAsCsvWithoutTheServiceHoldingThem() throws Exception {
        // The copies are deleted at the end, for the lists of the platform admin in other tests.
        UUID partnership = Partnerships.known(views, "ACTIVE", Partnerships.REGION_NOBODY_LISTS);
        String seed = given().contentType(ContentType.JSON)
                .body(ActivityBodies.activity(partnership, calendar))
                .post("/api/v1/activities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // Copies of the one logged through the API, written straight into the table: quick, and as the API stores them.
        QuarkusTransaction.requiringNew().run(() -> database.createNativeQuery(
                        "INSERT INTO tracked_record (id, kind, partnership_id, region_code, type, mode, business_date,"
                                + " status, version, details, updated_at)"
                                + " SELECT gen_random_uuid(), kind, partnership_id, region_code, type, mode,"
                                + " business_date, status, version, details, updated_at"
                                + " FROM tracked_record, generate_series(2, :copies) WHERE id = :seed")
                .setParameter("copies", RECORDS)
                .setParameter("seed", UUID.fromString(seed))
                .executeUpdate());

        try {
            export(partnership);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> database.createNativeQuery(
                            "DELETE FROM tracked_record WHERE partnership_id = :partnership")
                    .setParameter("partnership", partnership)
                    .executeUpdate());
        }
    }

    private void export(UUID partnership) throws Exception {
        long before = usedHeapAfterGc();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(activities + "?partnership=" + partnership))
                                .header("Accept", "text/csv")
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        long lines = 0;
        long bytes = 0;
        long peak = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\r' && ++lines % 10_000 == 0) {
                        peak = Math.max(peak, usedHeapAfterGc() - before);
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "list export: %d records, %.1f MB of CSV in %.1f s (with a full GC every 10,000 lines); heap grew"
                        + " by at most %.1f MiB%n",
                lines - 1, bytes / 1e6, seconds, peak / 1024.0 / 1024);
        assertEquals(RECORDS + 1, lines, "the headings and every record, each line ended by CRLF");
        // Held in the persistence context, 100,000 rows with their JSON would take well over 100 MiB.
        assertTrue(peak < 32L * 1024 * 1024, "heap grew by " + peak / 1024 / 1024 + " MiB");
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
