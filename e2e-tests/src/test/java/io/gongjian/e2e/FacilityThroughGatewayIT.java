package io.gongjian.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.client.ApiException;
import io.gongjian.client.GongjianApi;
import io.gongjian.client.model.CoConstructionMode;
import io.gongjian.client.model.ExchangeDirection;
import io.gongjian.client.model.ExchangeRequest;
import io.gongjian.client.model.ExchangeType;
import io.gongjian.client.model.FacilityKind;
import io.gongjian.client.model.FacilityRequest;
import io.gongjian.client.model.FacilityUsage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Through the gateway, with the generated client: a joint facility is logged in the activity service, an internship
 * takes place there, the facility tells it, and a bureau officer of another region does not even learn the facility
 * exists (issue 18).
 */
class FacilityThroughGatewayIT {

    @Test
    void aFacilityIsLoggedAndAnInternshipTakesPlaceThere() throws ApiException {
        GongjianApi admin = Journeys.as("admin");
        Journeys.Activated partnership = Journeys.activePartnership(admin);
        LocalDate today = Journeys.today();
        UUID facility = admin.facilities()
                .logFacility(
                        new FacilityRequest()
                                .partnershipId(partnership.id())
                                .kind(FacilityKind.TRAINING_ROOM)
                                .name("人工智能实训室")
                                .mode(CoConstructionMode.TALENT)
                                .hostSide(FacilityRequest.HostSideEnum.UNIVERSITY)
                                .openedOn(today)
                                .equipmentValue(new BigDecimal(420)),
                        Journeys.key(),
                        partnership.consistency())
                .getId();
        var read = admin.facilities().getFacilityWithHttpInfo(facility, null);
        assertEquals(200, read.getStatusCode());
        assertEquals(Optional.of("\"1\""), GongjianApi.header(read, "ETag"));
        assertEquals("人工智能实训室", read.getData().getName());

        var exchange = admin.exchanges()
                .logExchangeWithHttpInfo(
                        new ExchangeRequest()
                                .partnershipId(partnership.id())
                                .type(ExchangeType.INTERNSHIP)
                                .direction(ExchangeDirection.UNIVERSITY_TO_ENTERPRISE)
                                .occurredOn(today)
                                .headcount(30)
                                .facilityId(facility),
                        Journeys.key(),
                        partnership.consistency());
        assertEquals(201, exchange.getStatusCode());
        assertTrue(GongjianApi.header(exchange, "Location").orElseThrow().startsWith(Platform.gatewayUrl()));
        assertEquals(facility, exchange.getData().getFacilityId());
        FacilityUsage usage = admin.facilities().getFacilityUsage(facility);
        assertEquals(1L, usage.getExchanges());
        assertEquals(today, usage.getLastUsedOn());

        ApiException hidden = assertThrows(
                ApiException.class, () -> Journeys.as("sz-bureau").facilities().getFacility(facility, null));
        assertEquals(404, hidden.getCode());
    }
}
