package io.gongjian.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gongjian.client.api.CallerApi;
import io.gongjian.client.api.PartnershipsApi;
import io.gongjian.client.api.ScoresApi;
import io.gongjian.client.model.Partnership;
import io.gongjian.client.model.Score;
import io.gongjian.client.model.WhoAmI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Java client generated from the committed document (openapi-generator, this module's build) says what the
 * server answers: lifecycle commands return the partnership, who-am-I the caller, the score takes a date and a
 * number of days. A document that lost a 2xx schema or typed a parameter as text would change these signatures.
 */
class GeneratedJavaClientTest {

    @Test
    void lifecycleCommandsReturnTheTypedPartnership() throws NoSuchMethodException {
        for (String command : List.of(
                "activatePartnership",
                "confirmPartnership",
                "suspendPartnership",
                "resumePartnership",
                "terminatePartnership")) {
            assertEquals(
                    Partnership.class,
                    PartnershipsApi.class
                            .getMethod(command, UUID.class, String.class, String.class)
                            .getReturnType(),
                    command);
        }
    }

    @Test
    void theScoreTakesADateAndAWholeNumberOfDaysAndWhoAmIIsTyped() throws NoSuchMethodException {
        assertEquals(
                Score.class,
                ScoresApi.class
                        .getMethod("getPartnershipScore", UUID.class, LocalDate.class, Integer.class)
                        .getReturnType());
        for (String service : List.of("partnerships", "activities", "evaluation")) {
            assertEquals(
                    WhoAmI.class, CallerApi.class.getMethod(service + "WhoAmI").getReturnType());
        }
    }
}
