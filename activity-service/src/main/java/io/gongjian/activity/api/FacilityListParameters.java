package io.gongjian.activity.api;

import io.gongjian.activity.domain.FacilityKind;
import io.gongjian.activity.domain.RecordKind;
import io.gongjian.activity.domain.RecordStatus;
import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.events.CoConstructionMode;
import io.gongjian.records.api.ListParameters;
import io.gongjian.records.application.RecordQuery;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The query parameters of the facility list: paging, sorting and the filters; {@code from} and {@code to} bound the
 * day a facility opened.
 */
public class FacilityListParameters extends ListParameters {

    @QueryParam("sort")
    @Schema(
            description = "openedOn (the default, newest first) or status; prefix '-' for descending",
            example = "-openedOn")
    String sort;

    @QueryParam("kind")
    @Schema(
            enumeration = {"TRAINING_ROOM", "LABORATORY", "INDUSTRY_COLLEGE", "TRAINING_BASE", "PARTY_POSITION", "OTHER"
            })
    String kind;

    @QueryParam("mode")
    @Schema(enumeration = {"IDEOLOGY", "ORGANIZATION", "TALENT", "INNOVATION", "CULTURE"})
    String mode;

    @QueryParam("openOn")
    @Schema(
            description = "Only those open on this day (YYYY-MM-DD): opened on or before it, not closed before it,"
                    + " not revoked",
            format = "date")
    String openOn;

    @QueryParam("status")
    @Schema(enumeration = {"ACTIVE", "REVOKED"})
    String status;

    @Override
    public PageRequest pageRequest() {
        return pageRequest(sort, List.of("status"), List.of("openedOn"));
    }

    RecordQuery query() {
        return query(
                        RecordKind.FACILITY,
                        QueryParameters.enumValue("kind", kind, FacilityKind.class),
                        QueryParameters.enumValue("status", status, RecordStatus.class))
                .matching("mode", QueryParameters.enumValue("mode", mode, CoConstructionMode.class))
                .matching("openOn", QueryParameters.date("openOn", openOn));
    }
}
