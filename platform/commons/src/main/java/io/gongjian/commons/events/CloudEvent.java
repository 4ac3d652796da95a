package io.gongjian.commons.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The one event envelope of the platform: CloudEvents 1.0 in structured JSON mode. {@code data} carries the
 * full current state of the record (event-carried state transfer) including its {@code version}.
 *
 * @param source the producing context, e.g. {@code /gongjian/partnership-service}
 * @param type what happened, versioned, e.g. {@code io.gongjian.partnership.PartnershipChanged.v1}
 * @param subject the record, e.g. {@code partnerships/1f0c…}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        OffsetDateTime time,
        String subject,
        String datacontenttype,
        String dataschema,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public static CloudEvent of(
            String source, String type, String dataschema, String subject, OffsetDateTime time, JsonNode data) {
        return new CloudEvent(
                SPEC_VERSION,
                UUID.randomUUID().toString(),
                source,
                type,
                time,
                subject,
                "application/json",
                dataschema,
                data);
    }
}
