package io.gongjian.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.client.ApiException;
import io.gongjian.client.GongjianApi;
import io.gongjian.client.model.ExchangeDirection;
import io.gongjian.client.model.ExchangeRequest;
import io.gongjian.client.model.ExchangeType;
import io.gongjian.client.model.Partnership;
import io.gongjian.client.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * Through the gateway, across two services and the real broker, with the generated client: a partnership activated
 * in the partnership service becomes loggable in the activity service (outbox → Kafka → inbox → read model), stays
 * so across a restart of the activity service, and a suspension stops new records the same way.
 */
class PartnershipToActivityIT {

    @Test
    void anActivatedPartnershipCanBeLoggedForAndASuspendedOneCannot() throws ApiException {
        GongjianApi admin = Journeys.as("admin");
        Journeys.Activated partnership = Journeys.activePartnership(admin);
        ExchangeRequest exchange = new ExchangeRequest()
                .partnershipId(partnership.id())
                .type(ExchangeType.INTERNSHIP)
                .direction(ExchangeDirection.UNIVERSITY_TO_ENTERPRISE)
                .occurredOn(Journeys.today())
                .headcount(12);

        // With the activation's token the activity service waits for the activation instead of refusing.
        assertEquals(
                partnership.id(),
                admin.exchanges()
                        .logExchange(exchange, Journeys.key(), partnership.consistency())
                        .getPartnershipId());

        // The read model is durable: restarted, the service knows the partnership at once, without new events
        // (and without a token: the write is judged against what the service knows).
        Platform.get().restart("activity-service");
        admin.exchanges().logExchange(exchange, Journeys.key(), null);

        var suspended = admin.partnerships().suspendPartnershipWithHttpInfo(partnership.id(), null, Journeys.key());
        assertEquals(Partnership.StatusEnum.SUSPENDED, suspended.getData().getStatus());
        ApiException refused = assertThrows(ApiException.class, () -> admin.exchanges()
                .logExchange(exchange, Journeys.key(), GongjianApi.consistencyToken(suspended)));
        assertEquals(409, refused.getCode(), refused.getResponseBody());
        assertTrue(refused.getResponseHeaders()
                .firstValue("Content-Type")
                .orElseThrow()
                .startsWith("application/problem+json"));
        Problem problem = admin.problem(refused);
        assertEquals("SUSPENDED", problem.getPartnershipStatus());
        assertEquals("partnershipId", problem.getField());
    }
}
