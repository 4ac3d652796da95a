package io.gongjian.commons.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.gongjian.events.ActivityEvent;
import io.gongjian.events.ExchangeChanged;
import io.gongjian.events.PartnershipEvent;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    EventCodecTest() {
        codec.json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private final ExchangeChanged exchange = new ExchangeChanged(
            UUID.randomUUID(),
            2,
            UUID.randomUUID(),
            false,
            null,
            "INTERNSHIP",
            "UNIVERSITY_TO_ENTERPRISE",
            LocalDate.of(2026, 7, 1),
            45,
            "实习",
            null);

    @Test
    void anEventTravelsWithTheTypeSchemaAndSubjectOfTheContract() {
        CloudEvent envelope = codec.encode("/gongjian/activity-service", exchange);
        assertEquals("io.gongjian.activity.ExchangeChanged.v1", envelope.type());
        assertEquals("https://gongjian.io/events/schemas/ExchangeChanged.v1.json", envelope.dataschema());
        assertEquals("exchanges/" + exchange.id(), envelope.subject());
        assertEquals(exchange.partnershipId().toString(), exchange.key());
        assertFalse(envelope.data().has("key"), "the record key is not part of the payload");
    }

    @Test
    void aConsumerReadsBackTheEventOfItsTopic() throws Exception {
        String payload = codec.json.writeValueAsString(codec.encode("/test", exchange));
        var received = codec.decode(payload, ActivityEvent.class);
        assertEquals(exchange, received.event());
    }

    @Test
    void anEventOfATypeTheContractDoesNotKnowCanNeverBeApplied() throws Exception {
        String payload = codec.json.writeValueAsString(codec.encode("/test", exchange));
        MalformedEvent otherTopic =
                assertThrows(MalformedEvent.class, () -> codec.decode(payload, PartnershipEvent.class));
        assertTrue(otherTopic.getMessage().contains("ExchangeChanged.v1, which is not one of PartnershipEvent's"));
        String newer = payload.replace("ExchangeChanged.v1", "ExchangeChanged.v2");
        MalformedEvent unknown = assertThrows(MalformedEvent.class, () -> codec.decode(newer, ActivityEvent.class));
        assertTrue(unknown.getMessage().contains("ExchangeChanged.v2"), unknown.getMessage());
    }

    @Test
    void whatCannotBeReadIsMalformed() throws Exception {
        assertThrows(MalformedEvent.class, () -> codec.decode("this is not JSON", ActivityEvent.class));
        String noId = codec.json
                .writeValueAsString(codec.encode("/test", exchange))
                .replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"7\"");
        assertThrows(MalformedEvent.class, () -> codec.decode(noId, ActivityEvent.class));
        String badData = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID()
                + "\",\"type\":\"io.gongjian.activity.ExchangeChanged.v1\",\"data\":{\"id\":\"not-a-uuid\"}}";
        assertThrows(MalformedEvent.class, () -> codec.decode(badData, ActivityEvent.class));
    }
}
