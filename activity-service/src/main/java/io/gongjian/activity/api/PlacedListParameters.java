package io.gongjian.activity.api;

import io.gongjian.activity.domain.RecordKind;
import io.gongjian.commons.api.QueryParameters;
import io.gongjian.records.application.RecordQuery;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list parameters of the records that may name a facility (activities, exchanges): also where they took place. */
public class PlacedListParameters extends RecordListParameters {

    @QueryParam("facility")
    @Schema(description = "Those that took place at this joint facility (id)", format = "uuid")
    String facility;

    @Override
    <E extends Enum<E>> RecordQuery query(RecordKind kind, Class<E> typeCodes) {
        return super.query(kind, typeCodes).matching("facilityId", QueryParameters.uuid("facility", facility));
    }
}
